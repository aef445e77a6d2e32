import type { Feature } from 'geojson';
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import {
  archiveTiles,
  DETAIL_MAXZOOM,
  DETAIL_MINZOOM,
  NAME_LANGUAGES,
  WORLD_MAXZOOM,
} from './archive.ts';
import { fonts, palette } from './palette.ts';
import { baseLanguage } from '../story/placeNames.ts';

/** Where the offline basemap's files are, as absolute URLs (MapLibre's worker needs them so). */
export interface BasemapUrls {
  /** The basemap archive (`geo/basemap.pmtiles`). */
  archive: string;
  /** The glyph template, with `{fontstack}` and `{range}` left in. */
  glyphs: string;
  /** Credit for what a story draws in the overlay, shown with the basemap's. */
  overlayAttribution?: string;
  /**
   * What the overlay starts with: a story's first step, so that the first picture needs one
   * pass of the overlay's tiles rather than two.
   */
  overlay?: Feature[];
  /**
   * Layers drawn over the basemap's: a story's. In the style from the start, they cost MapLibre
   * nothing extra; added once it has loaded, they would have it cut their source's tiles again.
   */
  layers?: LayerSpecification[];
  /** The story's `labels`: with local names, towns, countries and provinces get a second line. */
  labels?: readonly string[];
  /**
   * The story's language (BCP 47): in one the archive has names in (`NAME_LANGUAGES`), towns,
   * countries and provinces are labelled in it where they have a name, in English elsewhere.
   */
  language?: string;
}

/**
 * The source drawn over the basemap, for a story's highlights, labels and arrows. A story adds to
 * it rather than bringing a source of its own: every frame, MapLibre draws a stencil mask over
 * the whole map for each source whose fills or lines it draws, and under software WebGL one more
 * such mask costs as much as a busy layer.
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

/** Credit shown in the map's attribution control for the embedded basemap. */
export const BASEMAP_ATTRIBUTION =
  'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain); districts: <a href="https://www.geoboundaries.org/">geoBoundaries</a>';

/**
 * A label's name in the story's language: `name_fa` in a Persian story where the label has one,
 * its local name where that is in Persian (the archive does not store it twice), else its
 * English `name`.
 */
export function nameIn(language: string | undefined): ExpressionSpecification {
  const base = language && baseLanguage(language);
  if (!base || !NAME_LANGUAGES.includes(base)) return ['get', 'name'];
  return [
    'coalesce',
    ['get', `name_${base}`],
    ['match', ['get', 'lang'], base, ['get', 'name_local'], ['get', 'name']],
  ];
}

/**
 * A label's text: its name (`named`, in English or the story's language), and under it its local
 * name (`name_local`) when the story's `labels` ask for local names in that name's language
 * (`lang`) and it is not the name already shown.
 */
export function localLabel(
  named: ExpressionSpecification,
  labels: readonly string[],
  language?: string,
): ExpressionSpecification {
  const codes = labels.filter((code) => code !== 'en');
  if (codes.length === 0) return named;
  const conditions: ExpressionSpecification[] = [['has', 'name_local']];
  if (!codes.includes('local')) conditions.push(['in', ['get', 'lang'], ['literal', codes]]);
  const own = nameIn(language);
  if (own[0] === 'coalesce') conditions.push(['!=', ['get', 'name_local'], own]);
  const shown: ExpressionSpecification =
    conditions.length === 1 ? conditions[0]! : ['all', ...conditions];
  return ['case', shown, ['format', named, {}, '\n', {}, ['get', 'name_local'], {}], named];
}

/** The world's band of the archive, and its close-up band (see `archive.ts`). */
const WORLD = 'basemap';
const DETAIL = 'detail';

type Band = typeof WORLD | typeof DETAIL;

/** A layer of the archive, in one band or both (the close-up band draws the same features, closer). */
function bands(
  layer: { id: string; type: LayerSpecification['type'] } & Record<string, unknown>,
  sourceLayer: string,
  which: readonly Band[] = [WORLD],
): LayerSpecification[] {
  return which.map(
    (band) =>
      ({
        ...layer,
        id: band === WORLD ? layer.id : `${layer.id}-detail`,
        source: band,
        'source-layer': sourceLayer,
      }) as LayerSpecification,
  );
}

const BOTH: readonly Band[] = [WORLD, DETAIL];

/**
 * The embedded basemap: Natural Earth land, water, borders, provinces and towns for the whole
 * world, drawn in muted colours so the story's highlights and arrows stand out. The sea is the
 * background, so the map has no edge: wherever there is no tile, there is sea. Needs no network.
 */
