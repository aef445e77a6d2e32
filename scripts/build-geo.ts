/**
 * Rebuilds the project's geographic data from the raw data in ../shared/data (or $SHARED_DATA):
 * geo/places.geojson (the hand-made places), geo/world-places.geojson (every country, division
 * and town), geo/basemap.pmtiles (the world's vector tiles), geo/world-land.geojson (the
 * locator's outline), geoBoundaries' metadata and fonts/glyphs. The GeoJSON files are validated
 * before anything is written. With --check it
 * writes nothing: it builds twice and fails if the two builds differ or the committed files are
 * not what it makes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { checkGeoJson, checkPlaces } from '../src/lib/geo/validate.ts';
import { ARCHIVE_PATH } from '../src/lib/map/archive.ts';
import { formatProblem } from '../src/lib/problem.ts';
import { buildArchive } from './geo/archive.ts';
import { detailAreas } from './geo/detail-areas.ts';
import { glyphFiles } from './geo/glyphs.ts';
import { formatCollection } from './geo/io.ts';
import { buildPlaces } from './geo/places.ts';
import { GEOBOUNDARIES_METADATA } from './geo/sources.ts';
import { buildWorldLand } from './geo/world-land.ts';
import { buildWorldPlaces } from './geo/world-places.ts';
import { builtInFrom, PLACES_FILE, WORLD_PLACES_FILE } from './load-story.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(root, process.env['SHARED_DATA'] ?? '../shared/data');

/** The publisher's own statement of the district's licence, kept beside the data. */
const METADATA = `geo/${basename(GEOBOUNDARIES_METADATA)}`;
/** The world's land, small, for the locator globe. */
const WORLD_LAND = 'geo/world-land.geojson';

function checked(text: string, file: string): FeatureCollection {
  const { value, problems } = checkPlaces(text, file);
  if (!value || problems.length > 0) {
    throw new Error(`The built data is not valid:\n${problems.map(formatProblem).join('\n')}`);
  }
  return value;
}

function build(): Map<string, Buffer> {
  const places = formatCollection(buildPlaces(dataDir));
  const curated = checked(places, PLACES_FILE);
  const reserved = new Set(curated.features.map((f) => String(f.id)));
  const worldPlaces = formatCollection(buildWorldPlaces(dataDir, reserved));
  const world = checked(worldPlaces, WORLD_PLACES_FILE);
  // The stories are read against the places just built, so the close-up band follows them.
  const areas = detailAreas(join(root, 'story'), builtInFrom([curated, world]));
  const archive = buildArchive(dataDir, areas);
  const worldLand = formatCollection(buildWorldLand(dataDir));
  const problems = checkGeoJson(worldLand, WORLD_LAND).problems;
  if (problems.length > 0) {
    throw new Error(`The built data is not valid:\n${problems.map(formatProblem).join('\n')}`);
  }
  return new Map([
    [PLACES_FILE, Buffer.from(places)],
    [WORLD_PLACES_FILE, Buffer.from(worldPlaces)],
    [ARCHIVE_PATH, Buffer.from(archive.bytes)],
    [WORLD_LAND, Buffer.from(worldLand)],
    [METADATA, readFileSync(join(dataDir, GEOBOUNDARIES_METADATA))],
    ...glyphFiles(dataDir),
  ]);
}

function check(): string[] {
  const first = build();
  const second = build();
  const complaints: string[] = [];
  for (const [path, bytes] of first) {
    if (!second.get(path)?.equals(bytes)) complaints.push(`${path}: two builds differ.`);
    const committed = join(root, path);
    if (!existsSync(committed) || !readFileSync(committed).equals(bytes)) {
      complaints.push(`${path}: the committed file is not what the build makes; run npm run geo.`);
    }
  }
  return complaints;
}

function write(): void {
  for (const [path, bytes] of build()) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  for (const path of [PLACES_FILE, WORLD_PLACES_FILE, ARCHIVE_PATH, WORLD_LAND]) {
    const bytes = readFileSync(join(root, path));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    console.log(`${path}: ${bytes.length} bytes, ${gzip} bytes gzipped`);
  }
}

for (const folder of ['natural-earth', 'natural-earth-world']) {
  if (!existsSync(join(dataDir, folder))) {
    console.error(
      `No raw data at ${join(dataDir, folder)}. Set SHARED_DATA=/path/to/shared/data and run again.`,
    );
    process.exit(1);
  }
}
if (process.argv.includes('--check')) {
  const complaints = check();
  for (const complaint of complaints) console.error(complaint);
  if (complaints.length > 0) process.exit(1);
  console.log('Geo data is up to date and the build is deterministic.');
} else {
  write();
}
