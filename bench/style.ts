/**
 * The map styles the story and the baseline build in code, serialised, so their size can be
 * counted with the data the first step needs. They travel inside the JS, so the byte tables
 * count them there; only the "first step's GeoJSON and style" budget counts them again.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { basemapStyle } from '../src/lib/map/basemapStyle.ts';
import { PLACES_ATTRIBUTION, storyLayers } from '../src/lib/map/storyLayers.ts';
import { gzipSize, type Size } from './bytes.ts';

const URLS = { archive: 'geo/basemap.pmtiles', glyphs: 'glyphs/{fontstack}/{range}.pbf' };

/** The baseline's style: the basemap alone. */
export function baselineStyle(): StyleSpecification {
  return basemapStyle(URLS);
}

/**
 * The story's style: the basemap (whose overlay source the story draws in) with the story's
 * layers. The page also starts the overlay with the first step's features; they are copies of
 * shapes from geo/places.geojson, already counted with the data.
 */
export function storyStyle(): StyleSpecification {
  return basemapStyle({ ...URLS, overlayAttribution: PLACES_ATTRIBUTION, layers: storyLayers() });
}

/** The size of the story's style. */
export function storyStyleSize(): Size {
  return gzipSize(JSON.stringify(storyStyle()));
}

/** The size of the baseline's style. */
export function baselineStyleSize(): Size {
  return gzipSize(JSON.stringify(baselineStyle()));
}
