/**
 * The map styles the story and the baseline build in code, serialised, so their size can be
 * counted with the data the first step needs. They travel inside the JS, so the byte tables
 * count them there; only the "first step's GeoJSON and style" budget counts them again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StyleSpecification } from 'maplibre-gl';
import { basemapStyle } from '../src/lib/map/basemapStyle.ts';
import { placeLabels } from '../src/lib/map/mapState.ts';
import { storyLayers, storySources } from '../src/lib/map/storyLayers.ts';
import type { Story } from '../src/lib/story/types.ts';
import { gzipSize, type Size } from './bytes.ts';

const URLS = { data: 'geo/basemap.geojson', glyphs: 'glyphs/{fontstack}/{range}.pbf' };

/** The baseline's style: the basemap alone. */
export function baselineStyle(): StyleSpecification {
  return basemapStyle(URLS);
}

/** The story's style once its layers are added: the basemap, the places and their labels. */
export function storyStyle(story: Story): StyleSpecification {
  const base = basemapStyle(URLS);
  return {
    ...base,
    sources: { ...base.sources, ...storySources('geo/places.geojson', placeLabels(story)) },
    layers: [...base.layers, ...storyLayers()],
  };
}

/** The size of the story's style, for the story built in `root` (read from its story.json). */
export function storyStyleSize(root: string): Size {
  const story = JSON.parse(readFileSync(join(root, 'story.json'), 'utf8')) as Story;
  return gzipSize(JSON.stringify(storyStyle(story)));
}

/** The size of the baseline's style. */
export function baselineStyleSize(): Size {
  return gzipSize(JSON.stringify(baselineStyle()));
}
