/** Builds `geo/places.geojson`: the places a story can name, each credited to its dataset. */
import type {
  Feature,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { only, readCollection } from './io.ts';
import {
  countryNaming,
  placeProperties,
  provinceNaming,
  townNaming,
  type Naming,
} from './local-names.ts';
import { BORDERS, COUNTRIES, DISTRICT, GAZETTEER_TOWNS, PROVINCES, TOWNS } from './place-list.ts';
import { lineGeometry, linesOf, roundPosition, tidyArea, tidyLines } from './shapes.ts';
import type { Detail } from './shapes.ts';
import {
  DATASETS,
  GEOBOUNDARIES_LICENCE,
  GEOBOUNDARIES_METADATA,
  type Dataset,
} from './sources.ts';
import { chainLines } from './topology.ts';

/**
 * Detail for the zoom each kind is seen at (with 512-pixel tiles a pixel is 0.011° at zoom 6):
 * countries at zoom 3–5, provinces at 5–6, the district and the border at 7–9.
 */
const COUNTRY: Detail = { tolerance: 0.02, precision: 3, minArea: 0.002 };
const PROVINCE: Detail = { tolerance: 0.005, precision: 3, minArea: 0.0005 };
const DISTRICT_DETAIL: Detail = { tolerance: 0.0005, precision: 4 };
const BORDER: Detail = { tolerance: 0.001, precision: 4 };
const POINT_PRECISION = 4;

interface Identity {
  id: string;
  name: string;
  kind: string;
  country: string;
  dataset: Dataset;
  /** Its local name and its names in the languages a story may be written in. */
  naming?: Naming;
}

function place(
  { id, name, kind, country, dataset, naming = {} }: Identity,
  geometry?: Geometry,
): Feature {
  if (!geometry) throw new Error(`Place '${id}' has no geometry left after simplification.`);
  const { source, licence } = dataset;
  return {
    type: 'Feature',
    id,
    properties: {
      id,
      name,
      kind,
      country,
      ...placeProperties(naming),
      source,
      licence,
    },
    geometry,
  };
}

const text = (feature: Feature, key: string) => String(feature.properties?.[key] ?? '');
const area = (feature: Feature) => feature.geometry as Polygon | MultiPolygon;

/** Fails the build if geoBoundaries' metadata no longer states the licence the output records. */
function checkGeoBoundariesLicence(dataDir: string): void {
  const path = join(dataDir, GEOBOUNDARIES_METADATA);
  const { boundaryLicense } = JSON.parse(readFileSync(path, 'utf8')) as {
    boundaryLicense?: string;
  };
  if (boundaryLicense !== GEOBOUNDARIES_LICENCE) {
    throw new Error(
      `${path} now states the licence "${String(boundaryLicense)}": update scripts/geo/sources.ts and geo/README.md.`,
    );
  }
}

/** Reads the raw data and returns the places, in a fixed order. */
export function buildPlaces(dataDir: string): Feature[] {
  checkGeoBoundariesLicence(dataDir);
  const countries = readCollection(dataDir, DATASETS.countries);
  const provinces = readCollection(dataDir, DATASETS.provinces);
  const towns = readCollection(dataDir, DATASETS.populatedPlaces);
  const borders = readCollection(dataDir, DATASETS.borders);
  const districts = readCollection(dataDir, DATASETS.districts);
  const country = (a3: string) => only(countries, a3, (f) => text(f, 'adm0_a3') === a3);
  const countryName = (a3: string) => text(country(a3), 'name');
  const district = only(
    districts,
    DISTRICT.name,
    (f) => text(f, 'shapeName') === DISTRICT.shapeName,
  );

  return [
    ...COUNTRIES.map(([id, a3]) => {
      const name = countryName(a3);
      const who = { id, name, kind: 'country', country: name, dataset: DATASETS.countries };
      return place(
        { ...who, naming: countryNaming(a3, name) },
        tidyArea(area(country(a3)), COUNTRY),
      );
    }),
    ...PROVINCES.map(([id, iso, name]) => {
      const raw = only(provinces, iso, (f) => text(f, 'iso_3166_2') === iso);
      const who = { id, name, kind: 'province', country: countryName(text(raw, 'adm0_a3')) };
      const naming = provinceNaming(raw, name);
      return place({ ...who, dataset: DATASETS.provinces, naming }, tidyArea(area(raw), PROVINCE));
    }),
    place(
      { ...DISTRICT, kind: 'district', country: countryName('PAK'), dataset: DATASETS.districts },
      tidyArea(area(district), DISTRICT_DETAIL),
    ),
    ...TOWNS.map(([id, name, kind]) => {
      const raw = only(towns, name, (f) => text(f, 'name') === name);
      const who = {
        id,
        name,
        kind,
        country: countryName(text(raw, 'adm0_a3')),
        naming: townNaming(raw, name),
      };
      const coordinates = roundPosition((raw.geometry as Point).coordinates, POINT_PRECISION);
      return place({ ...who, dataset: DATASETS.populatedPlaces }, { type: 'Point', coordinates });
    }),
    ...GAZETTEER_TOWNS.map(({ id, name, a3, at }) => {
      const who = { id, name, kind: 'city', country: countryName(a3), dataset: DATASETS.gazetteer };
      return place(who, { type: 'Point', coordinates: roundPosition(at, POINT_PRECISION) });
    }),
    ...BORDERS.map(([id, name, a, b]) => {
      const pair = (f: Feature) => [text(f, 'adm0_a3_l'), text(f, 'adm0_a3_r')].sort().join();
      const segments = borders.features
        .filter((f) => pair(f) === [a, b].sort().join())
        .flatMap((f) => linesOf(f.geometry as LineString | MultiLineString));
      const who = { id, name, kind: 'border', country: `${countryName(a)} and ${countryName(b)}` };
      return place(
        { ...who, dataset: DATASETS.borders },
        lineGeometry(tidyLines(chainLines(segments), BORDER)),
      );
    }),
  ];
}
