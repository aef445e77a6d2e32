import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
