/** The project's own rules for places files, beyond what RFC 7946 asks. */
import type { Node } from 'jsonc-parser';
import type { Problem } from '../problem.ts';
import { memberOf, stringOf, type Locator } from './json-tree.ts';
import { PLACE_KINDS, type PlaceKind } from './places.ts';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The text properties every place needs, with what each is for. */
const REQUIRED_TEXT = [
  ['name', 'the name readers see'],
  ['country', 'the country it belongs to'],
  ['source', 'the dataset its shape comes from'],
  ['licence', "that dataset's licence"],
] as const;

/** The geometry each kind of place must have. */
const SHAPES: Record<PlaceKind, readonly string[]> = {
  country: ['Polygon', 'MultiPolygon'],
  province: ['Polygon', 'MultiPolygon'],
  district: ['Polygon', 'MultiPolygon'],
  city: ['Point'],
  capital: ['Point'],
  border: ['LineString', 'MultiLineString'],
};

const isKind = (value: string): value is PlaceKind => PLACE_KINDS.includes(value as PlaceKind);

function suggestId(id: string): string {
  const slug = id
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'a-place';
}

function checkId(
  feature: Node,
  label: string,
  locator: Locator,
  seen: Map<string, Node>,
): { id: string | undefined; problems: Problem[] } {
  const node = memberOf(feature, 'id');
  const id = stringOf(node);
  if (!node || id === undefined) {
    const message = `${label} has no string id: add "id" (lowercase letters, digits and hyphens), the same as properties.id.`;
    return { id, problems: [locator.problem(node ?? feature, message)] };
  }
  const problems: Problem[] = [];
  if (!ID_PATTERN.test(id)) {
    const message = `${label} has an id with characters other than lowercase letters, digits and single hyphens: rename it, e.g. '${suggestId(id)}'.`;
    problems.push(locator.problem(node, message));
  }
  const earlier = seen.get(id);
  if (earlier) {
    const { line } = locator.locate(earlier.offset);
    const message = `${label} has the same id as the feature on line ${line}: ids must be unique, so rename one of them.`;
    problems.push(locator.problem(node, message));
  } else {
    seen.set(id, node);
  }
  return { id, problems };
}

/**
 * Checks one feature of a places file. `seen` carries the ids met so far, to catch duplicates.
 * Structural problems (a feature that is not an object) are left to the GeoJSON check.
 */
export function checkPlace(
  feature: Node,
  label: string,
  locator: Locator,
  seen: Map<string, Node>,
): Problem[] {
  if (feature.type !== 'object') return [];
  const { id, problems } = checkId(feature, label, locator, seen);
  const at = (node: Node, message: string) => problems.push(locator.problem(node, message));
  const properties = memberOf(feature, 'properties');
  if (properties?.type !== 'object') {
    at(
      properties ?? feature,
      `${label} has no properties: a place needs id, name, kind, country, source and licence.`,
    );
    return problems;
  }
  const propertyId = memberOf(properties, 'id');
  if (id !== undefined && stringOf(propertyId) !== id) {
    at(propertyId ?? properties, `${label} needs properties.id to be '${id}', the same as its id.`);
  }
  for (const [key, purpose] of REQUIRED_TEXT) {
    const node = memberOf(properties, key);
    if (!stringOf(node)?.trim())
      at(node ?? properties, `${label} has no ${key}: add properties.${key}, ${purpose}.`);
  }
  const kindNode = memberOf(properties, 'kind');
  const kind = stringOf(kindNode);
  const kinds = `${PLACE_KINDS.slice(0, -1).join(', ')} or ${PLACE_KINDS[PLACE_KINDS.length - 1] ?? ''}`;
  if (!kindNode || kind === undefined) {
    at(kindNode ?? properties, `${label} has no kind: add properties.kind, one of ${kinds}.`);
    return problems;
  }
  if (!isKind(kind)) {
    at(kindNode, `${label} has the unknown kind '${kind}': use one of ${kinds}.`);
    return problems;
  }
  const geometry = memberOf(feature, 'geometry');
  const typeNode = geometry ? memberOf(geometry, 'type') : undefined;
  const type = stringOf(typeNode);
  const allowed = SHAPES[kind];
  if (geometry?.type === 'null') {
    at(
      geometry,
      `${label} has no shape (its geometry is null): a ${kind} needs a ${allowed.join(' or ')}.`,
    );
  } else if (typeNode && type !== undefined && !allowed.includes(type)) {
    at(
      typeNode,
      `${label} is a ${kind} but its geometry is a ${type}: a ${kind} must be a ${allowed.join(' or ')}.`,
    );
  }
  return problems;
}
