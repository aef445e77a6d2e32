/** Reading raw collections and writing committed ones, one feature per line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { Dataset } from './sources.ts';

/** Reads a dataset's FeatureCollection from the shared data folder. */
export function readCollection(dataDir: string, dataset: Dataset): FeatureCollection {
  const path = join(dataDir, dataset.path);
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isCollection(value)) throw new Error(`${path} is not a GeoJSON FeatureCollection.`);
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
