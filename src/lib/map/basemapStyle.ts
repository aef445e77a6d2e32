import type { Feature } from 'geojson';
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { fonts, palette } from './palette.ts';

/** Where the offline basemap's files are, as absolute URLs (MapLibre's worker needs them so). */
export interface BasemapUrls {
  /** The basemap GeoJSON. */
  data: string;
  /** The glyph template, with `{fontstack}` and `{range}` left in. */
  glyphs: string;
  /** Credit for what a story draws in the overlay, shown with the basemap's. */
  overlayAttribution?: string;
  /**
   * What the overlay starts with, if not the margin alone: a story's first step, so that the
   * first picture needs one pass of the overlay's tiles rather than two.
   */
  overlay?: Feature[];
  /**
   * Layers drawn over the basemap's: a story's. In the style from the start, they cost MapLibre
   * nothing extra; added once it has loaded, they would have it cut their source's tiles again.
   */
  layers?: LayerSpecification[];
}

/** The region the embedded basemap's data covers: west, south, east, north. */
export const BASEMAP_REGION: [number, number, number, number] = [25, 10, 80, 45];

/**
 * How far the camera may go (west, south, east, north): a margin beyond the region, so that
 * a tall phone screen can still frame wide places. The margin is drawn as plain paper, like the
 * edge of a printed map sheet, rather than as land and sea that simply stop.
 */
export const CAMERA_BOUNDS: [number, number, number, number] = [-20, -20, 120, 65];

/**
 * The source drawn over the basemap. It holds the paper margin outside the region (features with
 * `part: 'margin'`), and a story adds its highlights to it rather than a source of its own:
 * every frame, MapLibre draws a stencil mask over the whole map for each source whose fills or
 * lines it draws, and under software WebGL one more such mask costs as much as a busy layer.
 */
export const OVERLAY_SOURCE = 'overlay';

/** The overlay's highest tile zoom; its tiles are scaled up beyond it. */
export const OVERLAY_MAXZOOM = 4;

/**
 * The overlay source's settings. Its tiles stop at zoom 4 and are scaled up beyond it, so the
 * few shapes it holds fall in fewer, larger tiles (one draw call per layer per tile each frame);
 * zoom 4 keeps coordinates to about 300 m, under a pixel up to zoom 7. Lines are at most 4 px
 * wide, so a narrow buffer keeps shapes out of neighbouring tiles. Line metrics are for the
 * story's faded arrow stubs.
 */
export function overlaySource(
  features: Feature[],
  attribution?: string,
): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features },
    maxzoom: OVERLAY_MAXZOOM,
    buffer: 16,
    lineMetrics: true,
    ...(attribution ? { attribution } : {}),
  };
}

/** The overlay's own features: everything outside the region, as one polygon with the region as its hole. */
export function marginFeatures(): Feature[] {
  return [outsideRegion()];
}

function outsideRegion(): Feature {
  const [w, s, e, n] = BASEMAP_REGION;
  return {
    type: 'Feature',
    properties: { part: 'margin' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [-180, -85],
          [180, -85],
          [180, 85],
          [-180, 85],
          [-180, -85],
        ],
        [
          [w, s],
          [w, n],
          [e, n],
          [e, s],
          [w, s],
        ],
      ],
    },
  };
}

/** Credit shown in the map's attribution control for the embedded basemap. */
export const BASEMAP_ATTRIBUTION =
  'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)';

/** Town ranks shown by zoom; zoom in filters is read at whole zoom levels only. */
const TOWN_RANK: ExpressionSpecification = ['step', ['zoom'], 3, 5, 5, 7, 8];

const isMargin: ExpressionSpecification = ['==', ['get', 'part'], 'margin'];

function layer(name: string): ExpressionSpecification {
  return ['==', ['get', 'layer'], name];
}

/**
 * The embedded basemap: Natural Earth land, water, borders, provinces and towns, drawn in
 * muted colours so the story's highlights and arrows stand out. Needs no network.
 */
