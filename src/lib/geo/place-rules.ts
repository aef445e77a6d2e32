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

/** A text property a places file may require of each place. */
export type PlaceText = (typeof REQUIRED_TEXT)[number][0];

/** How strictly a places file is checked, beyond RFC 7946. */
export interface PlaceRules {
  /** Text properties every place must have (`name` always). */
  required: readonly PlaceText[];
  /**
   * Ids already used elsewhere (the built-in places, for a story's own file), with what each
   * is, for the message: a story's place may not take a built-in id.
   */
  taken?: (id: string) => string | undefined;
}

/** The rules for the built-in places files: every property, every place. */
export const BUILT_IN_RULES: PlaceRules = {
  required: ['name', 'country', 'source', 'licence'],
};

/**
 * The geometry each kind of place must have. A province may be given by its label point (or
 * one per piece) where no outline is known; it can then be framed and named but not outlined.
 */
const SHAPES: Record<PlaceKind, readonly string[]> = {
  country: ['Polygon', 'MultiPolygon'],
  province: ['Polygon', 'MultiPolygon', 'Point', 'MultiPoint'],
  district: ['Polygon', 'MultiPolygon'],
  area: ['Polygon', 'MultiPolygon'],
  city: ['Point'],
  capital: ['Point'],
  site: ['Point'],
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
  taken: PlaceRules['taken'],
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
  const builtIn = taken?.(id);
  if (builtIn) {
    const message = `${label} has the id of a built-in place (${builtIn}): name that place by its id without redefining it, or give this one an id of its own.`;
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
  rules: PlaceRules = BUILT_IN_RULES,
): Problem[] {
  if (feature.type !== 'object') return [];
  const { id, problems } = checkId(feature, label, locator, seen, rules.taken);
  const at = (node: Node, message: string) => problems.push(locator.problem(node, message));
  const properties = memberOf(feature, 'properties');
  if (properties?.type !== 'object') {
    const needs = ['id', 'name', 'kind', ...rules.required.filter((key) => key !== 'name')];
    at(
      properties ?? feature,
      `${label} has no properties: a place needs ${needs.slice(0, -1).join(', ')} and ${needs.at(-1)}.`,
    );
    return problems;
  }
  const propertyId = memberOf(properties, 'id');
  if (id !== undefined && stringOf(propertyId) !== id) {
    at(propertyId ?? properties, `${label} needs properties.id to be '${id}', the same as its id.`);
  }
  for (const [key, purpose] of REQUIRED_TEXT) {
    if (key !== 'name' && !rules.required.includes(key)) continue;
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