export function basemapStyle(urls: BasemapUrls): StyleSpecification {
  const tiles = [archiveTiles(urls.archive)];
  const name = (named: ExpressionSpecification) =>
    localLabel(named, urls.labels ?? [], urls.language);
  const own = nameIn(urls.language);
  return {
    version: 8,
    name: 'Map story offline basemap',
    glyphs: urls.glyphs,
    sources: {
      [OVERLAY_SOURCE]: overlaySource(urls.overlay ?? [], urls.overlayAttribution),
      [WORLD]: {
        type: 'vector',
        tiles,
        minzoom: 0,
        maxzoom: WORLD_MAXZOOM,
        attribution: BASEMAP_ATTRIBUTION,
      },
      [DETAIL]: { type: 'vector', tiles, minzoom: DETAIL_MINZOOM, maxzoom: DETAIL_MAXZOOM },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      ...bands({ id: 'land', type: 'fill', paint: { 'fill-color': palette.land } }, 'land'),
      ...bands({ id: 'lakes', type: 'fill', paint: { 'fill-color': palette.sea } }, 'lake', BOTH),
      ...bands(
        {
          id: 'rivers',
          type: 'line',
          paint: {
            'line-color': palette.river,
            'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.4, 8, 1.2],
          },
        },
        'river',
        BOTH,
      ),
      ...bands(
        {
          id: 'province-borders',
          type: 'line',
          minzoom: 3.5,
          paint: {
            'line-color': palette.provinceBorder,
            'line-width': 0.7,
            'line-dasharray': [3, 2],
          },
        },
        'province-border',
      ),
      ...bands(
        {
          id: 'district-borders',
          type: 'line',
          paint: {
            'line-color': palette.provinceBorder,
            'line-width': 0.5,
            'line-dasharray': [1, 2],
          },
        },
        'district-border',
        [DETAIL],
      ),
      ...bands(
        {
          id: 'disputed-borders',
          type: 'line',
          // Natural Earth's reference lines (old administrative limits) are not borders.
          filter: ['!=', ['get', 'kind'], 'reference-line'],
          paint: {
            'line-color': palette.countryBorder,
            'line-width': 0.9,
            'line-dasharray': [2, 2],
          },
        },
        'disputed-border',
      ),
      ...bands(
        {
          id: 'country-borders',
          type: 'line',
          paint: {
            'line-color': palette.countryBorder,
            'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 3, 0.8, 8, 1.6],
          },
        },
        'country-border',
      ),
      ...bands(
        {
          id: 'sea-labels',
          type: 'symbol',
          layout: {
            'text-field': ['get', 'name'],
            'text-font': [...fonts.italic],
            'text-size': ['case', ['<=', ['get', 'rank'], 1], 12, 11],
            'text-letter-spacing': 0.08,
            'text-max-width': 7,
            'symbol-sort-key': ['get', 'rank'],
          },
          paint: { 'text-color': palette.seaLabel },
        },
        'sea-label',
      ),
      ...bands(
        {
          id: 'region-labels',
          type: 'symbol',
          layout: {
            'text-field': ['get', 'name'],
            'text-font': [...fonts.italic],
            'text-size': 10,
            'text-max-width': 7,
          },
          paint: {
            'text-color': palette.provinceLabel,
            'text-halo-color': palette.halo,
            'text-halo-width': 1,
          },
        },
        'region-label',
      ),
      ...bands(
        {
          id: 'province-labels',
          type: 'symbol',
          minzoom: 4.5,
          layout: {
            'text-field': name(['upcase', own]),
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
        'province-label',
      ),
      ...bands(
        {
          id: 'district-labels',
          type: 'symbol',
          layout: {
            'text-field': ['get', 'name'],
            'text-font': [...fonts.italic],
            'text-size': 10,
            'text-max-width': 8,
          },
          paint: {
            'text-color': palette.provinceLabel,
            'text-halo-color': palette.halo,
            'text-halo-width': 1,
          },
        },
        'district-label',
        [DETAIL],
      ),
      ...bands(
        {
          id: 'town-dots',
          type: 'circle',
          paint: { 'circle-radius': 2.2, 'circle-color': palette.town },
        },
        'town',
        BOTH,
      ),
      ...bands(
        {
          id: 'towns',
          type: 'symbol',
          layout: {
            'text-field': name(own),
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
        'town',
        BOTH,
      ),
      ...bands(
        {
          id: 'country-labels',
          type: 'symbol',
          layout: {
            'text-field': name(['upcase', own]),
            'text-font': [...fonts.medium],
            'text-size': ['interpolate', ['linear'], ['zoom'], 1, 9, 3, 10, 7, 14],
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
        'country-label',
      ),
      ...(urls.layers ?? []),
    ],
  };
}

/** A label layer's text with local names, put off until the first picture is up. */
export type LaterText = [layer: string, textField: unknown];

/**
 * The style with its labels in English only, and the local names' texts to set once the first
 * picture is up (`map.setLayoutProperty(layer, 'text-field', text)`): the Arabic-script glyphs
 * and the second lines' layout then never hold up the first picture. A label with a local name
 * reads `['case', has-local-name, english + local, english]`, so its English is the last part.
 */
export function localNamesLater(style: StyleSpecification): {
  style: StyleSpecification;
  later: LaterText[];
} {
  const later: LaterText[] = [];
  const layers = style.layers.map((layer) => {
    const field = layer.type === 'symbol' ? layer.layout?.['text-field'] : undefined;
    if (
      !Array.isArray(field) ||
      field[0] !== 'case' ||
      !JSON.stringify(field).includes('name_local')
    )
      return layer;
    later.push([layer.id, field]);
    return { ...layer, layout: { ...layer.layout, 'text-field': field.at(-1) } } as typeof layer;
  });
  return { style: { ...style, layers }, later };
}
