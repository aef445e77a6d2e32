/** Generalising geometry for the zoom it is seen at: clip, simplify, round, clean, rewind. */
import { bboxClip, lineString, polygon, rewind, simplify } from '@turf/turf';
import type { BBox, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { ringArea } from '../../src/lib/geo/positions.ts';

/** How finely a shape is kept, chosen from the zoom at which readers see it. */
export interface Detail {
  /** Douglas–Peucker tolerance in degrees. */
  tolerance: number;
  /** Decimal places kept in coordinates. */
  precision: number;
  /** Rings enclosing less than this many square degrees are dropped (islets, slivers). */
  minArea?: number;
}

/** Rounds a position to `precision` decimals (at most 6, as the validator requires). */
export function roundPosition(position: Position, precision: number): Position {
  const factor = 10 ** precision;
  return position.slice(0, 2).map((value) => Math.round(value * factor) / factor);
}

function withoutRepeats(line: readonly Position[]): Position[] {
  return line.filter((p, i) => i === 0 || p[0] !== line[i - 1]?.[0] || p[1] !== line[i - 1]?.[1]);
}

function isUsableRing(ring: readonly Position[], minArea: number): boolean {
  return ring.length >= 4 && Math.abs(ringArea(ring)) / 2 > minArea;
}

function clipPolygon(rings: Position[][], clip: BBox): Position[][] {
  return (bboxClip(polygon(rings), clip).geometry as Polygon).coordinates;
}

function clipLine(line: Position[], clip: BBox): Position[][] {
  return linesOf(bboxClip(lineString(line), clip).geometry as LineString | MultiLineString);
}

function tidyPolygon(rings: Position[][], detail: Detail, clip?: BBox): Position[][] {
  const minArea = detail.minArea ?? 0;
  const usable = (ring: readonly Position[]) => isUsableRing(ring, minArea);
  const [outer, ...holes] = clip ? clipPolygon(rings, clip) : rings;
  if (!outer || !usable(outer)) return [];
  const kept = polygon([outer, ...holes.filter(usable)]);
  const simple = simplify(kept, { tolerance: detail.tolerance, highQuality: true });
  const [simpleOuter, ...simpleHoles] = simple.geometry.coordinates.map((ring) =>
    withoutRepeats(ring.map((p) => roundPosition(p, detail.precision))),
  );
  if (!simpleOuter || !usable(simpleOuter)) return [];
  return [simpleOuter, ...simpleHoles.filter(usable)];
}

/**
 * Generalises a polygonal geometry; returns undefined when nothing visible is left. Exterior
 * rings come out counter-clockwise and holes clockwise (RFC 7946's right-hand rule).
 */
export function tidyArea(
  geometry: Polygon | MultiPolygon,
  detail: Detail,
  clip?: BBox,
): Polygon | MultiPolygon | undefined {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = parts.map((rings) => tidyPolygon(rings, detail, clip)).filter((p) => p.length > 0);
  const [first] = kept;
  if (!first) return undefined;
  const shape: Polygon | MultiPolygon =
    kept.length === 1
      ? { type: 'Polygon', coordinates: first }
      : { type: 'MultiPolygon', coordinates: kept };
  return rewind(shape, { mutate: true }) as Polygon | MultiPolygon;
}

/** Generalises lines: clipped, simplified, rounded, with lines that collapse to a point dropped. */
export function tidyLines(lines: Position[][], detail: Detail, clip?: BBox): Position[][] {
  const clipped = clip ? lines.flatMap((line) => clipLine(line, clip)) : lines;
  return clipped
    .filter((line) => line.length >= 2)
    .map((line) => simplify(lineString(line), { tolerance: detail.tolerance, highQuality: true }))
    .map((line) =>
      withoutRepeats(line.geometry.coordinates.map((p) => roundPosition(p, detail.precision))),
    )
    .filter((line) => line.length >= 2);
}

/** The parts of a line geometry as a list of lines. */
export function linesOf(geometry: LineString | MultiLineString): Position[][] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

/** A LineString for one line, a MultiLineString for several, undefined for none. */
export function lineGeometry(lines: Position[][]): LineString | MultiLineString | undefined {
  const [first] = lines;
  if (!first) return undefined;
  return lines.length === 1
    ? { type: 'LineString', coordinates: first }
    : { type: 'MultiLineString', coordinates: lines };
}
