import bearing from '@turf/bearing';
import destination from '@turf/destination';
import distance from '@turf/distance';
import { isArea, type PlaceInfo } from './gazetteer.ts';
import type { LngLat } from './types.ts';

/** The longest a direction-only arrow is drawn, in kilometres. */
const STUB_MAX_KM = 150;
/** Gap left between an arrowhead and the place it points at, in kilometres. */
const HEAD_GAP_KM = 12;
/** Points sampled along a curved arrow. */
const SAMPLES = 24;

/** An arrow's geometry. */
export interface ArrowPath {
  path: LngLat[];
  headBearing: number;
  directionOnly: boolean;
}

function toLngLat(coordinates: number[]): LngLat {
  return [round(coordinates[0]!), round(coordinates[1]!)];
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function along(origin: LngLat, km: number, towards: number): LngLat {
  return toLngLat(destination(origin, km, towards).geometry.coordinates);
}

/** A gentle arc from `a` to `b`, bowed to the left of travel so opposite arrows don't overlap. */
function arc(a: LngLat, b: LngLat): LngLat[] {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const control: LngLat = [(a[0] + b[0]) / 2 - dy * 0.15, (a[1] + b[1]) / 2 + dx * 0.15];
  const points: LngLat[] = [];
  for (let i = 0; i <= SAMPLES; i++) {
    const t = i / SAMPLES;
    const u = 1 - t;
    points.push([
      round(u * u * a[0] + 2 * u * t * control[0] + t * t * b[0]),
      round(u * u * a[1] + 2 * u * t * control[1] + t * t * b[1]),
    ]);
  }
  return points;
}

/**
 * The arrow for a strike or movement. From a point place it runs the whole way; from an area it
 * is a short stub that shows only the direction, because the sources give no launch site.
 */
export function arrowPath(from: PlaceInfo, to: PlaceInfo): ArrowPath {
  const target = to.anchor;
  const back = bearing(target, from.anchor);
  const km = distance(target, from.anchor);
  const head = along(target, Math.min(HEAD_GAP_KM, km / 4), back);
  if (isArea(from)) {
    const tail = along(target, Math.min(STUB_MAX_KM, km * 0.35), back);
    return { path: [tail, head], headBearing: round(bearing(tail, head)), directionOnly: true };
  }
  const start = along(from.anchor, Math.min(HEAD_GAP_KM, km / 4), bearing(from.anchor, target));
  const path = arc(start, head);
  const beforeHead = path[path.length - 2]!;
  return { path, headBearing: round(bearing(beforeHead, head)), directionOnly: false };
}
