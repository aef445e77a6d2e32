/**
 * The world's land as a small outline for the map's locator globe (a 60–80 px inset drawn with
 * d3-geo): Natural Earth 1:110m land, simplified to half a degree, about a pixel at that size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { tidyArea, type Detail } from './shapes.ts';

/** The raw file, in the world folder of the shared data. */
export const WORLD_LAND = 'natural-earth-world/ne_110m_land.geojson.gz';

const DETAIL: Detail = { tolerance: 0.5, precision: 1, minArea: 2 };

/** Every piece of land large enough to see on the globe, as one feature. */
export function buildWorldLand(dataDir: string): Feature[] {
  const raw = JSON.parse(
    gunzipSync(readFileSync(join(dataDir, WORLD_LAND))).toString('utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon>;
  const polygons = raw.features.flatMap((feature) => {
    const shape = tidyArea(feature.geometry, DETAIL);
    if (!shape) return [];
    return shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  });
  return [
    {
      type: 'Feature',
      properties: {
        source: 'Natural Earth 1:110m Land (version 4.0)',
        licence: 'Public domain (Natural Earth)',
      },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    },
  ];
}
