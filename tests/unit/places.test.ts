import { describe, expect, it } from 'vitest';
import { loadStory, readBuiltInPlaces } from '../../scripts/load-story.ts';
import { findPlaces } from '../../scripts/find-places.ts';
import { assignIds, slugOf, type Candidate } from '../../src/lib/geo/place-ids.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import type { Gazetteer, PlaceInfo } from '../../src/lib/story/gazetteer.ts';
import { suggestPlaces } from '../../src/lib/story/suggest.ts';

const fixtures = readBuiltInPlaces(['tests/fixtures/places.geojson']);
const load = (name: string) => loadStory(`tests/fixtures/stories/${name}`, fixtures);
const problemsOf = (name: string) => load(name).problems.map(formatProblem);

describe('place ids', () => {
  it('are slugs of the English name, accents and punctuation gone', () => {
    expect(slugOf('Saudi Arabia')).toBe('saudi-arabia');
    expect(slugOf("Côte d'Ivoire")).toBe('cote-d-ivoire');
    expect(slugOf('Washington, D.C.')).toBe('washington-d-c');
    expect(slugOf('Sistan and Baluchestan')).toBe('sistan-and-baluchestan');
    expect(slugOf('Łódź')).toBe('lodz');
  });

  const place = (name: string, tier: Candidate['tier'], country: string): Candidate => ({
    name,
    tier,
    country,
  });

  it('give namesakes their country code, countries first, then towns, then divisions', () => {
    const candidates = [
      place('Georgia', 'country', 'ge'),
      place('Punjab', 'division', 'pk'),
      place('Punjab', 'division', 'in'),
      place('Hyderabad', 'town', 'pk'),
      place('Hyderabad', 'town', 'in'),
      place('Georgia', 'division', 'us'),
      place('Tokyo', 'division', 'jp'),
      place('Tokyo', 'town', 'jp'),
      place('Saudi Arabia', 'country', 'sa'),
    ];
    expect(assignIds(candidates, new Set())).toEqual([
      'georgia',
      'punjab-pk',
      'punjab-in',
      'hyderabad-pk',
      'hyderabad-in',
      'georgia-us',
      'tokyo-jp',
      'tokyo',
      'saudi-arabia',
    ]);
  });

  it('leave the hand-made ids alone and number what still collides, in order', () => {
    const candidates = [
      place('Tehran', 'division', 'ir'),
      place('Springfield', 'town', 'us'),
      place('Springfield', 'town', 'us'),
      place('Springfield', 'town', 'us'),
    ];
    expect(assignIds(candidates, new Set(['tehran']))).toEqual([
      'tehran-ir',
      'springfield-us',
      'springfield-us-2',
      'springfield-us-3',
    ]);
  });
});

describe('suggestions for an unknown id', () => {
  const info = (id: string, kind: PlaceInfo['kind'], country: string): PlaceInfo => ({
    id,
    name: id,
    kind,
    country,
    bounds: [0, 0, 0, 0],
    anchor: [0, 0],
    outline: true,
  });
  const places: Gazetteer = new Map(
    [
      info('hyderabad-pk', 'city', 'Pakistan'),
      info('hyderabad-in', 'city', 'India'),
      info('islamabad', 'capital', 'Pakistan'),
      info('iran', 'country', 'Iran'),
    ].map((place) => [place.id, place]),
  );

  it('list the places of that name in each country', () => {
    expect(suggestPlaces('hyderabad', places)).toBe(
      " Did you mean 'hyderabad-pk' (city, Pakistan) or 'hyderabad-in' (city, India)?",
    );
  });

  it('offer the nearest ids for a typo, and nothing for a word far from any', () => {
    expect(suggestPlaces('islamabd', places)).toBe(
      " Did you mean 'islamabad' (capital, Pakistan)?",
    );
    expect(suggestPlaces('reykjavik', places)).toBe('');
  });

  it('search the whole world gazetteer', () => {
    const world = readBuiltInPlaces().gazetteer;
    expect(suggestPlaces('punjab', world)).toBe(
      " Did you mean 'punjab-pk' (province, Pakistan) or 'punjab-in' (province, India)?",
    );
    expect(suggestPlaces('saudi-arbia', world)).toContain("'saudi-arabia' (country)");
  });
});

describe('npm run places', () => {
  const world = readBuiltInPlaces().gazetteer;
  it('finds ids by words of the name and country, exact names first', () => {
    expect(findPlaces(world.values(), ['hyderabad']).map((place) => place.id)).toEqual([
      'hyderabad-in',
      'hyderabad-pk',
    ]);
    const ids = findPlaces(world.values(), ['punjab', 'pakistan']).map((place) => place.id);
    expect(ids).toEqual(['punjab-pk']);
  });
});

describe("a story's own places file", () => {
  it('adds its places to the built-in ones, and the build ships the shapes of both', () => {
    const { story, shapes } = load('own-places.md');
    expect(Object.keys(story?.places ?? {}).sort()).toEqual([
      'harbour-town',
      'hill-province',
      'lighthouse',
      'north-strait',
    ]);
    expect(shapes?.features.map((feature) => feature.id)).toEqual([
      'harbour-town',
      'hill-province',
      'lighthouse',
      'north-strait',
    ]);
  });

  it('refuses a highlight of an area it has no outline for, and says what to do', () => {
    expect(problemsOf('own-places.md')).toEqual([
      "tests/fixtures/stories/own-places.md:39:13: 'hill-province' (province, Eastland) has no outline in the built-in data, only a label point, so it cannot be highlighted. Frame it instead, or add its outline to the story's places file (places: in the front matter) under an id of your own, e.g. 'hill-province-outline', and highlight that.",
    ]);
  });

  it('reports every problem in a broken one at once, located in that file', () => {
    const file = 'tests/fixtures/stories/places/broken.places.geojson';
    expect(problemsOf('bad-places.md')).toEqual([
      `${file}:2:1: Feature number 1 has no string id: add "id" (lowercase letters, digits and hyphens), the same as properties.id.`,
      `${file}:4:24: Feature 'twice' has the same id as the feature on line 3: ids must be unique, so rename one of them.`,
      `${file}:5:146: Feature 'far-north' has a latitude of 95, outside -90 to 90: positions are [longitude, latitude], so check the order and the value.`,
      `${file}:6:170: Feature 'open-ring' has a polygon ring that is not closed: its last position must repeat its first.`,
      `${file}:7:24: Feature 'harbour-town' has the id of a built-in place (city, Eastland): name that place by its id without redefining it, or give this one an id of its own.`,
    ]);
  });

  it('that is not GeoJSON, or not there, is reported and the story is not built', () => {
    expect(problemsOf('not-json-places.md')).toEqual([
      'tests/fixtures/stories/places/not-json.places.geojson:1:1: This file is not GeoJSON: it must hold one FeatureCollection, {"type": "FeatureCollection", "features": [...]}.',
    ]);
    expect(problemsOf('missing-places.md')).toEqual([
      'tests/fixtures/stories/missing-places.md:7:9: There is no places file tests/fixtures/stories/nowhere.places.geojson; create it (a GeoJSON FeatureCollection, see docs/story-format.md) or correct the name.',
    ]);
  });
});
