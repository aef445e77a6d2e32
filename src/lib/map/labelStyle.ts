/**
 * How the story's own labels are set, shared by the map's style (`storyLayers`) and by the
 * framing, which keeps each label's box inside the part of the map the text leaves clear.
 */
export interface LabelStyle {
  /** Text size in pixels. */
  size: number;
  /** Lines wrap at this width, in ems (MapLibre's `text-max-width`). */
  maxWidth: number;
  /** Halo width in pixels, drawn around every glyph. */
  halo: number;
}

/** Names of highlighted places. */
export const PLACE_LABEL: LabelStyle = { size: 14, maxWidth: 9, halo: 2 };

/** Labels of strikes and movements. */
export const ARROW_LABEL: LabelStyle = { size: 13, maxWidth: 10, halo: 2 };

/** A point place's name sits this many ems below its dot. */
export const POINT_LABEL_OFFSET = 0.7;

/** An arrow's label sits this many ems above its anchor. */
export const ARROW_LABEL_OFFSET = 0.6;

/** MapLibre's default line height, in ems. */
export const LINE_HEIGHT = 1.2;

/** Radius of a highlighted point place's dot, with its white rim, in pixels. */
export const POINT_RADIUS = 8;

/** Half the side of an arrowhead's image as drawn, in pixels. */
export const ARROWHEAD_HALF = 11;

/** A label's size in pixels at its style's text size. */
export interface LabelSize {
  width: number;
  height: number;
}

/** How wide a character is, in ems, or undefined when the font lacks it. */
export type Advance = (codePoint: number) => number | undefined;

/** Width assumed for a character no glyph file describes, in ems. */
const FALLBACK_ADVANCE = 0.62;

/**
 * The box a label takes on the map: its lines wrapped as MapLibre wraps them (balanced lines no
 * wider than `maxWidth` where the words allow), each character as wide as its glyph's advance.
 */
export function labelSize(text: string, style: LabelStyle, advance: Advance): LabelSize {
  const width = (word: string) =>
    [...word].reduce((sum, char) => sum + (advance(char.codePointAt(0)!) ?? FALLBACK_ADVANCE), 0);
  const space = width(' ');
  // A line break starts a paragraph of its own, wrapped on its own (a label's local name).
  const paragraphs = text.split('\n').map((paragraph) => wrap(paragraph, style, width, space));
  const widest = Math.max(...paragraphs.flatMap((lines) => lines));
  const lineCount = paragraphs.reduce((sum, lines) => sum + lines.length, 0);
  return {
    width: Math.ceil(widest * style.size + 2 * style.halo),
    height: Math.ceil(lineCount * LINE_HEIGHT * style.size + 2 * style.halo),
  };
}

/** One paragraph's lines, each as wide as its words, in ems. */
function wrap(
  text: string,
  style: LabelStyle,
  width: (word: string) => number,
  space: number,
): number[] {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const total = words.reduce((sum, word, i) => sum + width(word) + (i > 0 ? space : 0), 0);
  const lineCount = Math.max(1, Math.ceil(total / style.maxWidth));
  const target = total / lineCount;
  // Greedy lines towards the balanced width: a word starts a new line when more than half of
  // it would stick out past the target.
  const lines: number[] = [0];
  for (const word of words) {
    const current = lines.at(-1)!;
    const added = current === 0 ? width(word) : current + space + width(word);
    if (current > 0 && added - width(word) / 2 > target) lines.push(width(word));
    else lines[lines.length - 1] = added;
  }
  return lines;
}
