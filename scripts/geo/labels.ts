/** Label points for the basemap: countries, seas and islands, each with the zoom it first shows at. */
import { area, booleanPointInPolygon, centroid, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { prop, text } from './io.ts';
import { labelText } from './label-text.ts';
import { countryNaming, labelProperties } from './local-names.ts';

/** Natural Earth entities that are not countries and get no country label. */
const NOT_COUNTRIES = new Set(['KAS']);

/** Square kilometres of the labelled piece above which a label ranks 1, 2, 3, 4 (else 5). */
const RANK_AREAS = [1_000_000, 300_000, 60_000, 15_000];

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Natural Earth's label zoom for 256-pixel tiles, as a 512-pixel tile zoom. */
function labelZoom(f: Feature, key: string): number {
  const value = Number(prop(f, key));
  return Number.isFinite(value) && value > 0 ? round1(Math.max(0, value - 1.5)) : 3;
}

/** A point inside a polygon: its centroid when that is inside, else any point on it. */
function inside(shape: Feature<Polygon | MultiPolygon>): Position {
  const middle = centroid(shape);
  return (booleanPointInPolygon(middle, shape) ? middle : pointOnFeature(shape)).geometry
    .coordinates;
}

function label(properties: Record<string, string | number>, coordinates: Position): Feature {
  const point: Point = { type: 'Point', coordinates };
  return { type: 'Feature', properties, geometry: point };
}

/** Where a country's name goes: inside its largest piece, ranked by that piece's area. */
export function countryLabel(country: Feature): Feature | undefined {
  if (NOT_COUNTRIES.has(text(country, 'adm0_a3'))) return undefined;
  const geometry = country.geometry as Polygon | MultiPolygon;
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = parts
    .map((rings) => polygon(rings))
    .map((part) => ({ part, size: area(part) / 1e6 }))
    .sort((a, b) => b.size - a.size)[0];
  if (!largest) return undefined;
  const rank = RANK_AREAS.findIndex((limit) => largest.size >= limit) + 1 || RANK_AREAS.length + 1;
  const name = labelText(text(country, 'name'));
  const local = labelProperties(countryNaming(text(country, 'adm0_a3'), name));
  const properties = { minzoom: labelZoom(country, 'min_label'), name, rank, ...local };
  return label(properties, inside(largest.part));
}

/** One label per named sea, gulf, bay, strait or ocean, inside its own polygon. */
export function seaLabels(marine: readonly Feature[]): Feature[] {
  return marine.flatMap((f) => {
    const name = labelText(text(f, 'name'));
    if (!name) return [];
    const rank = Number(prop(f, 'scalerank'));
    const shape = f as Feature<Polygon | MultiPolygon>;
    return [label({ minzoom: labelZoom(f, 'min_label'), name, rank }, inside(shape))];
  });
}

/** Islands and island groups from Natural Earth's geographic region points. */
export function islandLabels(regions: readonly Feature[]): Feature[] {
  return regions.flatMap((f) => {
    if (!['island', 'island group'].includes(text(f, 'featurecla'))) return [];
    const name = labelText(text(f, 'name'));
    const minzoom = labelZoom(f, 'min_zoom');
    return name ? [label({ minzoom, name }, (f.geometry as Point).coordinates)] : [];
  });
}
