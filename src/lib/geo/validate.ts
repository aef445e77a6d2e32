/**
 * Checks GeoJSON files against RFC 7946, and places files against the project's own rules,
 * reporting every problem at the line and column of the value that causes it. Pure TypeScript:
 * runs in the browser and in Node alike.
 */
import type { FeatureCollection } from 'geojson';
import { getNodeValue, type Node } from 'jsonc-parser';
import { sortProblems, type Problem } from '../problem.ts';
import { FeatureProblems } from './feature-problems.ts';
import { checkGeometry, checkNoCrs } from './geometry.ts';
import { itemsOf, Locator, memberOf, parseJson, stringOf } from './json-tree.ts';
import { BUILT_IN_RULES, checkPlace, type PlaceRules } from './place-rules.ts';

export type { PlaceKind } from './places.ts';
export { PLACE_KINDS } from './places.ts';

/** What a check returns: the collection (when the file has that shape) and every problem. */
export interface GeoCheck {
  /** The parsed collection when the file is JSON shaped as a FeatureCollection, even if it has problems. */
  value: FeatureCollection | undefined;
  problems: Problem[];
}

interface Inspection extends GeoCheck {
  locator: Locator;
  /** The feature nodes, when the file got as far as having a features list. */
  features: Node[] | undefined;
}

/** How messages name a feature: by its id when it has one, else by its place in the list. */
function featureLabel(feature: Node, index: number): string {
  const id = memberOf(feature, 'id');
  if (id?.type === 'string' && id.value !== '') return `Feature '${String(id.value)}'`;
  if (id?.type === 'number') return `Feature with id ${String(id.value)}`;
  return `Feature number ${index + 1}`;
}

function checkFeature(node: Node, index: number, locator: Locator): Problem[] {
  const found = new FeatureProblems(locator, featureLabel(node, index));
  const { label } = found;
  if (node.type !== 'object') {
    found.add(
      'feature',
      node,
      `${label} is not an object: write it as {"type": "Feature", "properties": {...}, "geometry": {...}}.`,
    );
    return found.problems();
  }
  const type = memberOf(node, 'type');
  if (stringOf(type) !== 'Feature') {
    found.add(
      'feature-type',
      type ?? node,
      `${label} does not have "type": "Feature": every item in "features" must be a Feature.`,
    );
  }
  checkNoCrs(node, found, label);
  const id = memberOf(node, 'id');
  if (id && id.type !== 'string' && id.type !== 'number') {
    found.add(
      'id',
      id,
      `${label} has an id that is neither a string nor a number: use a string such as "panjgur".`,
    );
  }
  const properties = memberOf(node, 'properties');
  if (!properties) {
    found.add(
      'properties',
      node,
      `${label} has no "properties" member: add one (an object, or null).`,
    );
  } else if (properties.type !== 'object' && properties.type !== 'null') {
    found.add(
      'properties',
      properties,
      `${label} has properties that are not an object: write them as {"name": ...}, or null.`,
    );
  }
  const geometry = memberOf(node, 'geometry');
  if (geometry) checkGeometry(geometry, found);
  else
    found.add(
      'geometry',
      node,
      `${label} has no "geometry" member: add one (null if it has no shape).`,
    );
  return found.problems();
}

function inspect(text: string, file: string): Inspection {
  const locator = new Locator(text, file);
  const failed = { locator, features: undefined, value: undefined };
  // Text that does not even start like JSON gets one sentence, not one per word.
  const start = text.search(/\S/);
  if (start >= 0 && !'{[/'.includes(text[start]!)) {
    const message =
      'This file is not GeoJSON: it must hold one FeatureCollection, {"type": "FeatureCollection", "features": [...]}.';
    return { ...failed, problems: [locator.problemAt(start, message)] };
  }
  const { root, problems } = parseJson(locator);
  if (!root || problems.length > 0) return { ...failed, problems };
  const collection = new FeatureProblems(locator, 'The collection');
  if (root.type !== 'object') {
    collection.add(
      'root',
      root,
      'The file is not a GeoJSON object: it must hold one FeatureCollection, {"type": "FeatureCollection", "features": [...]}.',
    );
    return { ...failed, problems: collection.problems() };
  }
  const type = memberOf(root, 'type');
  if (stringOf(type) !== 'FeatureCollection') {
    collection.add(
      'root-type',
      type ?? root,
      'The file is not a FeatureCollection: give it "type": "FeatureCollection" and put the features in a "features" list.',
    );
  }
  checkNoCrs(root, collection, 'The collection');
  const features = memberOf(root, 'features');
  if (features?.type !== 'array') {
    collection.add(
      'features',
      features ?? root,
      'The collection has no "features" list: add "features": [...] holding its features.',
    );
    return { ...failed, problems: collection.problems() };
  }
  const nodes = itemsOf(features);
  const all = [
    ...collection.problems(),
    ...nodes.flatMap((node, i) => checkFeature(node, i, locator)),
  ];
  const value =
    stringOf(type) === 'FeatureCollection' ? (getNodeValue(root) as FeatureCollection) : undefined;
  return { locator, features: nodes, value, problems: sortProblems(all) };
}

/** Checks a GeoJSON FeatureCollection against RFC 7946. */
export function checkGeoJson(text: string, file: string): GeoCheck {
  const { value, problems } = inspect(text, file);
  return { value, problems };
}

/**
 * Checks a places file: RFC 7946 as `checkGeoJson` does, plus the project's rules (unique ids
 * repeated in `properties.id`, a name, a known kind with the shape it needs, and, for the
 * built-in files, country, source and licence).
 */
export function checkPlaces(
  text: string,
  file: string,
  rules: PlaceRules = BUILT_IN_RULES,
): GeoCheck {
  const { locator, features, value, problems } = inspect(text, file);
  if (!features) return { value, problems };
  const seen = new Map<string, Node>();
  const broken = features.flatMap((node, i) =>
    checkPlace(node, featureLabel(node, i), locator, seen, rules),
  );
  return { value, problems: sortProblems([...problems, ...broken]) };
}
