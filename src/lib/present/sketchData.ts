import type { FeatureCollection, Geometry } from 'geojson';
import { placeContent, type PlaceContent } from '../map/mapState.ts';
import type { Story } from '../story/types.ts';
import { rewound } from './sketch.ts';

/** What the small SVG maps are drawn from. */
export interface SketchData {
  content: PlaceContent;
  /** The land's polygons, wound as d3-geo wants them. */
  land: Geometry[];
}

let request: Promise<SketchData | undefined> | undefined;

async function json(path: string): Promise<FeatureCollection> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return (await response.json()) as FeatureCollection;
}

/**
 * The places' shapes (geo/places.geojson) and the land of the embedded basemap, loaded once per
 * page; undefined, with the reason logged, when they cannot be loaded.
 */
export function loadSketchData(story: Story): Promise<SketchData | undefined> {
  request ??= Promise.all([json('geo/places.geojson'), json('geo/basemap.geojson')])
    .then(([places, basemap]) => ({
      content: placeContent(story, places),
      land: basemap.features
        .filter((feature) => feature.properties?.['layer'] === 'land')
        .map((feature) => rewound(feature.geometry)),
    }))
    .catch((error: unknown) => {
      console.error('The small maps could not be drawn:', error);
      return undefined;
    });
  return request;
}
