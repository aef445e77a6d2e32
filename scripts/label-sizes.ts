import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARROW_LABEL, labelSize, PLACE_LABEL, type Advance } from '../src/lib/map/labelStyle.ts';
import type { Story } from '../src/lib/story/types.ts';
import { glyphAdvances } from './glyph-subset.ts';
import { shapeArabic } from './rtl-shaping.ts';

/** The font the story's labels are set in (`fonts.medium` in src/lib/map/palette.ts). */
const LABEL_FONT = 'Noto Sans Medium';

/** The advances of every glyph of the labels' font, from its glyph ranges. */
export function labelAdvances(glyphsDir: string): Advance {
  const dir = join(glyphsDir, LABEL_FONT);
  const advances = new Map<number, number>();
  if (existsSync(dir)) {
    for (const range of readdirSync(dir).filter((name) => name.endsWith('.pbf'))) {
      for (const [id, advance] of glyphAdvances(readFileSync(join(dir, range)))) {
        advances.set(id, advance);
      }
    }
  }
  return (codePoint) => advances.get(codePoint);
}

/**
 * The story's local names the map's label font cannot draw (a letter without a glyph), each
 * with the letters it lacks. Those places are labelled in English only: `dropUndrawable`.
 */
export function undrawableLocalNames(story: Story, advance: Advance): Map<string, string[]> {
  const missing = new Map<string, string[]>();
  for (const [id, place] of Object.entries(story.places)) {
    if (!place.local) continue;
    const lacking = [...new Set(shapeArabic(place.local.name))].filter(
      (char) => !/\s|\u200c|\u200d/.test(char) && advance(char.codePointAt(0)!) === undefined,
    );
    if (lacking.length > 0) missing.set(id, lacking);
  }
  return missing;
}

/**
 * Adds the size of each label the map may draw for the story (place names, arrow labels), so
 * the page can frame a step with its labels inside the part of the map the text leaves clear.
 */
export function addLabelSizes(story: Story, advance: Advance): void {
  for (const place of Object.values(story.places)) {
    if (place.kind === 'border') continue;
    // A local name is a line of its own under the English one, drawn shaped.
    // A name in a story's own language may be in Arabic script too (see placeNames.ts).
    const name = shapeArabic(place.name);
    const text = place.local ? `${name}\n${shapeArabic(place.local.name)}` : name;
    place.label = labelSize(text, PLACE_LABEL, advance);
  }
  for (const step of story.steps) {
    for (const arrow of step.annotations) {
      arrow.labelSize = labelSize(shapeArabic(arrow.label), ARROW_LABEL, advance);
    }
  }
}
