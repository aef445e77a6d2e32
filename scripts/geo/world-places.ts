/**
 * Builds `geo/world-places.geojson`, the gazetteer a story can name places from besides the
 * hand-made `geo/places.geojson`: every country (Natural Earth 1:50m outlines), every
 * first-level division (the regional folder's 1:10m outlines where it has them, elsewhere
 * Natural Earth's label points, which give no outline) and every Natural Earth town.
 */
import type { Feature, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { assignIds, type Candidate } from '../../src/lib/geo/place-ids.ts';
import { readCollection, prop, text } from './io.ts';
import {
  countryNaming,
  placeProperties,
  provinceNaming,
  townNaming,
  type Naming,
} from './local-names.ts';
import { COUNTRIES, PROVINCES, TOWNS } from './place-list.ts';
import { roundPosition, tidyArea, type Detail } from './shapes.ts';
import { DATASETS, WORLD, type Dataset } from './sources.ts';
import { mainLabelPoints, outlinedByRegion } from './basemap.ts';

/** Seen at zoom 2–5 when framed or highlighted: as the hand-made countries. */
const COUNTRY: Detail = { tolerance: 0.02, precision: 3, minArea: 0.002 };
/** Provinces are framed at zoom 5–7. */
const PROVINCE: Detail = { tolerance: 0.01, precision: 3, minArea: 0.001 };
const POINT_PRECISION = 4;

/** Natural Earth entities that are not countries. */
const NOT_COUNTRIES = new Set(['KAS']);

interface Pending extends Candidate {
  kind: 'country' | 'province' | 'city' | 'capital';
  countryName: string;
  geometry: Geometry;
  dataset: Dataset;
  /** A division's code (ISO 3166-2, or Natural Earth's adm1_code), to tell namesakes apart. */
  code?: string;
  /** Its local name and its names in the languages a story may be written in. */
  naming?: Naming;
}

/** Small islands and city states vanish at the countries' tolerance: kept at a finer one. */
const SMALL_COUNTRY: Detail = { tolerance: 0.001, precision: 4 };

/** A country's English short name: Natural Earth's NAME, unless abbreviated or longer than NAME_LONG. */
export function countryName(country: Feature): string {
  const short = text(country, 'name');
  const long = text(country, 'name_long') || short;
  const abbreviated = (name: string) => name.includes('.');
  if (abbreviated(short)) return long;
  if (abbreviated(long)) return short;
  return long.length < short.length ? long : short;
}

function sameTown(f: Feature, name: string): boolean {
  return text(f, 'name') === name;
}

/** The world gazetteer's features, ids assigned; `reserved` are the hand-made places' ids. */
export function buildWorldPlaces(dataDir: string, reserved: ReadonlySet<string>): Feature[] {
  const countries = readCollection(dataDir, WORLD.countries).features.filter(
    (f) => !NOT_COUNTRIES.has(text(f, 'adm0_a3')),
  );
  const byA3 = new Map(countries.map((f) => [text(f, 'adm0_a3'), f]));
  const code = (a3: string) => {
    const country = byA3.get(a3);
    const iso = country ? text(country, 'iso_a2') : '';
    return (iso && iso !== '-99' ? iso : a3).toLowerCase();
  };
  const nameOf = (a3: string) => {
    const country = byA3.get(a3);
    return country ? countryName(country) : a3;
  };
  const curatedCountries = new Set<string>(COUNTRIES.map(([, a3]) => a3));
  const curatedProvinces = new Set<string>(PROVINCES.map(([, iso]) => iso));
  const pending: Pending[] = [];

  for (const f of countries) {
    const a3 = text(f, 'adm0_a3');
    if (curatedCountries.has(a3)) continue;
    const shape = f.geometry as Polygon | MultiPolygon;
    const geometry = tidyArea(shape, COUNTRY) ?? tidyArea(shape, SMALL_COUNTRY);
    if (!geometry) throw new Error(`The country ${text(f, 'name')} has no shape left.`);
    const name = countryName(f);
    pending.push({
      name,
      tier: 'country',
      kind: 'country',
      country: code(a3),
      countryName: name,
      geometry,
      dataset: WORLD.countries,
      naming: countryNaming(a3, name),
    });
  }

  const towns = readCollection(dataDir, WORLD.populatedPlaces)
    .features.filter((f) => !TOWNS.some(([, name]) => sameTown(f, name)))
    .sort((a, b) => Number(prop(a, 'scalerank')) - Number(prop(b, 'scalerank')));
  for (const f of towns) {
    const a3 = text(f, 'adm0_a3');
    const capital = Number(prop(f, 'adm0cap')) === 1;
    const coordinates = roundPosition((f.geometry as Point).coordinates, POINT_PRECISION);
    pending.push({
      name: text(f, 'name'),
      naming: townNaming(f, text(f, 'name')),
      tier: 'town',
      kind: capital ? 'capital' : 'city',
      country: code(a3),
      countryName: nameOf(a3),
      geometry: { type: 'Point', coordinates },
      dataset: WORLD.populatedPlaces,
    });
  }

  // Divisions: the region's outlines first, then Natural Earth's points for every other one.
  const regional = readCollection(dataDir, DATASETS.provinces).features as Feature<
    Polygon | MultiPolygon
  >[];
  for (const f of regional) {
    if (curatedProvinces.has(text(f, 'iso_3166_2'))) continue;
    const geometry = tidyArea(f.geometry, PROVINCE);
    if (!geometry) continue;
    const a3 = text(f, 'adm0_a3');
    const name = text(f, 'name_en') || text(f, 'name');
    pending.push({
      name,
      tier: 'division',
      kind: 'province',
      country: code(a3),
      countryName: nameOf(a3),
      geometry,
      dataset: DATASETS.provinces,
      code: text(f, 'iso_3166_2'),
      naming: provinceNaming(f, name),
    });
  }
  // Natural Earth splits some divisions into several of one name (one per piece): one place each.
  const pieces = new Map<string, { main: Feature; points: Position[] }>();
  const outlined = outlinedByRegion(dataDir);
  for (const f of mainLabelPoints(dataDir)) {
    const a3 = text(f, 'sr_adm0_a3');
    const name = text(f, 'name');
    const at = (f.geometry as Point).coordinates;
    if (!name || outlined(f)) continue;
    const key = `${a3}|${name}`;
    const entry = pieces.get(key) ?? { main: f, points: [] };
    entry.points.push(roundPosition(at, POINT_PRECISION));
    pieces.set(key, entry);
  }
  const byCode = new Map<string, Position[]>();
  for (const p of readCollection(dataDir, WORLD.provincePoints).features) {
    const list = byCode.get(text(p, 'adm1_code')) ?? [];
    list.push(roundPosition((p.geometry as Point).coordinates, POINT_PRECISION));
    byCode.set(text(p, 'adm1_code'), list);
  }
  for (const { main, points } of pieces.values()) {
    const a3 = text(main, 'sr_adm0_a3');
    // The first point is where the division's label goes; the others are its other pieces.
    const all = dedupe([
      points[0]!,
      ...points.slice(1),
      ...(byCode.get(text(main, 'adm1_code')) ?? []),
    ]);
    const geometry: Geometry =
      all.length === 1
        ? { type: 'Point', coordinates: all[0]! }
        : { type: 'MultiPoint', coordinates: all };
    pending.push({
      name: text(main, 'name'),
      tier: 'division',
      kind: 'province',
      country: code(a3),
      countryName: nameOf(a3),
      geometry,
      dataset: WORLD.provincePoints,
      code: text(main, 'adm1_code'),
    });
  }

  const ids = assignIds(pending, reserved);
  return pending.map((place, i) => {
    const id = ids[i]!;
    const { source, licence } = place.dataset;
    return {
      type: 'Feature',
      id,
      properties: {
        id,
        name: place.name,
        kind: place.kind,
        country: place.countryName,
        ...(place.code ? { code: place.code } : {}),
        ...placeProperties(place.naming ?? {}),
        source,
        licence,
      },
      geometry: place.geometry,
    };
  });
}

function dedupe(positions: Position[]): Position[] {
  const seen = new Set<string>();
  return positions.filter((p) => {
    const key = p.join();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
