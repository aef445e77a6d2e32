/**
 * Cuts MapLibre glyph ranges (protobuf `.pbf` files, one per 256 code points) down to the
 * characters a story's labels use. A range holds an SDF bitmap for every character of the font;
 * the map only ever draws the few dozen its labels contain.
 *
 * The format (MapLibre's glyphs.proto): a message of repeated `fontstack` (field 1), each with
 * `name` (1), `range` (2) and repeated `glyph` (3); a glyph's `id` (field 1) is its code point.
 */

interface Field {
  number: number;
  /** The whole field, tag included, as written. */
  bytes: Uint8Array;
  /** For length-delimited fields: the payload. */
  payload: Uint8Array | undefined;
  /** For varint fields: the value. */
  value: number | undefined;
}

function readVarint(data: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = data[at++];
    if (byte === undefined) throw new Error('A glyph file ends inside a number.');
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
    shift += 7;
  }
}

function writeVarint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return bytes;
}

function fields(data: Uint8Array): Field[] {
  const found: Field[] = [];
  let at = 0;
  while (at < data.length) {
    const start = at;
    const [tag, afterTag] = readVarint(data, at);
    const number = Math.floor(tag / 8);
    let payload: Uint8Array | undefined;
    let value: number | undefined;
    switch (tag & 7) {
      case 0:
        [value, at] = readVarint(data, afterTag);
        break;
      case 1:
        at = afterTag + 8;
        break;
      case 2: {
        const [length, afterLength] = readVarint(data, afterTag);
        payload = data.subarray(afterLength, afterLength + length);
        at = afterLength + length;
        break;
      }
      case 5:
        at = afterTag + 4;
        break;
      default:
        throw new Error(`A glyph file has a field of unknown wire type ${tag & 7}.`);
    }
    found.push({ number, bytes: data.subarray(start, at), payload, value });
  }
  return found;
}

function delimited(number: number, payload: Uint8Array): Uint8Array {
  return Uint8Array.from([
    ...writeVarint(number * 8 + 2),
    ...writeVarint(payload.length),
    ...payload,
  ]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function glyphId(glyph: Uint8Array): number | undefined {
  return fields(glyph).find((field) => field.number === 1)?.value;
}

/** A glyph range with only the glyphs of `keep` (code points) left in it. */
export function subsetGlyphs(pbf: Uint8Array, keep: ReadonlySet<number>): Uint8Array {
  return concat(
    fields(pbf).map((stack) => {
      if (stack.number !== 1 || !stack.payload) return stack.bytes;
      const kept = fields(stack.payload).filter(
        (field) => field.number !== 3 || !field.payload || keep.has(glyphId(field.payload) ?? -1),
      );
      return delimited(1, concat(kept.map((field) => field.bytes)));
    }),
  );
}

/** The code points of the glyphs a range holds, in file order. */
export function glyphIds(pbf: Uint8Array): number[] {
  return fields(pbf)
    .filter((stack) => stack.number === 1 && stack.payload)
    .flatMap((stack) => fields(stack.payload!))
    .filter((field) => field.number === 3 && field.payload)
    .map((field) => glyphId(field.payload!) ?? -1);
}

/** The code points of every label text, in upper and lower case (styles may change the case). */
export function codePointsOf(texts: Iterable<string>): Set<number> {
  const points = new Set<number>();
  for (const text of texts) {
    for (const variant of [text, text.toUpperCase(), text.toLowerCase()]) {
      for (const char of variant) points.add(char.codePointAt(0)!);
    }
  }
  return points;
}

/** Each glyph's advance (field 7), in ems of the range's 24-pixel size, by code point. */
export function glyphAdvances(pbf: Uint8Array): Map<number, number> {
  const advances = new Map<number, number>();
  for (const stack of fields(pbf)) {
    if (stack.number !== 1 || !stack.payload) continue;
    for (const glyph of fields(stack.payload)) {
      if (glyph.number !== 3 || !glyph.payload) continue;
      const parts = fields(glyph.payload);
      const id = parts.find((field) => field.number === 1)?.value;
      const advance = parts.find((field) => field.number === 7)?.value;
      if (id !== undefined && advance !== undefined) advances.set(id, advance / 24);
    }
  }
  return advances;
}
