/** Reading raw collections and writing committed ones, one feature per line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Feature, FeatureCollection } from 'geojson';
import type { Dataset } from './sources.ts';

const cache = new Map<string, FeatureCollection>();

/**
 * Reads a dataset's FeatureCollection from the shared data folder (gzipped when its name ends in
 * `.gz`). Each file is parsed once per run: the world's files are large, and several parts of
 * the build read the same ones. Callers must not change what they get.
 */
export function readCollection(dataDir: string, dataset: Dataset): FeatureCollection {
  const path = join(dataDir, dataset.path);
  const cached = cache.get(path);
  if (cached) return cached;
  const bytes = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const value: unknown = JSON.parse(text);
  if (!isCollection(value)) throw new Error(`${path} is not a GeoJSON FeatureCollection.`);
  cache.set(path, value);
  return value;
}

function isCollection(value: unknown): value is FeatureCollection {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features)
  );
}

/**
 * Serialises features as a FeatureCollection with one feature per line, so that a line number
 * names a feature and diffs show which features changed.
 */
export function formatCollection(features: readonly Feature[]): string {
  const lines = features.map((feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** Finds the one feature matching `test`, failing the build loudly if there is none or several. */
export function only(collection: FeatureCollection, what: string, test: (f: Feature) => boolean) {
  const found = collection.features.filter(test);
  if (found.length !== 1) throw new Error(`Expected one ${what}, found ${found.length}.`);
  return found[0] as Feature;
}

/** A property of a Natural Earth feature, whatever the case of its key (it varies by file). */
export function prop(feature: Feature, key: string): unknown {
  const properties = feature.properties ?? {};
  return properties[key] ?? properties[key.toUpperCase()] ?? properties[key.toLowerCase()];
}

/** A property as text ('' when absent). */
export function text(feature: Feature, key: string): string {
  const value = prop(feature, key);
  return value === null || value === undefined ? '' : String(value);
}
