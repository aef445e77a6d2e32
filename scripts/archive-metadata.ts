/** Reads a PMTiles archive's JSON metadata in Node, for the build (glyph subsetting) and the tests. */
import { gunzipSync } from 'node:zlib';
import { bytesToHeader } from 'pmtiles';

/** The archive's metadata object, parsed. */
export function archiveMetadata(archive: Uint8Array): Record<string, unknown> {
  const header = bytesToHeader(archive.slice(0, 127).buffer);
  const start = header.jsonMetadataOffset;
  const packed = archive.subarray(start, start + header.jsonMetadataLength);
  const json = header.internalCompression === 2 ? gunzipSync(packed) : Buffer.from(packed);
  return JSON.parse(json.toString('utf8')) as Record<string, unknown>;
}

/** The characters each of the archive's label layers uses (its metadata's `characters`). */
export function archiveCharacters(archive: Uint8Array): Record<string, string> {
  const characters = archiveMetadata(archive)['characters'];
  if (typeof characters !== 'object' || characters === null) {
    throw new Error(
      'The basemap archive does not list its characters: rebuild it with npm run geo.',
    );
  }
  return characters as Record<string, string>;
}
