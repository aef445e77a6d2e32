import { describe, expect, it } from 'vitest';
import { EN } from '../../src/lib/i18n/en.ts';
import { FA } from '../../src/lib/i18n/fa.ts';
import { Words } from '../../src/lib/i18n/words.ts';
import { keySentence, keySymbols } from '../../src/lib/map/mapKey.ts';

const english = new Words(EN, 'en');
import { metresPerPixel, scaleBar, usesMiles } from '../../src/lib/map/scaleBar.ts';
import type { Annotation, Step, StoryPlace } from '../../src/lib/story/types.ts';

const place = (kind: string): StoryPlace => ({
  name: kind,
  kind,
  anchor: [0, 0],
  bounds: [0, 0, 0, 0],
});
const places = {
  iran: place('country'),
  panjgur: place('district'),
  islamabad: place('capital'),
  border: place('border'),
};
const arrow = (kind: Annotation['kind'], directionOnly: boolean): Annotation => ({
  kind,
  from: 'iran',
  to: 'panjgur',
  who: 'x',
  when: undefined,
  label: 'x',
  directionOnly,
  path: [
    [0, 0],
    [1, 1],
  ],
  headBearing: 45,
});
const step = (highlight: string[], annotations: Annotation[]) =>
  ({ highlight, annotations }) as unknown as Step;

describe('the map key', () => {
  it('lists only the symbols the step draws, in a fixed order', () => {
    expect(keySymbols(step(['panjgur'], [arrow('strike', true)]), places)).toEqual([
      'area',
      'strike-direction',
    ]);
    expect(
      keySymbols(
        step(['islamabad', 'border', 'iran'], [arrow('movement', false), arrow('strike', false)]),
        places,
      ),
    ).toEqual(['area', 'place', 'border', 'strike', 'movement']);
    expect(keySymbols(step([], []), places)).toEqual([]);
  });

  it('says that a stub shows a direction only', () => {
    expect(keySentence('strike-direction', english)).toBe(
      'Strike: direction only; launch site not reported',
    );
    expect(keySentence('movement', english)).toBe('Movement of people');
    expect(keySentence('movement-direction', new Words(FA, 'fa', 'rtl'))).toBe(
      'جابه‌جایی: فقط جهت؛ مبدأ گزارش نشده',
    );
  });
});

describe('the scale bar', () => {
  it('measures the ground at the map’s latitude and zoom', () => {
    // At zoom 0 a 512-pixel world spans the equator: some 78 km a pixel.
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
    expect(metresPerPixel(60, 1)).toBeCloseTo(78271.5 / 4, 0);
  });

  it('shows a round distance no longer than its room', () => {
    // 1 km a pixel, 100 pixels of room: 100 km fits exactly.
    expect(scaleBar(1000, 100, 'metric')).toEqual({ width: 100, label: '100 km' });
    expect(scaleBar(1000, 90, 'metric')).toEqual({ width: 50, label: '50 km' });
    expect(scaleBar(1000, 250, 'metric')).toEqual({ width: 200, label: '200 km' });
    expect(scaleBar(5, 100, 'metric')).toEqual({ width: 100, label: '500 m' });
    expect(scaleBar(1609.344, 100, 'imperial')).toEqual({ width: 100, label: '100 mi' });
    expect(scaleBar(1, 100, 'imperial')).toEqual({ width: 61, label: '200 ft' });
    expect(
      scaleBar(20000, 100, 'metric', (n, unit) => `${n.toLocaleString('en')} ${unit}`),
    ).toEqual({
      width: 100,
      label: '2,000 kilometer',
    });
    const persian = (n: number, unit: string) =>
      new Intl.NumberFormat('fa', { style: 'unit', unit, unitDisplay: 'short' }).format(n);
    expect(scaleBar(1000, 250, 'metric', persian).label).toBe('۲۰۰ کیلومتر');
  });

  it('adds miles for US English only', () => {
    expect([usesMiles('en-US'), usesMiles('en-GB'), usesMiles('en'), usesMiles('ur')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});
