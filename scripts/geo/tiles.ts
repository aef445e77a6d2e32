/**
 * Cuts vector tiles with the libraries MapLibre itself uses: one `@maplibre/geojson-vt` index
 * per layer, several layers per tile, encoded by `@maplibre/vt-pbf` and gzipped.
 */
import { GeoJSONVT, type GeoJSONVTFeature, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature } from 'geojson';
import type { LayerName, Layers } from './basemap.ts';
import { gzip, type TileInput } from './pmtiles-writer.ts';

/** Tile extent in MVT units; 4096 over a 512-pixel tile is 8 units a pixel. */
export const EXTENT = 4096;

/** A tile address: zoom, column, row. */
export type TileAddress = [z: number, x: number, y: number];

/**
 * The zoom to which geojson-vt keeps shapes exactly; below it each zoom is simplified by its
 * default 3 units (under half a pixel). Beyond the zooms cut, so every tile cut is simplified.
 */
const INDEX_MAXZOOM = 14;

/** Every tile address of the zooms `from` to `to`, inclusive. */
export function everyTile(from: number, to: number): TileAddress[] {
  const addresses: TileAddress[] = [];
  for (let z = from; z <= to; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) addresses.push([z, x, y]);
    }
  }
  return addresses;
}

function keepAt(z: number, features: GeoJSONVTFeature[]): GeoJSONVTFeature[] {
  return features.flatMap((feature) => {
    const { minzoom, ...tags } = feature.tags as Record<string, unknown>;
    if (Number(minzoom ?? 0) > z) return [];
    return [{ ...feature, tags }];
  });
}

/** The indexes of a set of layers, built once and asked for many tiles. */
export class TileCutter {
  readonly #indexes: [LayerName, GeoJSONVT][];

  constructor(layers: Partial<Layers>) {
    this.#indexes = (Object.entries(layers) as [LayerName, Feature[]][])
      .filter(([, features]) => features.length > 0)
      .map(([name, features]) => [
        name,
        new GeoJSONVT(
          { type: 'FeatureCollection', features },
          { maxZoom: INDEX_MAXZOOM, indexMaxZoom: 4, extent: EXTENT },
        ),
      ]);
  }

  /** One tile, gzipped, or undefined when no layer has anything in it at this zoom. */
  tile([z, x, y]: TileAddress): TileInput | undefined {
    const layers: Record<string, GeoJSONVTTile> = {};
    for (const [name, index] of this.#indexes) {
      const tile = index.getTile(z, x, y);
      const features = tile ? keepAt(z, tile.features) : [];
      if (tile && features.length > 0) layers[name] = { ...tile, features } as GeoJSONVTTile;
    }
    if (Object.keys(layers).length === 0) return undefined;
    return { z, x, y, data: gzip(fromGeojsonVt(layers, { version: 2, extent: EXTENT })) };
  }

  /** Every tile of `addresses` that holds something. */
  tiles(addresses: Iterable<TileAddress>): TileInput[] {
    const tiles: TileInput[] = [];
    for (const address of addresses) {
      const tile = this.tile(address);
      if (tile) tiles.push(tile);
    }
    return tiles;
  }
}
