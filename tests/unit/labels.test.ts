import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { localLanguage } from '../../scripts/geo/local-language.ts';
import { basemapStyle, localNamesLater } from '../../src/lib/map/basemapStyle.ts';
import { labelSize, PLACE_LABEL } from '../../src/lib/map/labelStyle.ts';
import { storyLayers } from '../../src/lib/map/storyLayers.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import { gazetteerFrom } from '../../src/lib/story/gazetteer.ts';
import { isLanguageTag, shownLocal } from '../../src/lib/story/labels.ts';
import { parseStory } from '../../src/lib/story/parse.ts';

const file = 'tests/fixtures/stories/good.md';
const good = readFileSync(file, 'utf8');

/** The fixture places, two of them with local names: Eastland's towns are in Persian here. */
function places() {
  const collection = JSON.parse(
    readFileSync('tests/fixtures/places.geojson', 'utf8'),
  ) as FeatureCollection;
  const local: Record<string, [string, string]> = {
    'harbour-town': ['fa', 'بندر'],
    eastland: ['fa', 'شرقستان'],
  };
  for (const feature of collection.features) {
    const found = local[String(feature.id)];
    if (found) Object.assign(feature.properties!, { local_lang: found[0], local_name: found[1] });
  }
  return gazetteerFrom(collection);
}

function parseWith(labels: string) {
  const text = good.replace('language: en\n', `language: en\nlabels: ${labels}\n`);
  return parseStory(text, file, places());
}

describe('which name each place gets', () => {
  it('gives a place its local name under labels: [en, local], and none where the data has none', () => {
    const { story, problems } = parseWith('[en, local]');
    expect(problems).toEqual([]);
    expect(story?.labels).toEqual(['en', 'local']);
    expect(story?.places['harbour-town']?.local).toEqual({ lang: 'fa', name: 'بندر' });
    // East Province has no name in Eastland's language: English only.
    expect(story?.places['east-province']).toBeDefined();
    expect(story?.places['east-province']?.local).toBeUndefined();
  });

  it('shows local names only in the languages a list of codes names', () => {
    const local = { lang: 'fa', name: 'بندر' };
    expect(shownLocal(['en', 'local'], local)).toEqual(local);
    expect(shownLocal(['en', 'fa'], local)).toEqual(local);
    expect(shownLocal(['en', 'ur'], local)).toBeUndefined();
    expect(shownLocal([], local)).toBeUndefined();
    expect(shownLocal(['en', 'local'], undefined)).toBeUndefined();
  });

  it('labels in English only when the story does not ask for local names', () => {
    const story = parseStory(good, file, places()).story;
    expect(story?.labels).toEqual([]);
    expect(Object.values(story!.places).some((place) => place.local)).toBe(false);
    expect(story?.steps.some((step) => step.mapTextParts)).toBe(false);
  });

  it('quotes local names in the map description, each marked with its language', () => {
    const step = parseWith('[en, local]').story!.steps[0]!;
    expect(step.mapText).toContain('Harbour Town (بندر)');
    expect(step.mapTextParts).toContainEqual({ text: 'بندر', lang: 'fa' });
    expect(step.mapTextParts!.map((part) => part.text).join('')).toBe(step.mapText);
    // Only the local names carry a language; the rest is the story's own.
    expect(step.mapTextParts!.filter((part) => part.lang).every((part) => part.lang === 'fa')).toBe(
      true,
    );
  });
});

describe('a country’s local language', () => {
  const cldr = JSON.parse(
    readFileSync('node_modules/cldr-core/supplemental/territoryInfo.json', 'utf8'),
  ) as { supplemental: { territoryInfo: Record<string, never> } };
  const of = (a3: string, iso: string) => localLanguage(a3, cldr.supplemental.territoryInfo[iso]);

  it('is its most spoken official language other than English, from CLDR', () => {
    expect(of('IRN', 'IR')).toBe('fa');
    expect(of('PAK', 'PK')).toBe('ur');
    expect(of('IRQ', 'IQ')).toBe('ar');
    expect(of('SYR', 'SY')).toBe('ar');
    expect(of('TUR', 'TR')).toBe('tr');
    expect(of('TWN', 'TW')).toBe('zh-Hant');
  });

  it('is none where English is the only official language', () => {
    expect(of('GBR', 'GB')).toBeUndefined();
  });

  it('follows the override table where CLDR has no territory', () => {
    expect(localLanguage('CYN', undefined)).toBe('tr');
    expect(localLanguage('XYZ', undefined)).toBeUndefined();
  });
});

describe('names in the story’s language', () => {
  /** The fixture in Persian, with Persian names for Eastland and its harbour only. */
  function inPersian(labels = '') {
    const gazetteer = places();
    const persian: Record<string, string> = { 'harbour-town': 'بندر', eastland: 'شرقستان' };
    for (const [id, name] of Object.entries(persian)) {
      gazetteer.set(id, { ...gazetteer.get(id)!, names: { fa: name } });
    }
    const text = good.replace('language: en\n', `language: fa-IR\n${labels}`);
    return parseStory(text, file, gazetteer);
  }

  it('names a place in the story’s language where the data has a name, else in English', () => {
    const { story, problems } = inPersian();
    expect(problems).toEqual([]);
    expect(story?.places['harbour-town']?.name).toBe('بندر');
    expect(story?.places['east-province']?.name).toBe('East Province');
  });

  it('marks the English names and countries a Persian description quotes as English', () => {
    const steps = inPersian().story!.steps;
    const parts = steps.flatMap((step) => step.mapTextParts ?? []);
    expect(parts.some((part) => part.text.includes('بندر') && !part.lang)).toBe(true);
    expect(parts).toContainEqual({ text: 'East Province', lang: 'en' });
    expect(parts.some((part) => part.text === 'شرقستان' && part.lang)).toBe(false);
    for (const step of steps) {
      expect(step.mapTextParts?.map((part) => part.text).join('') ?? step.mapText).toBe(
        step.mapText,
      );
    }
  });

  it('does not repeat a local name that is the name already shown', () => {
    const story = inPersian('labels: [en, local]\n').story!;
    expect(story.places['harbour-town']?.name).toBe('بندر');
    expect(story.places['harbour-town']?.local).toBeUndefined();
  });
});

