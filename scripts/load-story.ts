import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { checkPlaces } from '../src/lib/geo/validate.ts';
import type { Problem } from '../src/lib/problem.ts';
import { gazetteerFrom } from '../src/lib/story/gazetteer.ts';
import { parseStory, type ParseResult } from '../src/lib/story/parse.ts';
import { addLabelSizes, labelAdvances } from './label-sizes.ts';

/** The places file every story is checked against. */
export const PLACES_FILE = 'geo/places.geojson';

/** The map's glyph ranges, whose advances give the labels' sizes. */
export const GLYPHS_DIR = 'fonts/glyphs';

function readText(path: string, file: string): { text?: string; problem?: Problem } {
  const at = (message: string) => ({ problem: { file, line: 1, column: 1, message } });
  try {
    if (statSync(path).isDirectory())
      return at('This is a folder, not a story file; name a .md file.');
    return { text: new TextDecoder('utf-8').decode(readFileSync(path)) };
  } catch {
    return at('There is no such file; check the path.');
  }
}

/**
 * Reads and checks a story script and the places it names, from the project root. Paths in
 * problems are relative to the current directory, as a writer typed them.
 */
export function loadStory(
  storyPath: string,
  placesPath: string = PLACES_FILE,
  glyphsDir: string = GLYPHS_DIR,
): ParseResult {
  const storyFile = relative(process.cwd(), storyPath) || storyPath;
  const placesFile = relative(process.cwd(), placesPath) || placesPath;
  const placesText = readText(placesPath, placesFile);
  if (placesText.problem) return { story: undefined, problems: [placesText.problem] };
  const places = checkPlaces(placesText.text!, placesFile);
  if (!places.value) return { story: undefined, problems: places.problems };
  const storyText = readText(storyPath, storyFile);
  if (storyText.problem)
    return { story: undefined, problems: [...places.problems, storyText.problem] };
  const parsed = parseStory(storyText.text!, storyFile, gazetteerFrom(places.value));
  if (parsed.story) addLabelSizes(parsed.story, labelAdvances(glyphsDir));
  return { story: parsed.story, problems: [...places.problems, ...parsed.problems] };
}
