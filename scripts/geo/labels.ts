/** Label points for the basemap: one per country, and hand-placed names for the seas. */
import {
  area,
  bboxClip,
  booleanPointInPolygon,
  centroid,
  pointOnFeature,
  polygon,
} from '@turf/turf';
import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { roundPosition } from './shapes.ts';

/** Natural Earth entities that are not countries and get no country label. */
const NOT_COUNTRIES = new Set(['KAS']);

/**
 * A label goes at least this many degrees inside the basemap's edge, on a piece of the country
 * at least this large (km²) unless the piece is whole, so the map names small countries but not
 * the slivers of large ones it barely shows.
 */
const LABEL_INSET = 1;
const LABEL_MIN_AREA = 10_000;

/** Square kilometres of the labelled piece above which a label ranks 1, 2, 3, 4 (else 5). */
const RANK_AREAS = [1_000_000, 300_000, 60_000, 15_000];

/**
 * Seas have no label points in the region's Natural Earth extract (its geography points are
 * capes), so their positions are placed by hand on open water; the build checks that each
 * falls inside ne_10m_ocean.
 */
export const SEAS: readonly { name: string; rank: number; position: Position }[] = [
  { name: 'Arabian Sea', rank: 1, position: [64, 16] },
  { name: 'Mediterranean Sea', rank: 1, position: [31.5, 33] },
  { name: 'Red Sea', rank: 1, position: [38.8, 20] },
  { name: 'Caspian Sea', rank: 1, position: [50.5, 42] },
  { name: 'Persian Gulf', rank: 2, position: [51.7, 27] },
  { name: 'Gulf of Oman', rank: 2, position: [58.6, 24.7] },
];

function clip(rings: Position[][], box: BBox): Feature<Polygon> | undefined {
  const part = bboxClip(polygon(rings), box) as Feature<Polygon>;
  return part.geometry.coordinates.length > 0 ? part : undefined;
}

/** Where a country's name goes: inside its largest polygon within the box, if that is big enough. */
export function countryLabel(country: Feature, box: BBox, precision: number): Feature | undefined {
  const geometry = country.geometry as Polygon | MultiPolygon;
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const [w, s, e, n] = box;
  const inset: BBox = [w + LABEL_INSET, s + LABEL_INSET, e - LABEL_INSET, n - LABEL_INSET];
  const largest = parts
    .map((rings) => ({ whole: area(polygon(rings)) / 1e6, part: clip(rings, inset) }))
    .map(({ whole, part }) => ({ whole, part, size: part ? area(part) / 1e6 : 0 }))
    .filter(({ whole, size }) => size >= LABEL_MIN_AREA || (size > 0 && size >= whole * 0.99))
    .sort((a, b) => b.size - a.size)[0];
  const a3 = String(country.properties?.['adm0_a3']);
  if (!largest?.part || NOT_COUNTRIES.has(a3)) return undefined;
  const { part, size } = largest;
  const middle = centroid(part);
  const inside = booleanPointInPolygon(middle, part) ? middle : pointOnFeature(part);
  const rank = RANK_AREAS.findIndex((limit) => size >= limit) + 1 || RANK_AREAS.length + 1;
  return {
    type: 'Feature',
    properties: { layer: 'country-label', name: String(country.properties?.['name']), rank },
    geometry: { type: 'Point', coordinates: roundPosition(inside.geometry.coordinates, precision) },
  };
}

/** The sea labels, after checking each lies on open water. */
export function seaLabels(ocean: FeatureCollection): Feature[] {
  return SEAS.map(({ name, rank, position }) => {
    const wet = ocean.features.some((f) =>
      booleanPointInPolygon(position, f.geometry as Polygon | MultiPolygon),
    );
    if (!wet) throw new Error(`The label point for ${name} is not in ne_10m_ocean.`);
    return {
      type: 'Feature',
      properties: { layer: 'sea-label', name, rank },
      geometry: { type: 'Point', coordinates: position },
    };
  });
}
