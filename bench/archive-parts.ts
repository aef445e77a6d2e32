/**
 * The parts of a PMTiles archive a page fetches by range request: the first 16 KB (header and
 * root directory), leaf directories and tiles. The bench names each range it saw by the part it
 * read (`head`, `leaf 6/40/24`, `tile 5/21/13`), so that `npm test` can count the first screen's
 * basemap bytes from the archive on disk, and a rebuilt archive is counted with its new sizes.
 */
import { gunzipSync } from 'node:zlib';
import { bytesToHeader, readVarint, tileIdToZxy, zxyToTileId, type Entry } from 'pmtiles';

/** What a reader fetches first, whatever the archive holds (see pmtiles' `getHeaderAndRoot`). */
const FIRST_FETCH = 16_384;

function entries(data: Uint8Array): Entry[] {
  const p = { buf: data, pos: 0 };
  const count = readVarint(p);
  const list: Entry[] = [];
  let id = 0;
  for (let i = 0; i < count; i++) {
    id += readVarint(p);
    list.push({ tileId: id, offset: 0, length: 0, runLength: 1 });
  }
  for (const entry of list) entry.runLength = readVarint(p);
  for (const entry of list) entry.length = readVarint(p);
  list.forEach((entry, i) => {
    const value = readVarint(p);
    const previous = list[i - 1];
    entry.offset = value === 0 && previous ? previous.offset + previous.length : value - 1;
  });
  return list;
}

const zxy = (tileId: number) => tileIdToZxy(tileId).join('/');

/** A part of an archive: its name and where its bytes are. */
export interface ArchivePart {
  name: string;
  offset: number;
  length: number;
}

/** An archive's directories, read once, to name ranges and size parts. */
export class ArchiveParts {
  readonly #size: number;
  readonly #parts: ArchivePart[] = [];
  readonly #tiles: Entry[] = [];
  readonly #dataOffset: number;

  constructor(archive: Uint8Array) {
    const bytes = new Uint8Array(archive);
    const header = bytesToHeader(bytes.slice(0, 127).buffer);
    const unpack = (offset: number, length: number) => {
      const data = bytes.subarray(offset, offset + length);
      return entries(header.internalCompression === 2 ? gunzipSync(data) : data);
    };
    this.#size = bytes.length;
    this.#dataOffset = header.tileDataOffset;
    const visit = (list: Entry[]) => {
      for (const entry of list) {
        if (entry.runLength > 0) {
          this.#tiles.push(entry);
          continue;
        }
        const offset = header.leafDirectoryOffset + entry.offset;
        this.#parts.push({ name: `leaf ${zxy(entry.tileId)}`, offset, length: entry.length });
        visit(unpack(offset, entry.length));
      }
    };
    visit(unpack(header.rootDirectoryOffset, header.rootDirectoryLength));
    this.#tiles.sort((a, b) => a.tileId - b.tileId);
  }

  /** The part a range request read, by its first byte and length; undefined if none starts there. */
  nameOf(offset: number, length: number): string | undefined {
    if (offset === 0) return 'head';
    const leaf = this.#parts.find((part) => part.offset === offset && part.length === length);
    if (leaf) return leaf.name;
    const tile = this.#tiles.find(
      (entry) => this.#dataOffset + entry.offset === offset && entry.length === length,
    );
    return tile && `tile ${zxy(tile.tileId)}`;
  }

  /** The bytes a named part takes, or undefined when this archive has no such part. */
  sizeOf(name: string): number | undefined {
    if (name === 'head') return Math.min(FIRST_FETCH, this.#size);
    if (name.startsWith('leaf ')) return this.#parts.find((part) => part.name === name)?.length;
    const address = /^tile (\d+)\/(\d+)\/(\d+)$/.exec(name);
    if (!address) return undefined;
    const id = zxyToTileId(Number(address[1]), Number(address[2]), Number(address[3]));
    const entry = this.#tiles.find((e) => id >= e.tileId && id < e.tileId + e.runLength);
    return entry?.length;
  }
}

/** The first and last byte of a `Range: bytes=first-last` header. */
export function parseRange(header: string): [number, number] | undefined {
  const match = /^bytes=(\d+)-(\d+)$/.exec(header.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}
