/**
 * Label texts as the map can draw them. The glyph ranges in fonts/glyphs cover Latin, Latin
 * Extended, Greek, punctuation and Arabic; a character outside them (Vietnamese letters of the
 * Latin Extended Additional block, for one) loses its accents rather than asking the page for a
 * glyph range that does not exist.
 */

/** The first code point of every glyph range in fonts/glyphs (each range is 256 code points). */
export const GLYPH_RANGES = [
  0, 256, 512, 768, 1536, 1792, 8192, 8448, 64256, 64512, 64768, 65024, 65280,
];

/** Whether the map's fonts have a glyph range for this character. */
export function drawable(char: string): boolean {
  const point = char.codePointAt(0)!;
  return GLYPH_RANGES.includes(point - (point % 256));
}

/** Invisible formatting characters Natural Earth leaves in some names. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g;

/**
 * A name as a label: spaces collapsed, names of several words in capitals ("NORTH PACIFIC
 * OCEAN", not "USA") in title case,
 * and any character the fonts lack replaced by its unaccented letters.
 */
export function labelText(name: string): string {
  const plain = name.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const cased =
    plain === plain.toUpperCase() && /[A-Z]{2} [A-Z]{2}/.test(plain)
      ? plain.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())
      : plain;
  return [...cased]
    .map((char) =>
      drawable(char)
        ? char
        : [...char.normalize('NFD')].filter((c) => !/\p{M}/u.test(c) && drawable(c)).join(''),
    )
    .join('');
}
