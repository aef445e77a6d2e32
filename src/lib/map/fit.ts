import type { Bounds, LngLat } from '../story/types.ts';
import { TILE_SIZE, fromMercator, toMercator } from './mercator.ts';

/** Pixels of the map covered by text on each side, kept clear when framing places. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Something of a fixed size on screen at a point: a label, an arrowhead, a dot. */
export interface Mark {
  at: LngLat;
  /** Its box around the point's pixel, in pixels: left, top, right, bottom (left and top negative). */
  box: [number, number, number, number];
}

/**
 * What a step is about, as the map draws it: the extents of its outlines and arrows (which grow
 * as the map zooms in) and its marks (which keep their size on screen).
 */
export interface Subject {
  extents: Bounds[];
  marks: Mark[];
}

/** A camera centre and zoom for a map seen straight down and north up. */
export interface Fitted {
  center: LngLat;
  zoom: number;
}

interface Span {
  /** Web Mercator extent of the item, as fractions of the world. */
  min: [number, number];
  max: [number, number];
  /** Pixels the item reaches beyond its extent: left, top, right, bottom. */
  box: [number, number, number, number];
}

function spans(subject: Subject): Span[] {
  const fromExtent = ([west, south, east, north]: Bounds): Span => {
    const [x0, y0] = toMercator([west, north]);
    const [x1, y1] = toMercator([east, south]);
    return { min: [x0, y0], max: [x1, y1], box: [0, 0, 0, 0] };
  };
  const fromMark = (mark: Mark): Span => {
    const point = toMercator(mark.at);
    return { min: point, max: point, box: mark.box };
  };
  return [...subject.extents.map(fromExtent), ...subject.marks.map(fromMark)];
}

/** The subject's box in world pixels at a scale (pixels per world width). */
function boxAt(items: readonly Span[], scale: number): [number, number, number, number] {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { min, max, box } of items) {
    left = Math.min(left, min[0] * scale + box[0]);
    top = Math.min(top, min[1] * scale + box[1]);
    right = Math.max(right, max[0] * scale + box[2]);
    bottom = Math.max(bottom, max[1] * scale + box[3]);
  }
  return [left, top, right, bottom];
}

/**
 * The closest camera, no closer than `maxZoom`, that shows the whole subject (its outlines,
 * arrows and labels) inside the part of a `width` × `height` map that `padding` leaves clear,
 * centred there. Undefined when the subject is empty, the clear part has no room, or the subject
 * does not fit even at `minZoom`.
 */
export function fitSubject(
  subject: Subject,
  width: number,
  height: number,
  padding: Padding,
  maxZoom: number,
  minZoom = 0,
): Fitted | undefined {
  const items = spans(subject);
  const roomX = width - padding.left - padding.right;
  const roomY = height - padding.top - padding.bottom;
  if (items.length === 0 || roomX <= 0 || roomY <= 0) return undefined;
  const fits = (zoom: number) => {
    const [left, top, right, bottom] = boxAt(items, TILE_SIZE * 2 ** zoom);
    return right - left <= roomX && bottom - top <= roomY;
  };
  if (!fits(minZoom)) return undefined;
  let zoom = maxZoom;
  if (!fits(maxZoom)) {
    // The subject's size on screen grows with the zoom: bisect for the largest that fits.
    let [low, high] = [minZoom, maxZoom];
    while (high - low > 0.005) {
      const middle = (low + high) / 2;
      if (fits(middle)) low = middle;
      else high = middle;
    }
    zoom = low;
  }
  const scale = TILE_SIZE * 2 ** zoom;
  const [left, top, right, bottom] = boxAt(items, scale);
  // The middle of the subject goes to the middle of the clear part, not of the whole map.
  const x = ((left + right) / 2 - (padding.left - padding.right) / 2) / scale;
  const y = ((top + bottom) / 2 - (padding.top - padding.bottom) / 2) / scale;
  return { center: fromMercator([x, y]), zoom };
}
