import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { checkPlaces } from '../src/lib/geo/validate.ts';
import type { Problem } from '../src/lib/problem.ts';
import { gazetteerFrom, type Gazetteer, type PlaceInfo } from '../src/lib/story/gazetteer.ts';
import { parseStory, type OwnPlaces, type ParseResult } from '../src/lib/story/parse.ts';
import type { Story } from '../src/lib/story/types.ts';
import { addLabelSizes, labelAdvances, undrawableLocalNames } from './label-sizes.ts';

/** The hand-made places file, checked every time a story is. */
export const PLACES_FILE = 'geo/places.geojson';
/** The world gazetteer `npm run geo` builds (and checks): every country, division and town. */
export const WORLD_PLACES_FILE = 'geo/world-places.geojson';

/** The places every story may name, with their features (for the shapes a build ships). */
export interface BuiltInPlaces {
  gazetteer: Gazetteer;
  features: ReadonlyMap<string, Feature>;
  problems: Problem[];
  /** The files read, for a dev server to watch. */
  files: string[];
}

/** What loading a story gives: the parsed story, its problems and the shapes of its places. */
export interface LoadedStory extends ParseResult {
  /** What is worth knowing but does not stop a build: a local name the fonts cannot draw. */
  warnings: Problem[];
  /** The features of the places the story names (built-in or its own), in id order. */
  shapes: FeatureCollection | undefined;
  /** The story's own places file, when it names one, for a dev server to watch. */
  ownPlacesFile: string | undefined;
}

/** The map's glyph ranges, whose advances give the labels' sizes. */
export const GLYPHS_DIR = 'fonts/glyphs';

const as = (path: string) => relative(process.cwd(), path) || path;

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

const cache = new Map<
  string,
  { stamp: number; collection: FeatureCollection; problems: Problem[] }
>();

/**
 * One built-in places file: the hand-made one checked like any places file, the generated
 * gazetteer trusted (its build checked it; checking 4 MB again at every story would take
 * seconds). Each is read once while it does not change.
 */
function readPlacesFile(path: string): { collection?: FeatureCollection; problems: Problem[] } {
  const file = as(path);
  let stamp: number;
  try {
    stamp = statSync(path).mtimeMs;
  } catch {
    const message = `There is no such file; run npm run geo, or check out ${file} again.`;
    return { problems: [{ file, line: 1, column: 1, message }] };
  }
  const cached = cache.get(path);
  if (cached?.stamp === stamp) return cached;
  const text = readFileSync(path, 'utf8');
  const checked =
    path.endsWith(WORLD_PLACES_FILE) && !text.includes('\r')
      ? { value: JSON.parse(text) as FeatureCollection, problems: [] }
      : checkPlaces(text, file);
  if (!checked.value) return { problems: checked.problems };
  const entry = { stamp, collection: checked.value, problems: checked.problems };
  cache.set(path, entry);
  return entry;
}

/** The built-in places from `files` (by default the hand-made ones and the world gazetteer). */
export function readBuiltInPlaces(
  files: readonly string[] = [PLACES_FILE, WORLD_PLACES_FILE],
): BuiltInPlaces {
  const paths = files.map((file) => resolve(file));
  const read = paths.map(readPlacesFile);
  const built = builtInFrom(read.flatMap((file) => file.collection ?? []));
  return { ...built, problems: read.flatMap((file) => file.problems), files: paths };
}

/** Built-in places from collections already read (the first of an id wins). */
export function builtInFrom(collections: readonly FeatureCollection[]): BuiltInPlaces {
  const gazetteer = new Map<string, PlaceInfo>();
  const features = new Map<string, Feature>();
  for (const collection of collections) {
    for (const [id, place] of gazetteerFrom(collection)) {
      if (!gazetteer.has(id)) gazetteer.set(id, place);
    }
    for (const feature of collection.features) {
      const id = String(feature.id ?? feature.properties?.['id']);
      if (!features.has(id)) features.set(id, feature);
    }
  }
  return { gazetteer, features, problems: [], files: [] };
}

