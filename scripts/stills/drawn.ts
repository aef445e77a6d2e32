import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { mapStateFor, placeContent } from '../../src/lib/map/mapState.ts';
import type { Step, Story } from '../../src/lib/story/types.ts';
import { STILL_KINDS } from './kinds.ts';

/**
 * What drew a step's picture, as three short hashes, so the build can tell which pictures are
 * older than what they show and say why.
 */
export interface Drawn {
  /** The step's map: camera, highlights, labels, arrows, and the shapes of every place it names. */
  map: string;
  /** The basemap's data. */
  basemap: string;
  /** The code and fonts that draw and frame a picture, MapLibre's version and the sizes. */
  style: string;
}

/** The basemap's files in `geo/`, whose bytes a picture shows: GeoJSON or a PMTiles archive. */
const BASEMAP_FILE = /^(basemap.*\.geojson|.*\.pmtiles)$/;

/** The code that draws a still and frames its step: a change to any may change the pictures. */
export const STYLE_CODE = [
  'src/lib/map/archive.ts',
  'src/lib/map/basemapStyle.ts',
  'src/lib/map/storyLayers.ts',
  'src/lib/map/arrowhead.ts',
  'src/lib/map/palette.ts',
  'src/lib/map/labelStyle.ts',
  'src/lib/map/fit.ts',
  'src/lib/map/applyMapState.ts',
  'src/lib/map/mapState.ts',
  'src/lib/stills/makeStills.ts',
];

/** The map's fonts, whose glyphs draw every label. */
const GLYPHS_DIR = 'fonts/glyphs';

function hash(...parts: (string | Buffer)[]): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('hex').slice(0, 16);
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    )
    .sort();
}

/** The hashes every step shares: the basemap's and the style's, read from the project at `root`. */
export function sharedDrawing(root: string): Pick<Drawn, 'basemap' | 'style'> {
  // A file of the list that has gone (renamed, merged away) counts as a change, not a failure.
  const read = (path: string) =>
    existsSync(resolve(root, path)) ? readFileSync(resolve(root, path)) : `no ${path}`;
  const maplibre = JSON.parse(
    readFileSync(resolve(root, 'node_modules/maplibre-gl/package.json'), 'utf8'),
  ) as { version: string };
  return {
    basemap: hash(
      ...readdirSync(resolve(root, 'geo'))
        .filter((name) => BASEMAP_FILE.test(name))
        .sort()
        .map((name) => read(join('geo', name))),
    ),
    style: hash(
      ...STYLE_CODE.map(read),
      ...files(resolve(root, GLYPHS_DIR)).map((path) => readFileSync(path)),
      `maplibre ${maplibre.version}`,
      JSON.stringify(STILL_KINDS),
    ),
  };
}

/** The ids of the places a step names: framed, highlighted, or at either end of an arrow. */
function namedPlaces(step: Step): string[] {
  const framed = step.camera.kind === 'frame' ? step.camera.places : [];
  const ends = step.annotations.flatMap((arrow) => [arrow.from, arrow.to]);
  return [...new Set([...framed, ...step.highlight, ...ends])].sort();
}

/**
 * What drew each step's pictures, by step id, given the places' shapes and the shared hashes.
 * Pure but for hashing: the same story, places and files give the same hashes.
 */
export function drawnSteps(
  story: Story,
  places: FeatureCollection | undefined,
  shared: Pick<Drawn, 'basemap' | 'style'>,
): Map<string, Drawn> {
  const content = placeContent(story, places);
  const byId = new Map<string, Feature>();
  for (const feature of places?.features ?? []) {
    byId.set(String(feature.id ?? feature.properties?.['id']), feature);
  }
  const drawn = new Map<string, Drawn>();
  for (const step of story.steps) {
    const shapes = namedPlaces(step).map((id) => byId.get(id)?.geometry ?? null);
    const map = hash(JSON.stringify(mapStateFor(step, content)), JSON.stringify(shapes));
    drawn.set(step.id, { map, ...shared });
  }
  return drawn;
}
