import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkGeoJson, checkPlaces } from '../../src/lib/geo/validate.ts';
import { gazetteerFrom } from '../../src/lib/story/gazetteer.ts';
import { formatProblem } from '../../src/lib/problem.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const formatted = (check: { problems: Parameters<typeof formatProblem>[0][] }) =>
  check.problems.map(formatProblem);

/** The byte budgets geo/README.md documents. */
const BUDGETS = {
  'geo/places.geojson': { raw: 100_000, gzip: 30_000 },
  'geo/world-places.geojson': { raw: 6_000_000, gzip: 1_200_000 },
  'geo/basemap.pmtiles': { raw: 15_000_000, gzip: 15_000_000 },
};

const PLACES: Record<string, string> = {
  iran: 'country',
  pakistan: 'country',
  iraq: 'country',
  syria: 'country',
  afghanistan: 'country',
  turkey: 'country',
  india: 'country',
  balochistan: 'province',
  'sistan-baluchestan': 'province',
  panjgur: 'district',
  zahedan: 'city',
  irbil: 'city',
  idlib: 'city',
  'panjgur-town': 'city',
  islamabad: 'capital',
  tehran: 'capital',
  baghdad: 'capital',
  damascus: 'capital',
  kabul: 'capital',
  ankara: 'capital',
  'new-delhi': 'capital',
  'iran-pakistan-border': 'border',
};

describe('committed geo data', () => {
  const places = checkPlaces(read('geo/places.geojson'), 'geo/places.geojson');

  it('passes the validator with no problems', () => {
    expect(formatted(places)).toEqual([]);
  });

  it('has exactly the story places, with their kinds', () => {
    const kinds = Object.fromEntries(
      (places.value?.features ?? []).map((f) => [f.id, f.properties?.['kind']]),
    );
    expect(kinds).toEqual(PLACES);
  });

  it('credits every place to a dataset and its licence', () => {
    for (const feature of places.value?.features ?? []) {
      expect(feature.properties?.['source'], String(feature.id)).toMatch(/\S/);
      expect(feature.properties?.['licence'], String(feature.id)).toMatch(/\S/);
    }
  });

  it('indexes places with bounds, and an anchor inside each', () => {
    const index = gazetteerFrom(places.value ?? { type: 'FeatureCollection', features: [] });
    expect(index.get('panjgur-town')).toEqual({
      id: 'panjgur-town',
      name: 'Panjgur',
      kind: 'city',
      country: 'Pakistan',
      bounds: [64.09, 26.96, 64.09, 26.96],
      anchor: [64.09, 26.96],
      outline: true,
    });
    const balochistan = index.get('balochistan')!;
    expect(balochistan.bounds.map((degrees) => Math.round(degrees))).toEqual([61, 25, 70, 32]);
    const [lon, lat] = balochistan.anchor;
    expect(
      lon > balochistan.bounds[0] &&
        lon < balochistan.bounds[2] &&
        lat > balochistan.bounds[1] &&
        lat < balochistan.bounds[3],
    ).toBe(true);
  });

  it('stays within its byte budgets', () => {
    for (const [path, budget] of Object.entries(BUDGETS)) {
      const bytes = readFileSync(new URL(path, root));
      expect(bytes.length, `${path} raw`).toBeLessThan(budget.raw);
      expect(gzipSync(bytes, { level: 9 }).length, `${path} gzip`).toBeLessThan(budget.gzip);
    }
  });
});

