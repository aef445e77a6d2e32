import type { Feature, FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  LayerSpecification,
  Map as MapLibreMap,
  SourceSpecification,
} from 'maplibre-gl';
import { arrowheadImage } from './arrowhead.ts';
import { OVERLAY_SOURCE, overlaySource } from './basemapStyle.ts';
import { ARROW_LABEL, ARROW_LABEL_OFFSET, PLACE_LABEL, POINT_LABEL_OFFSET } from './labelStyle.ts';
import { fonts, palette } from './palette.ts';

/** Credit for the story's own places. */
export const PLACES_ATTRIBUTION =
  'Places: Natural Earth; Panjgur district: <a href="https://www.geoboundaries.org/">geoBoundaries</a> (Runfola et al. 2020)';

/** What a feature of the story's source is: a place's shape, a place's label, or part of an arrow. */
export type StoryPart = 'place' | 'label' | 'arrow';

// The story draws in the basemap's overlay source (see `OVERLAY_SOURCE`), or brings a source of
// that id itself on an online style.
const partIs = (part: StoryPart): ExpressionSpecification => ['==', ['get', 'part'], part];
const isArrow = partIs('arrow');
const isMovement: ExpressionSpecification = ['all', isArrow, ['==', ['get', 'kind'], 'movement']];
const role = (name: string): ExpressionSpecification => ['==', ['get', 'role'], name];
/** The features of one role (stub, label) of one kind of arrow. */
const arrowPart = (kind: 'strike' | 'movement', name: string): ExpressionSpecification => [
  'all',
  isArrow,
  ['==', ['get', 'kind'], kind],
  role(name),
];
// Primer features (see `primerFeatures`) are drawn fully transparent by every story layer.
const isPrimer: ExpressionSpecification = ['has', 'primer'];
const unlessPrimer = (opacity: number | ExpressionSpecification): ExpressionSpecification => [
  'case',
  isPrimer,
  0,
  opacity,
];
const geometryIs = (...types: string[]): ExpressionSpecification => [
  'match',
  ['geometry-type'],
  types,
  true,
  false,
];

/**
 * The overlay's features for a step: the step's places, labels and arrows, each tagged with its
 * part, after the features the overlay keeps (the basemap's margin).
 */
export function storyFeatures(
  parts: Record<StoryPart, FeatureCollection>,
  keep: Feature[] = [],
): FeatureCollection {
  const features = (Object.keys(parts) as StoryPart[]).flatMap((part) =>
    parts[part].features.map((feature): Feature => ({
      ...feature,
      properties: { ...feature.properties, part },
    })),
  );
  return { type: 'FeatureCollection', features: [...keep, ...features] };
}

function stub(kind: 'strike' | 'movement', colour: string): LayerSpecification {
  return {
    id: `story-arrow-stub-${kind}`,
    type: 'line',
    source: OVERLAY_SOURCE,
    filter: arrowPart(kind, 'stub'),
    layout: { 'line-cap': 'round' },
    paint: {
      'line-width': 4,
      'line-gradient': ['interpolate', ['linear'], ['line-progress'], 0, `${colour}00`, 1, colour],
      'line-opacity': unlessPrimer(1),
    },
  };
}

/**
 * An arrow's label, in the arrow's colour: a layer per colour, because a colour that varied by
 * feature would need a shader of its own, where these share the place labels'.
 */
function arrowLabels(kind: 'strike' | 'movement', colour: string): LayerSpecification {
  return {
    id: `story-arrow-labels-${kind}`,
    type: 'symbol',
    source: OVERLAY_SOURCE,
    filter: arrowPart(kind, 'label'),
    layout: {
      'text-field': ['get', 'label'],
      'text-font': [...fonts.medium],
      'text-size': ARROW_LABEL.size,
      // Above an arc's middle; beyond a stub's tail (see arrowLabelPlacement).
      'text-anchor': ['get', 'anchor'],
      'text-offset': ['get', 'offset'],
      'text-max-width': ARROW_LABEL.maxWidth,
    },
    paint: {
      'text-color': colour,
      'text-halo-color': '#ffffff',
      'text-halo-width': ARROW_LABEL.halo,
      'text-opacity': unlessPrimer(1),
    },
  };
}

/** The story's source where a style has no overlay (an online style), empty until a step fills it. */
export function storySources(): Record<string, SourceSpecification> {
  return { [OVERLAY_SOURCE]: overlaySource([], PLACES_ATTRIBUTION) };
}

/**
 * The story's layers, drawn over any basemap; every highlight starts hidden. Outlines and arcs
 * share a layer, styled by their properties; the border has one in constant paint (see there);
 * the faded stubs keep a layer per colour because a line gradient cannot vary by feature. Every
 * layer whose paint varies by feature also draws the primers transparent (`primerFeatures`).
 */
