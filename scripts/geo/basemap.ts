/** Builds `geo/basemap.geojson`: the embedded offline basemap of the region, one layer per kind. */
import { bbox, lineString } from '@turf/turf';
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
import { readCollection } from './io.ts';
import { countryLabel, seaLabels } from './labels.ts';
import {
  lineGeometry,
  linesOf,
  roundPosition,
  tidyArea,
  tidyLines,
  type Detail,
} from './shapes.ts';
import { DATASETS } from './sources.ts';
import { chainLines, sharedEdges } from './topology.ts';

/** The region the basemap covers: west, south, east, north. */
export const BOX: BBox = [25, 10, 80, 45];

/**
 * The story zooms in to ~8 only over Balochistan and Sistan-Baluchestan (the focus). With
 * 512-pixel tiles 0.01° is a pixel at zoom 6 and about three at zoom 8; lines outside the focus
 * are seen at zoom 6 or less, where 0.025° is about two. Land is one shape across both, so it
 * keeps the finer detail.
 */
const FOCUS: BBox = [58, 24, 71, 33];
const FINE: Detail = { tolerance: 0.01, precision: 3, minArea: 0.001 };
const COARSE: Detail = { tolerance: 0.025, precision: 3, minArea: 0.002 };
const PRECISION = 3;

/** Towns kept everywhere (Natural Earth scalerank), and the finer limit in the focus. */
const TOWN_RANK = 6;
const FOCUS_TOWN_RANK = 8;

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

function feature(properties: Properties, geometry: Geometry | undefined): Feature[] {
  return geometry ? [{ type: 'Feature', properties, geometry }] : [];
}

const prop = (f: Feature, key: string): unknown => f.properties?.[key];
const named = (f: Feature): Properties => {
  const name = prop(f, 'name');
  return typeof name === 'string' && name !== '' ? { name } : {};
};
const area = (f: Feature) => f.geometry as Polygon | MultiPolygon;
const lines = (f: Feature) => linesOf(f.geometry as LineString | MultiLineString);
const inside = ([lon = 0, lat = 0]: number[], [w, s, e, n]: BBox) =>
  lon >= w && lon <= e && lat >= s && lat <= n;

function detailFor(shape: Geometry | Position[]): Detail {
  const [w = 0, s = 0, e = 0, n = 0] = Array.isArray(shape) ? bbox(lineString(shape)) : bbox(shape);
  const [fw, fs, fe, fn] = FOCUS;
  return w <= fe && e >= fw && s <= fn && n >= fs ? FINE : COARSE;
}

/** Clips and generalises lines, each as finely as where it runs requires. */
function tidy(lines: Position[][]): Geometry | undefined {
  return lineGeometry(lines.flatMap((line) => tidyLines([line], detailFor(line), BOX)));
}

function towns(dataDir: string): Feature[] {
  return readCollection(dataDir, DATASETS.populatedPlaces).features.flatMap((f) => {
    const rank = Number(prop(f, 'scalerank'));
    const capital = prop(f, 'adm0cap') === 1;
    const position = (f.geometry as Point).coordinates;
    const limit = inside(position, FOCUS) ? FOCUS_TOWN_RANK : TOWN_RANK;
    if (!capital && rank > limit) return [];
    const point: Point = { type: 'Point', coordinates: roundPosition(position, PRECISION) };
    return feature({ layer: 'town', ...named(f), rank, ...(capital ? { capital } : {}) }, point);
  });
}

/** Countries whose provinces are named on the basemap: the two at the heart of the story. */
const NAMED_PROVINCES = new Set(['PAK', 'IRN']);
/** Provinces named after their capital city, whose label would sit on the city's own. */
const UNNAMED_PROVINCES = new Set(['IR-07', 'PK-IS']);

/** One label per province of the story's two countries, at Natural Earth's own label point. */
function provinceLabels(provinces: readonly Feature[]): Feature[] {
  return provinces.flatMap((f) => {
    const position = [Number(prop(f, 'longitude')), Number(prop(f, 'latitude'))];
    if (!NAMED_PROVINCES.has(String(prop(f, 'adm0_a3'))) || !inside(position, BOX)) return [];
    if (UNNAMED_PROVINCES.has(String(prop(f, 'iso_3166_2')))) return [];
    const name = String(prop(f, 'name_en') || prop(f, 'name'));
    const point: Point = { type: 'Point', coordinates: roundPosition(position, PRECISION) };
    return feature({ layer: 'province-label', name }, point);
  });
}

/** Reads the raw data and returns the basemap's features, drawn in this order. */
export function buildBasemap(dataDir: string): Feature[] {
  const read = (dataset: (typeof DATASETS)[keyof typeof DATASETS]) =>
    readCollection(dataDir, dataset).features;
  const provinces = read(DATASETS.provinces) as Feature<Polygon | MultiPolygon>[];
  const provinceEdges = sharedEdges(provinces, (f) => String(prop(f, 'adm0_a3')));
  return [
    ...read(DATASETS.land).flatMap((f) => feature({ layer: 'land' }, tidyArea(area(f), FINE, BOX))),
    ...read(DATASETS.lakes).flatMap((f) =>
      feature({ layer: 'lake', ...named(f) }, tidyArea(area(f), detailFor(area(f)), BOX)),
    ),
    ...read(DATASETS.rivers).flatMap((f) =>
      feature({ layer: 'river', ...named(f), rank: Number(prop(f, 'scalerank')) }, tidy(lines(f))),
    ),
    ...[...provinceEdges.values()].flatMap((edges) =>
      feature({ layer: 'province-border' }, tidy(chainLines(edges))),
    ),
    ...read(DATASETS.disputed).flatMap((f) =>
      feature(
        {
          layer: 'disputed-border',
          kind: String(prop(f, 'featurecla')).toLowerCase().replaceAll(' ', '-'),
          ...named(f),
        },
        tidy(lines(f)),
      ),
    ),
    ...read(DATASETS.borders).flatMap((f) =>
      feature(
        { layer: 'country-border', kind: BORDER_KINDS[String(prop(f, 'featurecla'))] ?? 'other' },
        tidy(lines(f)),
      ),
    ),
    ...provinceLabels(provinces),
    ...towns(dataDir),
    ...read(DATASETS.countries).flatMap((f) => countryLabel(f, BOX, PRECISION) ?? []),
    ...seaLabels(readCollection(dataDir, DATASETS.ocean)),
  ];
}
