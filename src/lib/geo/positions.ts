/** RFC 7946 checks of one position, and the arithmetic the ring checks need. */
import type { Node } from 'jsonc-parser';
import type { FeatureProblems } from './feature-problems.ts';
import { itemsOf } from './json-tree.ts';

/** A checked position: longitude, latitude. */
export type Position = [number, number];

/** Six decimals is about 10 cm on the ground; more claims a precision no map data has. */
const MAX_DECIMALS = 6;

/** Twice the signed area of a ring in the lon/lat plane: positive when it runs counter-clockwise. */
export function ringArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** Decimal places of a JSON number as written, exponent included (`1.5e-7` has 8). */
export function decimalsOf(written: string): number {
  const match = /^-?\d+(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(written);
  if (!match) return 0;
  return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}

/** Checks one position and returns it when it is usable for the ring checks. */
export function checkPosition(node: Node, found: FeatureProblems): Position | undefined {
  const { label, locator } = found;
  const items = itemsOf(node);
  if (node.type !== 'array' || items.length < 2 || items.length > 3) {
    found.add(
      'position',
      node,
      `${label} has a position that is not [longitude, latitude]: write it as two numbers in brackets.`,
    );
    return undefined;
  }
  if (items.some((item) => item.type !== 'number')) {
    found.add(
      'position-numbers',
      node,
      `${label} has a position holding something other than numbers: write it as [longitude, latitude].`,
    );
    return undefined;
  }
  const [lonNode, latNode] = items as [Node, Node];
  const [lon, lat] = [lonNode.value as number, latNode.value as number];
  const order = 'positions are [longitude, latitude], so check the order and the value.';
  if (lon < -180 || lon > 180) {
    found.add(
      'longitude',
      lonNode,
      `${label} has a longitude of ${locator.source(lonNode)}, outside -180 to 180: ${order}`,
    );
  }
  if (lat < -90 || lat > 90) {
    found.add(
      'latitude',
      latNode,
      `${label} has a latitude of ${locator.source(latNode)}, outside -90 to 90: ${order}`,
    );
  }
  for (const item of items) {
    const written = locator.source(item);
    const decimals = decimalsOf(written);
    if (decimals > MAX_DECIMALS) {
      found.add(
        'decimals',
        item,
        `${label} has a coordinate with ${decimals} decimals (${written}): round coordinates to ${MAX_DECIMALS} decimals at most.`,
      );
    }
  }
  return [lon, lat];
}
