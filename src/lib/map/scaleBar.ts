import { TILE_SIZE } from './mercator.ts';

/** The Earth's circumference at the equator in metres, as Web Mercator takes it. */
const EARTH_CIRCUMFERENCE = 40075016.686;
const METRES_PER_MILE = 1609.344;

/** A scale bar: its length on screen in pixels and what that length stands for. */
export interface ScaleBar {
  width: number;
  label: string;
}

/** Metres per pixel at a latitude and zoom, with MapLibre's 512-pixel tiles. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

/** The largest 1, 2 or 5 times a power of ten that is at most `value`. */
function roundDown(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const first = value / power;
  return power * (first >= 5 ? 5 : first >= 2 ? 2 : 1);
}

/** A unit of length as `Intl.NumberFormat` names it. */
export type LengthUnit = 'kilometer' | 'meter' | 'mile' | 'foot';

const SHORT: Record<LengthUnit, string> = { kilometer: 'km', meter: 'm', mile: 'mi', foot: 'ft' };

/**
 * A bar no longer than `maxWidth` pixels showing a round distance (1, 2 or 5 times a power of
 * ten) in kilometres or miles, or in metres or feet below one of them. `format` writes the
 * distance with its unit (in the page's language, with `Intl.NumberFormat`'s unit style).
 */
export function scaleBar(
  metresPerPx: number,
  maxWidth: number,
  unit: 'metric' | 'imperial',
  format: (value: number, unit: LengthUnit) => string = (value, name) => `${value} ${SHORT[name]}`,
): ScaleBar {
  const maxMetres = metresPerPx * maxWidth;
  const [big, small, bigName, smallName]: [number, number, LengthUnit, LengthUnit] =
    unit === 'metric'
      ? [1000, 1, 'kilometer', 'meter']
      : [METRES_PER_MILE, METRES_PER_MILE / 5280, 'mile', 'foot'];
  const inBig = maxMetres >= big;
  const size = inBig ? big : small;
  const distance = roundDown(maxMetres / size);
  return {
    width: Math.round((distance * size) / metresPerPx),
    label: format(distance, inBig ? bigName : smallName),
  };
}

/** Whether a language tag's readers expect miles beside kilometres (US English). */
export function usesMiles(language: string): boolean {
  return /^en-US$/i.test(language);
}
