/**
 * The basemap's features, layer by layer, for the whole world: Natural Earth 1:10m land, water,
 * borders and towns, and the regional folder's newer provinces where it has them. Each feature
 * carries `minzoom`, the first tile zoom that holds it (tiles are 512 pixels, so Natural Earth's
 * zoom hints, made for 256-pixel tiles, come one level earlier).
 */
import { bboxClip, booleanPointInPolygon, lineString } from '@turf/turf';
import type {
  BBox,
  Feature,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { readCollection, prop, text } from './io.ts';
import { countryLabel, islandLabels, seaLabels } from './labels.ts';
import { labelText } from './label-text.ts';
import { labelProperties, provinceNaming, townNaming } from './local-names.ts';
import { linesOf } from './shapes.ts';
import { DATASETS, WORLD, type Dataset } from './sources.ts';
import { chainLines, sharedEdges } from './topology.ts';

/** The layers of the archive, in drawing order. */
export const LAYERS = [
  'land',
  'lake',
  'river',
  'province-border',
  'disputed-border',
  'country-border',
  'province-label',
  'region-label',
  'sea-label',
  'town',
  'country-label',
] as const;

/** One of the archive's layers. */
export type LayerName = (typeof LAYERS)[number];

/** Features by layer. */
export type Layers = Record<LayerName, Feature[]>;

/** Where the regional folder has provinces (and newer names): west, south, east, north. */
export const REGION: BBox = [25, 10, 80, 45];

/** Natural Earth's boundary classes, shortened to values a style can match on. */
const BORDER_KINDS: Record<string, string> = {
  'International boundary (verify)': 'international',
  'Disputed (please verify)': 'disputed',
  'Indefinite (please verify)': 'indefinite',
  'Line of control (please verify)': 'line-of-control',
  'Indeterminant frontier': 'indeterminate',
  'Overlay limit': 'overlay-limit',
};

type Properties = Record<string, string | number | boolean>;

function feature(properties: Properties, geometry: Geometry | undefined | null): Feature[] {
  return geometry ? [{ type: 'Feature', properties, geometry }] : [];
}

/** Natural Earth's zoom hint for 256-pixel tiles, as the first 512-pixel tile zoom. */
function hint(f: Feature, key = 'min_zoom', fallback = 0): number {
  const value = Number(prop(f, key));
  return Number.isFinite(value) && value > 0 ? Math.max(0, value - 1) : fallback;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

const outsideRegion = (): BBox[] => {
  const [w, s, e, n] = REGION;
  return [
    [-180, -90, w, 90],
    [e, -90, 180, 90],
    [w, -90, e, s],
    [w, n, e, 90],
  ];
};

function clipLines(lines: Position[][], boxes: readonly BBox[]): Position[][] {
  return boxes.flatMap((box) =>
    lines.flatMap((line) =>
      linesOf(bboxClip(lineString(line), box).geometry as LineString | MultiLineString),
    ),
  );
}

function lineGeometry(lines: Position[][]): LineString | MultiLineString | undefined {
  const kept = lines.filter((line) => line.length >= 2);
  if (kept.length === 0) return undefined;
  return kept.length === 1
    ? { type: 'LineString', coordinates: kept[0]! }
    : { type: 'MultiLineString', coordinates: kept };
}

const lines = (f: Feature) => linesOf(f.geometry as LineString | MultiLineString);

/** The towns, each with the zoom it first shows at: capitals early, the rest as Natural Earth says. */
export function towns(dataDir: string): Feature[] {
  return readCollection(dataDir, WORLD.populatedPlaces).features.flatMap((f) => {
    const capital = Number(prop(f, 'adm0cap')) === 1;
    const rank = Number(prop(f, 'scalerank'));
    const minzoom = round1(capital ? Math.min(hint(f), 2) : hint(f, 'min_zoom', 6));
    const point: Point = { type: 'Point', coordinates: (f.geometry as Point).coordinates };
    const name = labelText(text(f, 'name'));
    const local = labelProperties(townNaming(f, name));
    return feature({ minzoom, name, rank, ...(capital ? { capital } : {}), ...local }, point);
  });
}

/** Lines between provinces: the region's own 1:10m shapes inside it, Natural Earth 1:50m lines elsewhere. */
function provinceBorders(dataDir: string): Feature[] {
  const regional = readCollection(dataDir, DATASETS.provinces).features as Feature<
    Polygon | MultiPolygon
  >[];
  const edges = sharedEdges(regional, (f) => text(f, 'adm0_a3'));
  const inside = [...edges.values()].flatMap((segments) =>
    feature({ minzoom: 3 }, lineGeometry(clipLines(chainLines(segments), [REGION]))),
  );
  const outside = readCollection(dataDir, WORLD.provinceLines).features.flatMap((f) =>
    feature({ minzoom: 3 }, lineGeometry(clipLines(lines(f), outsideRegion()))),
  );
  return [...inside, ...outside];
}

function insideRegion([lon = 0, lat = 0]: Position): boolean {
  const [w, s, e, n] = REGION;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/**
 * Whether the regional data outlines the division at a world label point: a regional province of
 * the same country holds the point. Those divisions come from the regional data (newer names,
 * outlines); every other one, inside the region's box or not, from Natural Earth's world files.
 */
export function outlinedByRegion(dataDir: string): (point: Feature) => boolean {
  const regional = readCollection(dataDir, DATASETS.provinces).features as Feature<
    Polygon | MultiPolygon
  >[];
  return (point) => {
    const a3 = text(point, 'sr_adm0_a3');
    const at = (point.geometry as Point).coordinates;
    return regional.some(
      (province) =>
        text(province, 'adm0_a3') === a3 && booleanPointInPolygon(at, province.geometry),
    );
  };
}

/**
 * One label per first-level division: the region's newer provinces at their own label points,
 * and Natural Earth's world label points for the rest (a division in several pieces has a point
 * per piece; the one Natural Earth ranks first is used).
 */
function provinceLabels(dataDir: string): Feature[] {
  const regional = readCollection(dataDir, DATASETS.provinces).features.flatMap((f) => {
    const position = [Number(prop(f, 'longitude')), Number(prop(f, 'latitude'))];
    if (!insideRegion(position)) return [];
    const name = labelText(text(f, 'name_en') || text(f, 'name'));
    const local = labelProperties(provinceNaming(f, name));
    return feature({ minzoom: 4, name, ...local }, { type: 'Point', coordinates: position });
  });
  const outlined = outlinedByRegion(dataDir);
  const world = mainLabelPoints(dataDir)
    .filter((f) => !outlined(f))
    .flatMap((f) => {
      const minzoom = Number(prop(f, 'scalerank')) <= 4 ? 4 : 5;
      const name = labelText(text(f, 'name'));
      return feature({ minzoom, name }, f.geometry);
    });
  return [...regional, ...world];
}

/** Natural Earth's admin-1 label points, one per division (its first-ranked piece), in file order. */
export function mainLabelPoints(dataDir: string): Feature[] {
  const best = new Map<string, Feature>();
  for (const f of readCollection(dataDir, WORLD.provincePoints).features) {
    if (text(f, 'featurecla') !== 'Admin-1 scale rank') continue;
    const code = text(f, 'adm1_code');
    const current = best.get(code);
    if (!current || Number(prop(f, 'adm0_sr')) < Number(prop(current, 'adm0_sr'))) {
      best.set(code, f);
    }
  }
  return [...best.values()];
}

/** Every layer of the world basemap, with each feature's first zoom. */
export function worldLayers(dataDir: string): Layers {
  const read = (dataset: Dataset) => readCollection(dataDir, dataset).features;
  return {
    land: read(WORLD.land).flatMap((f) => feature({ minzoom: 0 }, f.geometry)),
    lake: read(WORLD.lakes).flatMap((f) => feature({ minzoom: round1(hint(f)) }, f.geometry)),
    river: read(WORLD.rivers).flatMap((f) => feature({ minzoom: round1(hint(f)) }, f.geometry)),
    'province-border': provinceBorders(dataDir),
    'disputed-border': read(WORLD.disputed).flatMap((f) =>
      feature(
        {
          minzoom: round1(hint(f)),
          kind: text(f, 'featurecla').toLowerCase().replaceAll(' ', '-'),
        },
        f.geometry,
      ),
    ),
    'country-border': read(WORLD.borders).flatMap((f) =>
      feature({ minzoom: 0, kind: BORDER_KINDS[text(f, 'featurecla')] ?? 'other' }, f.geometry),
    ),
    'province-label': provinceLabels(dataDir),
    'region-label': islandLabels(read(WORLD.regions)),
    'sea-label': seaLabels(read(WORLD.marine)),
    town: towns(dataDir),
    'country-label': read(WORLD.countries).flatMap((f) => countryLabel(f) ?? []),
  };
}
