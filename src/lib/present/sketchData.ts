import type { FeatureCollection, Geometry } from 'geojson';
import { placeContent, type PlaceContent } from '../map/mapState.ts';
import type { Step, Story } from '../story/types.ts';
import type { Sketch } from './sketch.ts';

/** What the small SVG maps are drawn from. */
export interface SketchData {
  /** Draws a step in a `width` × `height` box (d3-geo, loaded with the data). */
  draw: (step: Step, width: number, height: number) => Sketch;
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
 * The places' shapes (geo/places.geojson) and the world's land (geo/world-land.geojson, Natural
 * Earth 1:110m, the locator's outline), loaded once per page; undefined, with the reason logged,
 * when they cannot be loaded.
 */
export function loadSketchData(story: Story): Promise<SketchData | undefined> {
  // d3-geo comes with the data, so a reader's first screen does not carry it.
  request ??= Promise.all([
    json('geo/places.geojson'),
    json('geo/world-land.geojson'),
    import('./sketch.ts'),
  ])
    .then(([places, world, { rewound, sketchStep }]) => {
      const content = placeContent(story, places);
      const land = world.features.map((feature) => rewound(feature.geometry));
      const draw = (step: Step, width: number, height: number) =>
        sketchStep(step, story, content, land, width, height);
      return { draw, content, land };
    })
    .catch((error: unknown) => {
      console.error('The small maps could not be drawn:', error);
      return undefined;
    });
  return request;
}
