/** The map's glyph ranges and their font licence, copied from the shared data unchanged. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The font stacks the map styles use. */
export const FONT_STACKS = ['Noto Sans Regular', 'Noto Sans Medium', 'Noto Sans Italic'] as const;

/** Every glyph file and OFL.txt, keyed by their path under the repository root. */
export function glyphFiles(dataDir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const stack of FONT_STACKS) {
    const from = join(dataDir, 'glyphs', stack);
    const ranges = readdirSync(from)
      .filter((name) => name.endsWith('.pbf'))
      .sort();
    if (ranges.length === 0) throw new Error(`No glyph ranges (*.pbf) in ${from}.`);
    for (const name of ranges) {
      files.set(`fonts/glyphs/${stack}/${name}`, readFileSync(join(from, name)));
    }
  }
  files.set('fonts/glyphs/OFL.txt', readFileSync(join(dataDir, 'glyphs', 'OFL.txt')));
  return files;
}
