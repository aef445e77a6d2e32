import type { FeatureCollection } from 'geojson';
import type {
  FilterSpecification,
  LayerSpecification,
  Map as MapLibreMap,
  SourceSpecification,
} from 'maplibre-gl';
import { arrowheadImage } from './arrowhead.ts';
import { fonts, palette } from './palette.ts';

/** Credit for the story's own places. */
export const PLACES_ATTRIBUTION =
  'Places: Natural Earth; Panjgur district: <a href="https://www.geoboundaries.org/">geoBoundaries</a> (Runfola et al. 2020)';

/** Ids of the story's sources; each holds only what the active step shows. */
export const STORY_SOURCES = {
  places: 'story-places',
  labels: 'story-labels',
  arrows: 'story-arrows',
};

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const isArea: FilterSpecification = [
  'match',
  ['geometry-type'],
  ['Polygon', 'MultiPolygon'],
  true,
  false,
];
const isLine: FilterSpecification = [
  'match',
  ['geometry-type'],
  ['LineString', 'MultiLineString'],
  true,
  false,
];
const isPoint: FilterSpecification = ['==', ['geometry-type'], 'Point'];

function stub(kind: 'strike' | 'movement', colour: string): LayerSpecification {
  return {
    id: `story-arrow-stub-${kind}`,
    type: 'line',
    source: STORY_SOURCES.arrows,
    filter: ['all', ['==', ['get', 'kind'], kind], ['==', ['get', 'role'], 'stub']],
    layout: { 'line-cap': 'round' },
    paint: {
      'line-width': 4,
      'line-gradient': ['interpolate', ['linear'], ['line-progress'], 0, `${colour}00`, 1, colour],
    },
  };
}

function arc(kind: 'strike' | 'movement', colour: string): LayerSpecification {
  return {
    id: `story-arrow-arc-${kind}`,
    type: 'line',
    source: STORY_SOURCES.arrows,
    filter: ['all', ['==', ['get', 'kind'], kind], ['==', ['get', 'role'], 'arc']],
    layout: { 'line-cap': 'round' },
    paint: {
      'line-width': 3,
      'line-color': colour,
      'line-dasharray': kind === 'movement' ? [2, 1.5] : [1, 0],
    },
  };
}

/** The story's sources, all empty until a step fills them. */
export function storySources(): Record<string, SourceSpecification> {
  return {
    [STORY_SOURCES.places]: { type: 'geojson', data: EMPTY, attribution: PLACES_ATTRIBUTION },
    [STORY_SOURCES.labels]: { type: 'geojson', data: EMPTY },
    [STORY_SOURCES.arrows]: { type: 'geojson', data: EMPTY, lineMetrics: true },
  };
}

/** The story's layers, drawn over any basemap; every highlight starts hidden. */
export function storyLayers(): LayerSpecification[] {
  const places = STORY_SOURCES.places;
  return [
    {
      id: 'story-area-fill',
      type: 'fill',
      source: places,
      filter: isArea,
      paint: { 'fill-color': palette.strike, 'fill-opacity': 0.13 },
    },
    {
      id: 'story-area-outline',
      type: 'line',
      source: places,
      filter: isArea,
      paint: { 'line-color': palette.strike, 'line-width': 2 },
    },
    {
      id: 'story-border',
      type: 'line',
      source: places,
      filter: isLine,
      paint: { 'line-color': palette.strike, 'line-width': 3, 'line-opacity': 0.85 },
    },
    stub('strike', palette.strike),
    stub('movement', palette.movement),
    arc('strike', palette.strike),
    arc('movement', palette.movement),
    {
      id: 'story-points',
      type: 'circle',
      source: places,
      filter: isPoint,
      paint: {
        'circle-radius': 6,
        'circle-color': palette.strike,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'story-arrowheads',
      type: 'symbol',
      source: STORY_SOURCES.arrows,
      filter: ['==', ['get', 'role'], 'head'],
      layout: {
        'icon-image': ['concat', 'story-arrowhead-', ['get', 'kind']],
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: 'story-labels',
      type: 'symbol',
      source: STORY_SOURCES.labels,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [...fonts.medium],
        'text-size': 14,
        'text-anchor': ['case', ['get', 'area'], 'center', 'top'],
        'text-offset': ['case', ['get', 'area'], ['literal', [0, 0]], ['literal', [0, 0.7]]],
        'text-max-width': 9,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': palette.ink, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    {
      id: 'story-arrow-labels',
      type: 'symbol',
      source: STORY_SOURCES.arrows,
      filter: ['==', ['get', 'role'], 'label'],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [...fonts.medium],
        'text-size': 13,
        'text-anchor': 'bottom',
        'text-offset': [0, -0.6],
        'text-max-width': 10,
      },
      paint: {
        'text-color': ['match', ['get', 'kind'], 'strike', palette.strike, palette.movement],
        'text-halo-color': '#ffffff',
        'text-halo-width': 2,
      },
    },
  ];
}

/** Adds the story's sources, images and layers to a map whose style has loaded. */
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
