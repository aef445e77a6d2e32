/** RFC 7946 checks of one geometry: types, nesting, lines and polygon rings. */
import type { Node } from 'jsonc-parser';
import type { FeatureProblems } from './feature-problems.ts';
import { itemsOf, memberOf, propertyOf, stringOf } from './json-tree.ts';
import { checkPosition, ringArea, type Position } from './positions.ts';

const SHAPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];

/** Reports a `crs` member, which RFC 7946 removed: coordinates are always WGS 84 lon/lat. */
export function checkNoCrs(node: Node, found: FeatureProblems, owner: string): void {
  const crs = propertyOf(node, 'crs');
  if (!crs) return;
  found.add(
    'crs',
    crs,
    `${owner} has a "crs" member: RFC 7946 GeoJSON is always longitude/latitude on WGS 84, so remove it.`,
  );
}

function listsIn(node: Node, found: FeatureProblems): Node[] {
  return itemsOf(node).filter((item) => {
    if (item.type === 'array') return true;
    found.add(
      'nesting',
      item,
      `${found.label} has coordinates nested wrongly: a list of positions is expected here; check the brackets.`,
    );
    return false;
  });
}

function checkLine(node: Node, found: FeatureProblems): void {
  const items = itemsOf(node);
  items.forEach((item) => checkPosition(item, found));
  if (items.length < 2) {
    found.add(
      'line',
      node,
      `${found.label} has a line with ${items.length} ${items.length === 1 ? 'position' : 'positions'}: a line needs at least 2.`,
    );
  }
}

function checkRing(node: Node, outer: boolean, found: FeatureProblems): void {
  const { label } = found;
  const items = itemsOf(node);
  const positions = items.map((item) => checkPosition(item, found));
  if (items.length < 4) {
    found.add(
      'ring-short',
      node,
      `${label} has a polygon ring with only ${items.length} positions: a ring needs at least 4, the last repeating the first.`,
    );
    return;
  }
  const ring = positions.filter((p): p is Position => p !== undefined);
  if (ring.length < positions.length) return;
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (first?.[0] !== last?.[0] || first?.[1] !== last?.[1]) {
    found.add(
      'ring-open',
      items[items.length - 1] ?? node,
      `${label} has a polygon ring that is not closed: its last position must repeat its first.`,
    );
    return;
  }
  const area = ringArea(ring);
  if (area === 0) {
    found.add(
      'ring-flat',
      node,
      `${label} has a polygon ring that encloses no area: remove it or correct its positions.`,
    );
  } else if (outer && area < 0) {
    found.add(
      'ring-clockwise',
      node,
      `${label} has an outer polygon ring that runs clockwise: outer rings must run counter-clockwise (RFC 7946), so reverse the order of its positions.`,
    );
  } else if (!outer && area > 0) {
    found.add(
      'hole-counter',
      node,
      `${label} has a hole in a polygon that runs counter-clockwise: holes must run clockwise (RFC 7946), so reverse the order of its positions.`,
    );
  }
}

function checkPolygon(node: Node, found: FeatureProblems): void {
  const rings = listsIn(node, found);
  if (rings.length === 0) {
    found.add(
      'polygon-empty',
      node,
      `${found.label} has a polygon with no rings: give it an outer ring or remove it.`,
    );
  }
  rings.forEach((ring, i) => checkRing(ring, i === 0, found));
}

/** Checks a feature's `geometry` value (null is allowed) against RFC 7946. */
export function checkGeometry(node: Node, found: FeatureProblems): void {
  const { label } = found;
  if (node.type === 'null') return;
  if (node.type !== 'object') {
    found.add(
      'geometry',
      node,
      `${label} has a geometry that is not an object: write {"type": ..., "coordinates": [...]}, or null.`,
    );
    return;
  }
  checkNoCrs(node, found, label);
  const typeNode = memberOf(node, 'type');
  const type = stringOf(typeNode);
  if (type === 'GeometryCollection') {
    const geometries = memberOf(node, 'geometries');
    if (geometries?.type !== 'array') {
      found.add(
        'geometries',
        geometries ?? node,
        `${label} has a GeometryCollection without a "geometries" list: add one.`,
      );
    }
    itemsOf(geometries).forEach((child) => checkGeometry(child, found));
    return;
  }
  if (type === undefined || !SHAPES.includes(type)) {
    const what = type === undefined ? 'no type' : `the unknown type '${type}'`;
    found.add(
      'geometry-type',
      typeNode ?? node,
      `${label} has a geometry with ${what}: use Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or GeometryCollection.`,
    );
    return;
  }
  const coordinates = memberOf(node, 'coordinates');
  if (coordinates?.type !== 'array') {
    found.add(
      'coordinates',
      coordinates ?? node,
      `${label} has a ${type} without a "coordinates" list: add one.`,
    );
    return;
  }
  if (type === 'Point') checkPosition(coordinates, found);
  if (type === 'MultiPoint') itemsOf(coordinates).forEach((p) => checkPosition(p, found));
  if (type === 'LineString') checkLine(coordinates, found);
  if (type === 'MultiLineString') listsIn(coordinates, found).forEach((l) => checkLine(l, found));
  if (type === 'Polygon') checkPolygon(coordinates, found);
  if (type === 'MultiPolygon') listsIn(coordinates, found).forEach((p) => checkPolygon(p, found));
}
