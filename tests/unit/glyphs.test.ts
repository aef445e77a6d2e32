import { readFileSync } from 'node:fs';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { labelText } from '../../scripts/geo/label-text.ts';
import { glyphSets } from '../../scripts/glyph-sets.ts';
import { glyphsToKeep } from '../../scripts/vite-plugin-story.ts';
import { PRIMER_TEXT } from '../../src/lib/map/storyLayers.ts';
import { basemapStyle } from '../../src/lib/map/basemapStyle.ts';
import { codePointsOf, glyphIds, subsetGlyphs } from '../../scripts/glyph-subset.ts';

const range = readFileSync('fonts/glyphs/Noto Sans Regular/0-255.pbf');

describe('glyph subsetting', () => {
  it('keeps exactly the glyphs the labels use, in both cases', () => {
    const keep = codePointsOf(['Iran', 'Gulf of Oman']);
    const subset = subsetGlyphs(range, keep);
    const kept = glyphIds(subset).map((id) => String.fromCodePoint(id));
    expect(kept.sort().join('')).toBe(' AFGILMNORUafgilmnoru');
    expect(subset.length).toBeLessThan(range.length / 5);
  });

  it('keeps the font stack name and range, so MapLibre accepts the file', () => {
    const text = new TextDecoder('latin1').decode(subsetGlyphs(range, new Set()));
    expect(text).toContain('Sans Regular');
    expect(text).toContain('0-255');
    expect(glyphIds(subsetGlyphs(range, new Set()))).toEqual([]);
  });

  it('changes nothing when every glyph is kept', () => {
    const all = new Set(glyphIds(range));
    expect(Buffer.from(subsetGlyphs(range, all)).equals(range)).toBe(true);
  });
});

describe('glyph sets by font', () => {
  const layers = [
    {
      id: 'countries',
      type: 'symbol',
      source: 'basemap',
      'source-layer': 'country-label',
      layout: { 'text-field': ['upcase', ['get', 'name']], 'text-font': ['Noto Sans Medium'] },
    },
    {
      id: 'seas',
      type: 'symbol',
      source: 'basemap',
      'source-layer': 'sea-label',
      layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Italic'] },
    },
    {
      id: 'story',
      type: 'symbol',
      source: 'overlay',
      layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Medium'] },
    },
  ] as LayerSpecification[];

  it('gives each font the characters its layers show, in the case they show them', () => {
    const sets = glyphSets(layers, {
      archive: { 'country-label': 'Iran', 'sea-label': 'Red Sea' },
      story: ['Zahedan'],
    });
    const text = (font: string) =>
      [...(sets.get(font) ?? [])]
        .map((point) => String.fromCodePoint(point))
        .sort()
        .join('');
    expect(text('Noto Sans Medium')).toBe('AINRZadehn');
    expect(text('Noto Sans Italic')).toBe(' RSade');
    expect(sets.has('Noto Sans Regular')).toBe(false);
  });
});

describe('glyph sets of a story in another language', () => {
  it('take the names in that language a layer shows, and none it does not', () => {
    const persian = basemapStyle({ archive: '', glyphs: '', language: 'fa-IR' });
    const english = basemapStyle({ archive: '', glyphs: '', language: 'en' });
    const archive = {
      'country-label': 'Iran',
      'country-label:fa': 'ایران',
      'country-label:ar': 'إيران',
    };
    const medium = (style: typeof persian) =>
      glyphSets(style.layers, { archive, story: [] }).get('Noto Sans Medium') ?? new Set();
    expect(medium(persian).has('ی'.codePointAt(0)!)).toBe(true);
    expect(medium(persian).has('إ'.codePointAt(0)!)).toBe(false);
    expect(medium(english).has('ی'.codePointAt(0)!)).toBe(false);
  });
});

describe('the glyphs a build keeps', () => {
  it("include the primers' letter, so the text shader is compiled before the first flight", () => {
    // A story with no labels at all: the story layers' font keeps the primers' letter only.
    const kept = glyphsToKeep(process.cwd(), undefined).get('Noto Sans Medium');
    expect(kept?.has(PRIMER_TEXT.codePointAt(0)!)).toBe(true);
  });
});

describe('label texts', () => {
  it('lose the accents the fonts cannot draw, and no others', () => {
    expect(labelText('Hà Nội')).toBe('Hà Noi');
    expect(labelText('São Paulo')).toBe('São Paulo');
    expect(labelText('İzmir')).toBe('İzmir');
  });

  it('are set in title case when Natural Earth writes them in capitals, spaces collapsed', () => {
    expect(labelText('NORTH PACIFIC OCEAN')).toBe('North Pacific Ocean');
    expect(labelText('Caribbean  Sea')).toBe('Caribbean Sea');
    expect(labelText('USA')).toBe('USA');
  });
});