export function storyLayers(): LayerSpecification[] {
  return [
    {
      id: 'story-area-fill',
      type: 'fill',
      source: OVERLAY_SOURCE,
      filter: ['all', partIs('place'), geometryIs('Polygon', 'MultiPolygon')],
      // The outline drawn over it hides the edge: no antialiasing pass needed.
      paint: {
        'fill-color': palette.strike,
        'fill-opacity': unlessPrimer(0.13),
        'fill-antialias': false,
      },
    },
    {
      // The border alone, in constant paint: MapLibre's plain line shader, which the basemap's
      // own lines have compiled by then, so the first step (the border) needs no shader of its own.
      id: 'story-border',
      type: 'line',
      source: OVERLAY_SOURCE,
      filter: ['all', partIs('place'), geometryIs('LineString', 'MultiLineString')],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.strike, 'line-width': 3, 'line-opacity': 0.85 },
    },
    {
      id: 'story-lines',
      type: 'line',
      source: OVERLAY_SOURCE,
      filter: [
        'any',
        ['all', partIs('place'), geometryIs('Polygon', 'MultiPolygon')],
        ['all', isArrow, role('arc')],
      ],
      layout: {
        'line-cap': ['case', isArrow, 'round', 'butt'],
        'line-join': 'round',
        // Arcs over outlines (and both over the border, drawn first).
        'line-sort-key': ['case', isArrow, 1, 0],
      },
      paint: {
        'line-color': ['case', isMovement, palette.movement, palette.strike],
        'line-width': ['case', isArrow, 3, 2],
        'line-opacity': unlessPrimer(1),
        'line-dasharray': ['case', isMovement, ['literal', [2, 1.5]], ['literal', [1, 0]]],
      },
    },
    stub('strike', palette.strike),
    stub('movement', palette.movement),
    {
      id: 'story-points',
      type: 'circle',
      source: OVERLAY_SOURCE,
      filter: ['all', partIs('place'), geometryIs('Point')],
      paint: {
        'circle-radius': 6,
        'circle-color': palette.strike,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
        'circle-opacity': unlessPrimer(1),
        'circle-stroke-opacity': unlessPrimer(1),
      },
    },
    {
      id: 'story-arrowheads',
      type: 'symbol',
      source: OVERLAY_SOURCE,
      filter: ['all', isArrow, role('head')],
      layout: {
        'icon-image': ['concat', 'story-arrowhead-', ['get', 'kind']],
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': unlessPrimer(1) },
    },
    {
      id: 'story-labels',
      type: 'symbol',
      source: OVERLAY_SOURCE,
      filter: partIs('label'),
      layout: {
        // A place's local name, when the story asks for it, is its label's second line.
        'text-field': [
          'case',
          ['has', 'name_local'],
          ['format', ['get', 'name'], {}, '\n', {}, ['get', 'name_local'], {}],
          ['get', 'name'],
        ],
        'text-font': [...fonts.medium],
        'text-size': PLACE_LABEL.size,
        'text-anchor': ['case', ['get', 'area'], 'center', 'top'],
        'text-offset': [
          'case',
          ['get', 'area'],
          ['literal', [0, 0]],
          ['literal', [0, POINT_LABEL_OFFSET]],
        ],
        'text-max-width': PLACE_LABEL.maxWidth,
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': palette.ink,
        'text-halo-color': '#ffffff',
        'text-halo-width': PLACE_LABEL.halo,
        'text-opacity': unlessPrimer(1),
      },
    },
    arrowLabels('strike', palette.strike),
    arrowLabels('movement', palette.movement),
  ];
}

/**
 * The primers' text. Only a label with a glyph to draw makes MapLibre compile the text shader, so
 * the build keeps this letter's glyph whatever the story's names are (see `glyphsToKeep`): a story
 * whose labels had no "x" compiled it in the middle of its first flight that showed a label.
 */
export const PRIMER_TEXT = 'x';

/**
 * One transparent feature for each kind of story layer, all at `at`: drawn once, they make
 * MapLibre compile every shader the story needs while a step is read, instead of in the middle of
 * the first flight that shows an arrow or a label (a stall of several hundred milliseconds under
 * software WebGL). Put them off screen, where their labels hide no other.
 */
export function primerFeatures(at: [number, number]): Record<StoryPart, Feature[]> {
  const [lon, lat] = at;
  const d = 0.01;
  const point = { type: 'Point' as const, coordinates: at };
  const feature = (
    properties: Record<string, unknown>,
    geometry: Feature['geometry'],
  ): Feature => ({
    type: 'Feature',
    properties: { ...properties, primer: true },
    geometry,
  });
  const square = [
    [lon, lat],
    [lon + d, lat],
    [lon + d, lat + d],
    [lon, lat + d],
    [lon, lat],
  ];
  const line = [
    [lon, lat],
    [lon + d, lat + d],
  ];
  return {
    place: [feature({}, { type: 'Polygon', coordinates: [square] }), feature({}, point)],
    label: [feature({ name: PRIMER_TEXT, area: false }, point)],
    arrow: (['strike', 'movement'] as const).flatMap((kind) => [
      feature({ role: 'stub', kind }, { type: 'LineString', coordinates: line }),
      feature({ role: 'head', kind, bearing: 0 }, point),
      feature(
        {
          role: 'label',
          kind,
          label: PRIMER_TEXT,
          anchor: 'bottom',
          offset: [0, -ARROW_LABEL_OFFSET],
        },
        point,
      ),
    ]),
  };
}

/** Adds the story's images and layers (and its source, if the style has no overlay) to a map whose style has loaded. */
export function addStoryLayers(map: MapLibreMap): void {
  for (const kind of ['strike', 'movement'] as const) {
    const id = `story-arrowhead-${kind}`;
    if (!map.hasImage(id))
      map.addImage(id, arrowheadImage(kind === 'strike' ? palette.strike : palette.movement), {
        pixelRatio: 2,
      });
  }
  for (const [id, source] of Object.entries(storySources())) {
    if (!map.getSource(id)) map.addSource(id, source);
  }
  for (const layer of storyLayers()) {
    if (!map.getLayer(layer.id)) map.addLayer(layer);
  }
}
