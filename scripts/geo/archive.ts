/**
 * Builds `geo/basemap.pmtiles`: the world's tiles to zoom 6, and tiles to zoom 9 with what only
 * matters close up (small towns, minor rivers and lakes, districts) around the places the
 * stories name. The page draws the two zoom bands as two sources of the one archive, so a view
 * closer than zoom 6 anywhere shows the world's zoom-6 tiles, enlarged, with the detail on top
 * where there is any.
 */
import { bbox } from '@turf/turf';
import type { BBox, Feature } from 'geojson';
import {
  DETAIL_MAXZOOM,
  DETAIL_MINZOOM,
  NAME_LANGUAGES,
  WORLD_MAXZOOM,
} from '../../src/lib/map/archive.ts';
import { LAYERS, worldLayers, type LayerName, type Layers } from './basemap.ts';
import { districtBorders, districtLabels } from './districts.ts';
import { shapeArabic } from '../rtl-shaping.ts';
import { writeArchive } from './pmtiles-writer.ts';
import { TileCutter, everyTile, type TileAddress } from './tiles.ts';

/** What the archive holds besides its tiles: the layers and every character its labels use. */
export interface ArchiveSummary {
  bytes: Uint8Array;
  /** Tiles per band. */
  worldTiles: number;
  detailTiles: number;
  /** Every character each label layer uses. */
  characters: Record<string, string>;
}

/** The layers of the detail band (those of the world's that have close-up features, and districts). */
export const DETAIL_LAYERS = [
  'lake',
  'river',
  'district-border',
  'district-label',
  'town',
] as const;

const LABEL_LAYERS: readonly string[] = [
  'province-label',
  'region-label',
  'sea-label',
  'town',
  'country-label',
  'district-label',
];

/** A label's local name and its language (see `local-names.ts`), where the data has one. */
const LOCAL_FIELDS = {
  name_local: 'String',
  lang: 'String',
  ...Object.fromEntries(NAME_LANGUAGES.map((language) => [`name_${language}`, 'String'])),
};

function tileX(lon: number, z: number): number {
  return Math.min(2 ** z - 1, Math.max(0, Math.floor(((lon + 180) / 360) * 2 ** z)));
}

function tileY(lat: number, z: number): number {
  const r = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  const y = ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z;
  return Math.min(2 ** z - 1, Math.max(0, Math.floor(y)));
}

/** Every tile of zooms `from`–`to` that touches one of `areas`, each once, in a fixed order. */
export function tilesCovering(areas: readonly BBox[], from: number, to: number): TileAddress[] {
  const keys = new Set<string>();
  const addresses: TileAddress[] = [];
  for (let z = from; z <= to; z++) {
    for (const [w, s, e, n] of areas) {
      for (let x = tileX(w, z); x <= tileX(e, z); x++) {
        for (let y = tileY(n, z); y <= tileY(s, z); y++) {
          const key = `${z}/${x}/${y}`;
          if (!keys.has(key)) addresses.push([z, x, y]);
          keys.add(key);
        }
      }
    }
  }
  return addresses;
}

function within([w, s, e, n]: BBox, feature: Feature): boolean {
  const [fw = 0, fs = 0, fe = 0, fn = 0] = bbox(feature);
  return fw <= e && fe >= w && fs <= n && fn >= s;
}

function split(layers: Layers): { world: Partial<Layers>; closeUp: Partial<Layers> } {
  const world: Partial<Layers> = {};
  const closeUp: Partial<Layers> = {};
  for (const name of LAYERS) {
    const minzoom = (f: Feature) => Number(f.properties?.['minzoom'] ?? 0);
    world[name] = layers[name].filter((f) => minzoom(f) <= WORLD_MAXZOOM);
    closeUp[name] = layers[name].filter((f) => minzoom(f) > WORLD_MAXZOOM);
  }
  return { world, closeUp };
}

/** The archive for the given detail areas (west, south, east, north). */
export function buildArchive(dataDir: string, detailAreas: readonly BBox[]): ArchiveSummary {
  const { world, closeUp } = split(worldLayers(dataDir));
  const detailFeatures = (features: Feature[] = []) =>
    features.filter((f) => detailAreas.some((area) => within(area, f)));
  const detail: Record<string, Feature[]> = {
    lake: detailFeatures(closeUp.lake),
    river: detailFeatures(closeUp.river),
    'district-border': detailFeatures(districtBorders(dataDir)),
    'district-label': detailFeatures(districtLabels(dataDir)),
    town: detailFeatures(closeUp.town),
  };
  const worldTiles = new TileCutter(world).tiles(everyTile(0, WORLD_MAXZOOM));
  const detailTiles = new TileCutter(detail as Partial<Layers>).tiles(
    tilesCovering(detailAreas, DETAIL_MINZOOM, DETAIL_MAXZOOM),
  );
  // Every character each layer's labels use, so a build can ship only those glyphs.
  const characters: Record<string, string> = {};
  for (const [name, features] of [...Object.entries(world), ...Object.entries(detail)]) {
    if (!LABEL_LAYERS.includes(name)) continue;
    for (const [key, property] of [
      [name, 'name'],
      [`${name}:local`, 'name_local'],
      ...NAME_LANGUAGES.map((language) => [`${name}:${language}`, `name_${language}`] as const),
    ] as const) {
      // Right-to-left names are drawn shaped: their presentation forms need glyphs too.
      const text = (features ?? [])
        .map((f) => String(f.properties?.[property] ?? ''))
        .map((label) => label + shapeArabic(label))
        .join('');
      const chars = [...new Set([...(characters[key] ?? ''), ...text])].sort().join('');
      if (chars || key === name) characters[key] = chars;
    }
  }
  const fields = (name: string): Record<string, string> =>
    ({
      'country-border': { kind: 'String' },
      'disputed-border': { kind: 'String' },
      town: { name: 'String', rank: 'Number', capital: 'Boolean', ...LOCAL_FIELDS },
      'country-label': { name: 'String', rank: 'Number', ...LOCAL_FIELDS },
      'province-label': { name: 'String', ...LOCAL_FIELDS },
      'sea-label': { name: 'String', rank: 'Number' },
    })[name] ?? (LABEL_LAYERS.includes(name) ? { name: 'String' } : {});
  const layerNames: string[] = [
    ...LAYERS,
    ...DETAIL_LAYERS.filter((n) => !LAYERS.includes(n as LayerName)),
  ];
  const bytes = writeArchive([...worldTiles, ...detailTiles], {
    minZoom: 0,
    maxZoom: DETAIL_MAXZOOM,
    bounds: [-180, -85.0511, 180, 85.0511],
    center: [0, 20, 1],
    metadata: {
      name: 'Map story basemap',
      description: `The world from Natural Earth to zoom ${WORLD_MAXZOOM}; close-up detail to zoom ${DETAIL_MAXZOOM} in the detail areas.`,
      attribution: 'Natural Earth (public domain); districts: geoBoundaries (Runfola et al. 2020)',
      vector_layers: layerNames.map((id) => ({ id, fields: fields(id) })),
      detail_areas: detailAreas,
      characters,
    },
  });
  return { bytes, worldTiles: worldTiles.length, detailTiles: detailTiles.length, characters };
}