describe('checkPlaces on fixtures', () => {
  const check = (name: string) => {
    const file = `tests/fixtures/geo/${name}.geojson`;
    return formatted(checkPlaces(read(file), file));
  };

  it('accepts a valid places file', () => {
    expect(check('valid-places')).toEqual([]);
  });

  it('reports a ring that is not closed at its last position', () => {
    expect(check('unclosed-ring')).toEqual([
      "tests/fixtures/geo/unclosed-ring.geojson:23:13: Feature 'panjgur' has a polygon ring that is not closed: its last position must repeat its first.",
    ]);
  });

  it('reports a latitude out of range at the number', () => {
    expect(check('latitude-95')).toEqual([
      "tests/fixtures/geo/latitude-95.geojson:46:61: Feature 'panjgur-town' has a latitude of 95, outside -90 to 90: positions are [longitude, latitude], so check the order and the value.",
    ]);
  });

  it('reports a clockwise outer ring at the ring', () => {
    expect(check('clockwise-ring')).toEqual([
      "tests/fixtures/geo/clockwise-ring.geojson:18:11: Feature 'panjgur' has an outer polygon ring that runs clockwise: outer rings must run counter-clockwise (RFC 7946), so reverse the order of its positions.",
    ]);
  });

  it('reports a duplicate id at the second one', () => {
    expect(check('duplicate-id')).toEqual([
      "tests/fixtures/geo/duplicate-id.geojson:37:13: Feature 'panjgur' has the same id as the feature on line 6: ids must be unique, so rename one of them.",
    ]);
  });

  it('reports a missing comma where it is missing', () => {
    expect(check('missing-comma')).toEqual([
      'tests/fixtures/geo/missing-comma.geojson:42:9: A comma is missing before this: separate the items of a list or object with commas.',
    ]);
  });

  it('reports an unknown kind at its value', () => {
    expect(check('unknown-kind')).toEqual([
      "tests/fixtures/geo/unknown-kind.geojson:41:17: Feature 'panjgur-town' has the unknown kind 'town': use one of country, province, district, area, city, capital, site or border.",
    ]);
  });
});

describe('checkGeoJson', () => {
  const collection = (...features: string[]) =>
    `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`;
  const check = (text: string) => formatted(checkGeoJson(text, 'x.geojson'));

  it('reports a crs member', () => {
    const text = `{"type":"FeatureCollection","crs":{},"features":[]}`;
    expect(check(text)).toEqual([
      'x.geojson:1:29: The collection has a "crs" member: RFC 7946 GeoJSON is always longitude/latitude on WGS 84, so remove it.',
    ]);
  });

  it('reports too many decimals once per feature, with a count', () => {
    const line =
      '{"type":"Feature","properties":null,"geometry":{"type":"LineString","coordinates":[[1.1234567,2],[3,4.12345678]]}}';
    expect(check(collection(line))).toEqual([
      'x.geojson:2:85: Feature number 1 has a coordinate with 7 decimals (1.1234567): round coordinates to 6 decimals at most. The same problem occurs 1 more time in this feature.',
    ]);
  });

  it('reports a line with one position and a hole that runs the wrong way', () => {
    const line =
      '{"type":"Feature","id":"a","properties":{},"geometry":{"type":"LineString","coordinates":[[1,2]]}}';
    const hole =
      '{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,0]],[[1,1],[2,1],[2,2],[1,1]]]}}';
    expect(check(collection(line, hole))).toEqual([
      "x.geojson:2:90: Feature 'a' has a line with 1 position: a line needs at least 2.",
      'x.geojson:3:105: Feature number 2 has a hole in a polygon that runs counter-clockwise: holes must run clockwise (RFC 7946), so reverse the order of its positions.',
    ]);
  });

  it('reports a missing properties member and a feature of the wrong type', () => {
    const text = collection('{"type":"Point","geometry":null}');
    expect(check(text)).toEqual([
      'x.geojson:2:1: Feature number 1 has no "properties" member: add one (an object, or null).',
      'x.geojson:2:9: Feature number 1 does not have "type": "Feature": every item in "features" must be a Feature.',
    ]);
  });

  it('rejects comments, which JSON does not allow', () => {
    expect(check('// note\n{}')).toEqual([
      'x.geojson:1:1: JSON does not allow comments: remove this one.',
    ]);
  });
});