export function basemapStyle(urls: BasemapUrls): StyleSpecification {
  return {
    version: 8,
    name: 'Map story offline basemap',
    glyphs: urls.glyphs,
    sources: {
      [OVERLAY_SOURCE]: overlaySource(urls.overlay ?? marginFeatures(), urls.overlayAttribution),
      basemap: {
        type: 'geojson',
        data: urls.data,
        attribution: BASEMAP_ATTRIBUTION,
        tolerance: 0.5,
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'basemap',
        filter: layer('land'),
        paint: { 'fill-color': palette.land },
      },
      {
        id: 'lakes',
        type: 'fill',
        source: 'basemap',
        filter: layer('lake'),
        paint: { 'fill-color': palette.sea },
      },
      {
        id: 'rivers',
        type: 'line',
        source: 'basemap',
        filter: layer('river'),
        paint: {
          'line-color': palette.river,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.4, 8, 1.2],
        },
      },
      {
        id: 'province-borders',
        type: 'line',
        source: 'basemap',
        filter: layer('province-border'),
        minzoom: 3.5,
        paint: {
          'line-color': palette.provinceBorder,
          'line-width': 0.7,
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'disputed-borders',
        type: 'line',
        source: 'basemap',
        // Natural Earth's reference lines (old administrative limits) are not borders.
        filter: ['all', layer('disputed-border'), ['!=', ['get', 'kind'], 'reference-line']],
        paint: { 'line-color': palette.countryBorder, 'line-width': 0.9, 'line-dasharray': [2, 2] },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'basemap',
        filter: layer('country-border'),
        paint: {
          'line-color': palette.countryBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 1.6],
        },
      },
      {
        id: 'outside-region',
        type: 'fill',
        source: OVERLAY_SOURCE,
        filter: isMargin,
        paint: { 'fill-color': palette.outside },
      },
      {
        id: 'region-edge',
        type: 'line',
        source: OVERLAY_SOURCE,
        filter: isMargin,
        paint: { 'line-color': palette.countryBorder, 'line-width': 0.6, 'line-opacity': 0.6 },
      },
      {
        id: 'sea-labels',
        type: 'symbol',
        source: 'basemap',
        filter: layer('sea-label'),
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [...fonts.italic],
          'text-size': 12,
          'text-letter-spacing': 0.08,
          'text-max-width': 7,
        },
        paint: { 'text-color': palette.seaLabel },
      },
      {
        id: 'province-labels',
        type: 'symbol',
        source: 'basemap',
        filter: layer('province-label'),
        minzoom: 4.5,
        layout: {
          'text-field': ['upcase', ['get', 'name']],
          'text-font': [...fonts.regular],
          'text-size': ['interpolate', ['linear'], ['zoom'], 4.5, 9, 8, 12],
          'text-letter-spacing': 0.1,
          'text-max-width': 8,
        },
        paint: {
          'text-color': palette.provinceLabel,
          'text-halo-color': palette.halo,
          'text-halo-width': 1,
        },
      },
      {
        id: 'town-dots',
        type: 'circle',
        source: 'basemap',
        filter: ['all', layer('town'), ['<=', ['get', 'rank'], TOWN_RANK]],
        paint: { 'circle-radius': 2.2, 'circle-color': palette.town },
      },
      {
        id: 'towns',
        type: 'symbol',
        source: 'basemap',
        filter: ['all', layer('town'), ['<=', ['get', 'rank'], TOWN_RANK]],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [...fonts.regular],
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 8, 13],
          'text-anchor': 'left',
          'text-offset': [0.5, 0],
          'text-optional': true,
          'icon-optional': false,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: {
          'text-color': palette.town,
          'text-halo-color': palette.halo,
          'text-halo-width': 1.2,
        },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'basemap',
        filter: layer('country-label'),
        layout: {
          'text-field': ['upcase', ['get', 'name']],
          'text-font': [...fonts.medium],
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 14],
          'text-letter-spacing': 0.12,
          'text-max-width': 8,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: {
          'text-color': palette.countryLabel,
          'text-halo-color': palette.halo,
          'text-halo-width': 1.2,
        },
      },
      ...(urls.layers ?? []),
    ],
  };
}
