import { gunzipSync } from 'node:zlib';
import { PMTiles, zxyToTileId, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import {
  FIRST_FETCH_BYTES,
  gzip,
  layoutTiles,
  writeArchive,
  type ArchiveOptions,
  type TileInput,
} from '../../scripts/geo/pmtiles-writer.ts';

/** The archive as the reader sees it over HTTP: byte ranges, counted. */
class MemorySource implements Source {
  readonly requests: [number, number][] = [];
  constructor(readonly bytes: Uint8Array) {}
  getKey() {
    return 'memory';
  }
  async getBytes(offset: number, length: number) {
    this.requests.push([offset, length]);
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer };
  }
}

const OPTIONS: ArchiveOptions = {
  minZoom: 0,
  maxZoom: 3,
  bounds: [-180, -85.05, 180, 85.05],
  center: [60.5, 29.25, 3],
  metadata: { name: 'test', vector_layers: [{ id: 'land', fields: {} }] },
};

const text = (value: string) => gzip(new TextEncoder().encode(value));
const read = async (archive: PMTiles, z: number, x: number, y: number) => {
  const tile = await archive.getZxy(z, x, y);
  return tile && new TextDecoder().decode(new Uint8Array(tile.data));
};

describe('the PMTiles writer, read back by the pmtiles package', () => {
  const tiles: TileInput[] = [
    { z: 0, x: 0, y: 0, data: text('world') },
    { z: 1, x: 1, y: 0, data: text('north-east') },
    { z: 1, x: 0, y: 0, data: text('north-west') },
    { z: 2, x: 2, y: 1, data: text('same') },
    { z: 2, x: 3, y: 1, data: text('same') },
    { z: 3, x: 5, y: 3, data: text('same') },
  ];
  const bytes = writeArchive(tiles, OPTIONS);

  it('writes a header the reader understands', async () => {
    const header = await new PMTiles(new MemorySource(bytes)).getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      minZoom: 0,
      maxZoom: 3,
      clustered: true,
      internalCompression: 2,
      tileCompression: 2,
      tileType: 1,
      numAddressedTiles: 6,
      numTileContents: 4,
      minLon: -180,
      maxLat: 85.05,
      centerLon: 60.5,
      centerLat: 29.25,
      centerZoom: 3,
    });
    expect(header.rootDirectoryOffset).toBe(127);
    expect(header.tileDataOffset + header.tileDataLength!).toBe(bytes.length);
  });

  it('gives every tile back, and nothing for a tile it does not hold', async () => {
    const archive = new PMTiles(new MemorySource(bytes));
    expect(await read(archive, 0, 0, 0)).toBe('world');
    expect(await read(archive, 1, 0, 0)).toBe('north-west');
    expect(await read(archive, 1, 1, 0)).toBe('north-east');
    expect(await read(archive, 2, 2, 1)).toBe('same');
    expect(await read(archive, 3, 5, 3)).toBe('same');
    expect(await read(archive, 1, 0, 1)).toBeUndefined();
    expect(await read(archive, 2, 0, 0)).toBeUndefined();
  });

  it('stores identical tiles once and gives a run of them one entry', () => {
    const layout = layoutTiles(tiles);
    expect(layout.contents).toBe(4);
    expect(layout.addressed).toBe(6);
    // 2/2/1 and 2/3/1 are neighbours on the Hilbert curve: one entry with a run of two.
    const [a, b] = [zxyToTileId(2, 2, 1), zxyToTileId(2, 3, 1)].sort((p, q) => p - q);
    expect(b! - a!).toBe(1);
    const run = layout.entries.find((entry) => entry.tileId === a);
    expect(run?.runLength).toBe(2);
    expect(layout.entries).toHaveLength(5);
    const same = layout.entries.filter((entry) => entry.offset === run?.offset);
    expect(same).toHaveLength(2);
  });

  it('reads the metadata back', async () => {
    expect(await new PMTiles(new MemorySource(bytes)).getMetadata()).toEqual(OPTIONS.metadata);
  });

  it('orders tile data by tile id', () => {
    const layout = layoutTiles([...tiles].reverse());
    const offsets = layout.entries.map((entry) => entry.offset);
    const firstSeen = offsets.filter((offset, i) => offsets.indexOf(offset) === i);
    expect(firstSeen).toEqual([...firstSeen].sort((p, q) => p - q));
  });

  it('is byte-identical for the same tiles in any order', () => {
    expect(writeArchive([...tiles].reverse(), OPTIONS)).toEqual(bytes);
  });

  it('refuses the same tile twice', () => {
    expect(() => writeArchive([...tiles, tiles[0]!], OPTIONS)).toThrow(/given twice/);
  });

  it(
    'puts the directory in leaves when the root would not fit, and reads through them',
    { timeout: 30_000 },
    async () => {
      // Every tile of zoom 5 and 6, each different: 5,120 entries, two leaves of at most 4,096.
      // Stored uncompressed (tile compression 1), which the reader then leaves as it is.
      const many: TileInput[] = [];
      for (const z of [5, 6]) {
        for (let x = 0; x < 2 ** z; x++) {
          for (let y = 0; y < 2 ** z; y++) {
            many.push({ z, x, y, data: new TextEncoder().encode(`${z}/${x}/${y}`) });
          }
        }
      }
      const options = { ...OPTIONS, minZoom: 5, maxZoom: 6, rootLimit: 200, tileCompression: 1 };
      const archive = writeArchive(many, options);
      const source = new MemorySource(archive);
      const reader = new PMTiles(source);
      const header = await reader.getHeader();
      expect(header.rootDirectoryLength).toBeLessThanOrEqual(200 - 127);
      expect(header.leafDirectoryLength).toBeGreaterThan(0);
      const root = await reader.cache.getDirectory(
        source,
        header.rootDirectoryOffset,
        header.rootDirectoryLength,
        header,
      );
      expect(root.map((entry) => entry.runLength)).toEqual([0, 0]);
      expect(header.numTileEntries).toBe(many.length);
      for (const [z, x, y] of [
        [5, 0, 0],
        [5, 31, 31],
        [6, 0, 63],
        [6, 50, 3],
        [6, 63, 63],
      ] as const) {
        expect(await read(reader, z, x, y)).toBe(`${z}/${x}/${y}`);
      }
      // The reader went through a leaf: some request fell inside the leaf directories.
      const leafStart = header.leafDirectoryOffset;
      const leafEnd = leafStart + header.leafDirectoryLength!;
      expect(source.requests.some(([offset]) => offset >= leafStart && offset < leafEnd)).toBe(
        true,
      );
    },
  );

  it('keeps header and root directory within the 16 KB a reader fetches first', async () => {
    const header = await new PMTiles(new MemorySource(bytes)).getHeader();
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(
      FIRST_FETCH_BYTES,
    );
  });

  it('writes gzip that does not depend on the platform', () => {
    const packed = gzip(new TextEncoder().encode('x'.repeat(100)));
    expect(packed[9]).toBe(3);
    expect(gunzipSync(packed).toString()).toBe('x'.repeat(100));
  });
});
