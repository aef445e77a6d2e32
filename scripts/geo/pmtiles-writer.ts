/**
 * Writes PMTiles v3 archives (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
 * a 127-byte header, a root directory, JSON metadata, leaf directories when the root would not
 * fit in the first 16 KB a reader fetches, then the tile data ordered by tile id. Identical
 * tiles are stored once, and runs of them share one directory entry. No npm package writes the
 * format; the reference writers are the PMTiles repository's `writer.py` and C++ header.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

/** One tile to store: its address and its bytes, already compressed as `tileCompression` says. */
export interface TileInput {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

/** A directory entry, as the spec defines it. */
export interface Entry {
  tileId: number;
  /** Bytes from the start of the tile data (or, for a leaf, of the leaf directories). */
  offset: number;
  length: number;
  /** How many consecutive tile ids share this content; 0 for an entry pointing at a leaf. */
  runLength: number;
}

/** What the header says about the archive as a whole. */
export interface ArchiveOptions {
  minZoom: number;
  maxZoom: number;
  /** West, south, east, north in degrees. */
  bounds: [number, number, number, number];
  /** Longitude, latitude and zoom a viewer may start at. */
  center: [number, number, number];
  /** The JSON metadata (TileJSON-like: vector_layers, attribution, …). */
  metadata: Record<string, unknown>;
  /** 1 = MVT. */
  tileType?: number;
  /** 1 = none, 2 = gzip: how the tiles given were compressed. */
  tileCompression?: number;
  /** The most bytes header and root directory may take together (16 KB, what readers fetch first). */
  rootLimit?: number;
}

const HEADER_BYTES = 127;
const GZIP = 2;
/** Readers fetch the first 16 KB at once: header and root directory must fit in it. */
export const FIRST_FETCH_BYTES = 16_384;

/** Gzip that gives the same bytes on every platform (zlib writes the OS into byte 9). */
export function gzip(data: Uint8Array): Uint8Array {
  const out = gzipSync(data, { level: 9 });
  out[9] = 3;
  return out;
}

function pushVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/** A directory in the spec's column layout: ids as deltas, run lengths, lengths, offsets. */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  pushVarint(out, entries.length);
  let lastId = 0;
  for (const entry of entries) {
    pushVarint(out, entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) pushVarint(out, entry.runLength);
  for (const entry of entries) pushVarint(out, entry.length);
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    // 0 means "right after the previous entry's bytes"; anything else is the offset plus one.
    const follows = previous && entry.offset === previous.offset + previous.length;
    pushVarint(out, follows ? 0 : entry.offset + 1);
  });
  return Uint8Array.from(out);
}

/** The root directory and the leaf directories (concatenated) for a sorted list of entries. */
export function buildDirectories(
  entries: readonly Entry[],
  rootLimit: number,
): { root: Uint8Array; leaves: Uint8Array; leafCount: number } {
  const whole = gzip(serializeDirectory(entries));
  if (whole.length <= rootLimit) return { root: whole, leaves: new Uint8Array(), leafCount: 0 };
  // As writer.py does: grow the leaves until the root that points at them fits.
  for (let leafSize = Math.max(4096, Math.ceil(entries.length / 3500)); ;) {
    const rootEntries: Entry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = gzip(serializeDirectory(entries.slice(i, i + leafSize)));
      rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const root = gzip(serializeDirectory(rootEntries));
    if (root.length <= rootLimit) {
      return { root, leaves: concat(leafParts), leafCount: leafParts.length };
    }
    leafSize = Math.ceil(leafSize * 1.2);
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The tile data, deduplicated, and the directory entries pointing into it, by tile id. */
export function layoutTiles(tiles: readonly TileInput[]): {
  entries: Entry[];
  data: Uint8Array;
  addressed: number;
  contents: number;
} {
  const byId = tiles
    .map((tile) => ({ id: zxyToTileId(tile.z, tile.x, tile.y), data: tile.data }))
    .sort((a, b) => a.id - b.id);
  const seen = new Map<string, { offset: number; length: number }>();
  const entries: Entry[] = [];
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const [i, { id, data }] of byId.entries()) {
    if (byId[i - 1]?.id === id) throw new Error(`Tile id ${id} is given twice.`);
    const key = createHash('sha256').update(data).digest('base64');
    let stored = seen.get(key);
    if (!stored) {
      stored = { offset, length: data.length };
      seen.set(key, stored);
      parts.push(data);
      offset += data.length;
    }
    const last = entries.at(-1);
    if (last && last.offset === stored.offset && last.tileId + last.runLength === id) {
      last.runLength += 1;
    } else {
      entries.push({ tileId: id, offset: stored.offset, length: stored.length, runLength: 1 });
    }
  }
  return { entries, data: concat(parts), addressed: byId.length, contents: seen.size };
}

function header(fields: {
  root: [number, number];
  metadata: [number, number];
  leaves: [number, number];
  data: [number, number];
  addressed: number;
  entries: number;
  contents: number;
  options: ArchiveOptions;
}): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
  const e7 = (at: number, degrees: number) => view.setInt32(at, Math.round(degrees * 1e7), true);
  const { options } = fields;
  [fields.root, fields.metadata, fields.leaves, fields.data].forEach(([offset, length], i) => {
    u64(8 + i * 16, offset);
    u64(16 + i * 16, length);
  });
  u64(72, fields.addressed);
  u64(80, fields.entries);
  u64(88, fields.contents);
  view.setUint8(96, 1); // clustered: tile data in tile id order
  view.setUint8(97, GZIP); // directories and metadata
  view.setUint8(98, options.tileCompression ?? GZIP);
  view.setUint8(99, options.tileType ?? 1);
  view.setUint8(100, options.minZoom);
  view.setUint8(101, options.maxZoom);
  options.bounds.forEach((degrees, i) => e7(102 + i * 4, degrees));
  view.setUint8(118, options.center[2]);
  e7(119, options.center[0]);
  e7(123, options.center[1]);
  return bytes;
}

/**
 * A whole archive: header, root directory, metadata, leaf directories, tile data, in that
 * order (the spec's recommended layout). The same tiles and options always give the same bytes.
 */
export function writeArchive(tiles: readonly TileInput[], options: ArchiveOptions): Uint8Array {
  const { entries, data, addressed, contents } = layoutTiles(tiles);
  const rootLimit = (options.rootLimit ?? FIRST_FETCH_BYTES) - HEADER_BYTES;
  const { root, leaves } = buildDirectories(entries, rootLimit);
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const rootAt = HEADER_BYTES;
  const metadataAt = rootAt + root.length;
  const leavesAt = metadataAt + metadata.length;
  const dataAt = leavesAt + leaves.length;
  const head = header({
    root: [rootAt, root.length],
    metadata: [metadataAt, metadata.length],
    leaves: [leavesAt, leaves.length],
    data: [dataAt, data.length],
    addressed,
    entries: entries.length,
    contents,
    options,
  });
  return concat([head, root, metadata, leaves, data]);
}