describe('the built-in places', () => {
  const built = gazetteerFrom(JSON.parse(readFileSync('geo/places.geojson', 'utf8')));

  it('carry their country’s language: Urdu in Pakistan, Persian in Iran, Arabic in Iraq', () => {
    expect(built.get('islamabad')?.local).toEqual({ lang: 'ur', name: 'اسلام آباد' });
    expect(built.get('balochistan')?.local).toEqual({ lang: 'ur', name: 'بلوچستان' });
    expect(built.get('tehran')?.local).toEqual({ lang: 'fa', name: 'تهران' });
    expect(built.get('iraq')?.local).toEqual({ lang: 'ar', name: 'العراق' });
    expect(built.get('turkey')?.local).toEqual({ lang: 'tr', name: 'Türkiye' });
  });

  it('carry names in Persian, Urdu and Arabic for stories written in them, where the data has one', () => {
    expect(built.get('pakistan')?.names).toMatchObject({ fa: 'پاکستان', ar: 'باكستان' });
    expect(built.get('tehran')?.names?.['ur']).toBe('تہران');
    expect(built.get('zahedan')?.names).toBeUndefined();
  });

  it('have no local name where the data has none, rather than an invented one', () => {
    // Natural Earth 5's 1:50m towns do not include Irbil; its name is not guessed.
    expect(built.get('irbil')?.local).toBeUndefined();
    expect(built.get('panjgur')?.local).toBeUndefined();
  });
});

describe('labels: that cannot be used', () => {
  it('reports a code that is not BCP 47, and one no place has names in, where they are', () => {
    const problems = parseWith('[en, fa_IR!, he]').problems.map(formatProblem);
    expect(problems).toEqual([
      "tests/fixtures/stories/good.md:7:14: 'fa_IR!' is not a language code (BCP 47); write local, or a code such as fa, ur or ar.",
      "tests/fixtures/stories/good.md:7:22: No place has a name in 'he'; write local for each place's own language, or one of: fa.",
    ]);
  });

  it('asks for English first', () => {
    expect(parseWith('[local]').problems.map(formatProblem)).toEqual([
      "tests/fixtures/stories/good.md:7:10: The map's names are in English: start labels with en, e.g. labels: [en, local], not [local].",
    ]);
  });

  it('knows a language tag from a malformed one', () => {
    expect(['fa', 'ur', 'zh-Hant', 'fa-IR'].every(isLanguageTag)).toBe(true);
    expect(['fa_IR', 'x', '', 'fa-'].some(isLanguageTag)).toBe(false);
  });
});

describe('a label with a local name', () => {
  it('takes a line more, as wide as its wider line', () => {
    const advance = () => 0.5;
    const one = labelSize('Harbour', PLACE_LABEL, advance);
    const two = labelSize('Harbour\nبندر', PLACE_LABEL, advance);
    expect(two.height - one.height).toBeCloseTo(1.2 * PLACE_LABEL.size, 0);
    expect(two.width).toBe(one.width);
    expect(labelSize('Harbour\nبندر بندر بندر', PLACE_LABEL, advance).width).toBeGreaterThan(
      one.width,
    );
  });
});

describe('the basemap in a story’s language', () => {
  const field = (language: string, labels: string[] = []) =>
    JSON.stringify(
      basemapStyle({ archive: '', glyphs: '', language, labels }).layers.find(
        (layer) => layer.id === 'towns',
      )?.layout?.['text-field' as never],
    );

  it('labels towns in Persian where they have a Persian name, in English elsewhere', () => {
    // The archive keeps a Persian name once: as name_local where that is in Persian.
    expect(field('fa-IR')).toBe(
      JSON.stringify([
        'coalesce',
        ['get', 'name_fa'],
        ['match', ['get', 'lang'], 'fa', ['get', 'name_local'], ['get', 'name']],
      ]),
    );
    expect(field('en')).toBe(JSON.stringify(['get', 'name']));
    // No names in Turkish in the archive: English.
    expect(field('tr')).toBe(JSON.stringify(['get', 'name']));
  });

  it('adds a local name only where it differs from the name shown', () => {
    expect(field('fa', ['en', 'local'])).toContain('["!=",["get","name_local"],["coalesce"');
    expect(field('en', ['en', 'local'])).not.toContain('"!="');
  });
});

describe('localNamesLater', () => {
  const style = (labels: string[]) =>
    basemapStyle({ archive: '/basemap.pmtiles', glyphs: '', layers: storyLayers(), labels });
  const texts = (layers: { layout?: object }[]) =>
    JSON.stringify(layers.map((layer) => layer.layout?.['text-field' as keyof object]));

  it('draws the first picture in English and keeps the local names for later', () => {
    const { style: first, later } = localNamesLater(style(['en', 'local']));
    const ids = later.map(([id]) => id);
    expect(ids).toEqual(expect.arrayContaining(['towns', 'country-labels', 'story-labels']));
    expect(texts(first.layers)).not.toContain('name_local');
    // What comes later is the full style's text, layer by layer.
    const full = style(['en', 'local']);
    for (const [id, text] of later)
      expect(text).toEqual(
        full.layers.find((layer) => layer.id === id)?.layout?.['text-field' as never],
      );
  });
});