/** What a built-in place is, in a few words, for messages: "city, Pakistan". */
function describe(builtIn: BuiltInPlaces, id: string): string | undefined {
  const place = builtIn.gazetteer.get(id);
  if (!place) return undefined;
  return place.country && place.kind !== 'country' ? `${place.kind}, ${place.country}` : place.kind;
}

/** Reads a story's own places file (named relative to the story) and checks it. */
function readOwnPlaces(
  storyPath: string,
  name: string,
  builtIn: BuiltInPlaces,
): OwnPlaces & { collection?: FeatureCollection; path: string } {
  const path = resolve(dirname(storyPath), name);
  const file = as(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    const unreadable = `There is no places file ${file}; create it (a GeoJSON FeatureCollection, see docs/story-format.md) or correct the name.`;
    return { places: undefined, problems: [], unreadable, path };
  }
  const checked = checkPlaces(text, file, {
    required: [],
    taken: (id) => describe(builtIn, id),
  });
  if (!checked.value) return { places: undefined, problems: checked.problems, path };
  // The story is refused while the file has problems, but its usable places still count, so
  // one broken feature does not also make every step that names the others wrong.
  const usable = new Map<string, PlaceInfo>();
  for (const feature of checked.value.features) {
    try {
      for (const [id, place] of gazetteerFrom({ type: 'FeatureCollection', features: [feature] }))
        if (typeof feature.id === 'string' && place.kind) usable.set(id, place);
    } catch {
      // A feature without a usable shape: its problem is already reported.
    }
  }
  return { places: usable, problems: checked.problems, collection: checked.value, path };
}

/** The features of the places a story names, from the built-in files and its own. */
function storyShapes(
  story: Story,
  builtIn: BuiltInPlaces,
  own: FeatureCollection | undefined,
): FeatureCollection {
  const ownById = new Map(
    (own?.features ?? []).map((f) => [String(f.id ?? f.properties?.['id']), f]),
  );
  const features = Object.keys(story.places)
    .sort()
    .flatMap((id) => ownById.get(id) ?? builtIn.features.get(id) ?? []);
  return { type: 'FeatureCollection', features };
}

/**
 * Reads and checks a story script and the places it names, from the project root. Paths in
 * problems are relative to the current directory, as a writer typed them.
 */
export function loadStory(
  storyPath: string,
  builtIn: BuiltInPlaces = readBuiltInPlaces(),
  glyphsDir: string = GLYPHS_DIR,
): LoadedStory {
  const none = { story: undefined, shapes: undefined, ownPlacesFile: undefined, warnings: [] };
  if (builtIn.problems.length > 0) return { ...none, problems: builtIn.problems };
  const storyFile = as(storyPath);
  const storyText = readText(storyPath, storyFile);
  if (storyText.problem) return { ...none, problems: [storyText.problem] };
  let own: ReturnType<typeof readOwnPlaces> | undefined;
  const parsed = parseStory(storyText.text!, storyFile, builtIn.gazetteer, (name) => {
    own = readOwnPlaces(storyPath, name, builtIn);
    return own;
  });
  const warnings: Problem[] = [...parsed.warnings];
  if (parsed.story) {
    const advance = labelAdvances(glyphsDir);
    const at = parsed.labelsAt ?? { line: 1, column: 1 };
    for (const [id, lacking] of undrawableLocalNames(parsed.story, advance)) {
      const place = parsed.story.places[id]!;
      const codes = lacking.map(
        (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      );
      const message = `the local name of '${id}', ${place.local!.name} (${place.local!.lang}), has letters the map's fonts cannot draw (${codes.slice(0, 4).join(', ')}${codes.length > 4 ? ', …' : ''}), so the map labels it in English only. Add the glyph range of those letters to ${as(resolve(glyphsDir))}, or leave ${place.local!.lang} out of labels.`;
      warnings.push({ file: storyFile, ...at, message });
      delete place.local;
    }
    addLabelSizes(parsed.story, advance);
  }
  const shapes = parsed.story && storyShapes(parsed.story, builtIn, own?.collection);
  return { ...parsed, shapes, ownPlacesFile: own?.path, warnings };
}
