/** Side of the arrowhead image in pixels (drawn at twice the CSS size for sharp screens). */
const SIZE = 44;
const SUBSAMPLES = 4;

function parseHex(colour: string): [number, number, number] {
  const value = Number.parseInt(colour.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** True when (x, y) lies inside the triangle pointing up, with a white rim around a coloured core. */
function inside(x: number, y: number, inset: number): boolean {
  const top = 4 + inset * 2;
  const bottom = SIZE - 6 - inset;
  if (y < top || y > bottom) return false;
  const half = ((y - top) / (bottom - top)) * (SIZE / 2 - 4 - inset);
  return Math.abs(x - SIZE / 2) <= half;
}

/**
 * An arrowhead pointing north, as raw RGBA pixels for `map.addImage` (so no sprite has to be
 * fetched). Rotated on the map by each head's bearing.
 */
export function arrowheadImage(colour: string): {
  width: number;
  height: number;
  data: Uint8Array;
} {
  const [r, g, b] = parseHex(colour);
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let rim = 0;
      let core = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const px = x + (sx + 0.5) / SUBSAMPLES;
          const py = y + (sy + 0.5) / SUBSAMPLES;
          if (inside(px, py, 0)) rim++;
          if (inside(px, py, 3)) core++;
        }
      }
      const total = SUBSAMPLES * SUBSAMPLES;
      const coverage = rim / total;
      const mix = rim === 0 ? 0 : core / rim;
      const i = (y * SIZE + x) * 4;
      // Premultiplied-free RGBA: white rim blended into the coloured core.
      data[i] = Math.round(255 + (r - 255) * mix);
      data[i + 1] = Math.round(255 + (g - 255) * mix);
      data[i + 2] = Math.round(255 + (b - 255) * mix);
      data[i + 3] = Math.round(255 * coverage);
    }
  }
  return { width: SIZE, height: SIZE, data };
}
