import { readFileSync } from 'node:fs';
import { PMTiles, type Source } from 'pmtiles';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { archiveMetadata } from '../../scripts/archive-metadata.ts';
import { readBuiltInPlaces, WORLD_PLACES_FILE } from '../../scripts/load-story.ts';
import { checkPlaces } from '../../src/lib/geo/validate.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import {
  ARCHIVE_PATH,
  DETAIL_MAXZOOM,
  DETAIL_MINZOOM,
  WORLD_MAXZOOM,
} from '../../src/lib/map/archive.ts';

/** The committed archive, read the way the page reads it: range by range. */
class FileSource implements Source {
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    // A plain copy: a Buffer's slice shares (and its .buffer is) the whole file.
    this.bytes = new Uint8Array(bytes);
  }
  getKey() {
    return ARCHIVE_PATH;
  }
  async getBytes(offset: number, length: number) {
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}

const archiveBytes = readFileSync(ARCHIVE_PATH);
const archive = new PMTiles(new FileSource(archiveBytes));

async function layersAt(z: number, x: number, y: number): Promise<Record<string, number>> {
  const tile = await archive.getZxy(z, x, y);
  if (!tile) return {};
  const parsed = new VectorTile(new PbfReader(new Uint8Array(tile.data)));
  return Object.fromEntries(
    Object.entries(parsed.layers).map(([name, layer]) => [name, layer.length]),
  );
}

describe('the basemap archive', () => {
  it('holds the world to zoom 6 and close-up detail to zoom 9, under 15 MB', async () => {
    const header = await archive.getHeader();
    expect(header).toMatchObject({ minZoom: 0, maxZoom: DETAIL_MAXZOOM, tileType: 1 });
    expect([header.minLon, header.maxLon]).toEqual([-180, 180]);
    expect(archiveBytes.length).toBeLessThan(15_000_000);
  });

  it('has land, borders and labels far from the story (Brazil, Japan) as well as in it', async () => {
    // Zoom 4 tiles over Brazil's interior and over Japan, and zoom 6 over Panjgur.
    const brazil = await layersAt(4, 5, 8);
    expect(brazil['land']).toBeGreaterThan(0);
    expect(brazil['country-border']).toBeGreaterThan(0);
    expect(brazil['town']).toBeGreaterThan(0);
    const japan = await layersAt(4, 14, 6);
    expect(japan['land']).toBeGreaterThan(0);
    expect(japan['country-label'] ?? 0).toBeGreaterThan(0);
    const panjgur = await layersAt(WORLD_MAXZOOM, 43, 27);
    expect(panjgur['province-border']).toBeGreaterThan(0);
  });

  it('has close-up tiles around the stories\u2019 places and none elsewhere', async () => {
    const areas = archiveMetadata(archiveBytes)['detail_areas'] as number[][];
    expect(areas.length).toBeGreaterThan(0);
    // Panjgur (64.1°E, 27°N) at zoom 8: small towns and district borders of its own.
    const close = await layersAt(8, 173, 108);
    expect(Object.keys(close).length).toBeGreaterThan(0);
    expect(close['land']).toBeUndefined();
    // Over the middle of the Pacific there is nothing beyond the world's zoom.
    expect(await archive.getZxy(DETAIL_MINZOOM, 5, 60)).toBeUndefined();
  });

  it('lists every label character, layer by layer, for the glyphs a build ships', () => {
    const characters = archiveMetadata(archiveBytes)['characters'] as Record<string, string>;
    expect(Object.keys(characters)).toEqual(
      expect.arrayContaining(['town', 'country-label', 'sea-label', 'province-label']),
    );
    expect(characters['town']).toContain('é');
  });
});

describe('the world gazetteer', () => {
  const { gazetteer, problems } = readBuiltInPlaces();

  it('passes the places validator', () => {
    const text = readFileSync(WORLD_PLACES_FILE, 'utf8');
    expect(checkPlaces(text, WORLD_PLACES_FILE).problems.map(formatProblem)).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);

  it('names every country by the slug of its English short name', () => {
    const countries = [...gazetteer.values()].filter((place) => place.kind === 'country');
    expect(countries.length).toBeGreaterThanOrEqual(235);
    for (const id of ['united-states', 'saudi-arabia', 'georgia', 'iran', 'cote-d-ivoire']) {
      expect(gazetteer.get(id)?.kind, id).toBe('country');
    }
  });

  it('gives namesakes their country code: provinces, towns, and a state named like a country', () => {
    expect(gazetteer.get('punjab-pk')).toMatchObject({ kind: 'province', country: 'Pakistan' });
    expect(gazetteer.get('punjab-in')).toMatchObject({ kind: 'province', country: 'India' });
    expect(gazetteer.has('punjab')).toBe(false);
    expect(gazetteer.get('hyderabad-pk')).toMatchObject({ kind: 'city', country: 'Pakistan' });
    expect(gazetteer.get('hyderabad-in')).toMatchObject({ kind: 'city', country: 'India' });
    expect(gazetteer.get('georgia-us')).toMatchObject({ kind: 'province' });
    expect(gazetteer.get('beijing')).toMatchObject({ kind: 'capital', country: 'China' });
    expect(gazetteer.get('washington-d-c')).toMatchObject({ kind: 'capital' });
  });

  it('has outlines for the regional provinces and says when it has none', () => {
    expect(gazetteer.get('khyber-pakhtunkhwa')?.outline).toBe(true);
    expect(gazetteer.get('california')).toMatchObject({ kind: 'province', outline: false });
  });

  it('bounds a country across the antimeridian the short way round', () => {
    const [west, , east] = gazetteer.get('russia')!.bounds;
    expect(east - west).toBeLessThan(180);
    expect(east).toBeGreaterThan(180);
  });
});
