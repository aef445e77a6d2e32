import { describe, expect, it } from 'vitest';
import { fitSubject, type Padding, type Subject } from '../../src/lib/map/fit.ts';
import { labelSize, PLACE_LABEL } from '../../src/lib/map/labelStyle.ts';
import type { LngLat } from '../../src/lib/story/types.ts';

const WIDTH = 1280;
const HEIGHT = 800;
const padding: Padding = { top: 100, right: 80, bottom: 60, left: 520 };

/** Where MapLibre draws a point for a camera seen straight down: Web Mercator, 512 px tiles. */
function project([lon, lat]: LngLat, center: LngLat, zoom: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (l: number) => {
    const r = (l * Math.PI) / 180;
    return ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * world;
  };
  return [x(lon) - x(center[0]) + WIDTH / 2, y(lat) - y(center[1]) + HEIGHT / 2];
}

/** The screen box of everything in a subject, for a camera. */
function screenBox(subject: Subject, center: LngLat, zoom: number) {
  const points: [number, number][] = [];
  for (const [w, s, e, n] of subject.extents) {
    points.push(project([w, n], center, zoom), project([e, s], center, zoom));
  }
  for (const { at, box } of subject.marks) {
    const [x, y] = project(at, center, zoom);
    points.push([x + box[0], y + box[1]], [x + box[2], y + box[3]]);
  }
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return {
    left: Math.min(...xs),
    top: Math.min(...ys),
    right: Math.max(...xs),
    bottom: Math.max(...ys),
  };
}

const clear = {
  left: padding.left,
  top: padding.top,
  right: WIDTH - padding.right,
  bottom: HEIGHT - padding.bottom,
};

describe('fitSubject', () => {
  const towns: Subject = { extents: [[60, 25, 66, 30]], marks: [] };
  const labelled: Subject = {
    extents: towns.extents,
    // A wide label hanging below the east edge, and a tall one above the north-west corner.
    marks: [
      { at: [66, 25], box: [-90, 10, 90, 40] },
      { at: [60, 30], box: [-30, -60, 30, 0] },
    ],
  };

  it('shows the whole subject inside the clear part, as close as it can', () => {
    const fitted = fitSubject(labelled, WIDTH, HEIGHT, padding, 12)!;
    const box = screenBox(labelled, fitted.center, fitted.zoom);
    expect(box.left).toBeGreaterThanOrEqual(clear.left - 0.5);
    expect(box.right).toBeLessThanOrEqual(clear.right + 0.5);
    expect(box.top).toBeGreaterThanOrEqual(clear.top - 0.5);
    expect(box.bottom).toBeLessThanOrEqual(clear.bottom + 0.5);
    // Tight on one axis: no closer camera would fit.
    const slack = Math.min(
      clear.right - clear.left - (box.right - box.left),
      clear.bottom - clear.top - (box.bottom - box.top),
    );
    expect(slack).toBeLessThan(4);
    // Centred in the clear part.
    expect((box.left + box.right) / 2).toBeCloseTo((clear.left + clear.right) / 2, 0);
    expect((box.top + box.bottom) / 2).toBeCloseTo((clear.top + clear.bottom) / 2, 0);
  });

  it('zooms out further when labels reach beyond the places', () => {
    const plain = fitSubject(towns, WIDTH, HEIGHT, padding, 12)!;
    const withLabels = fitSubject(labelled, WIDTH, HEIGHT, padding, 12)!;
    expect(withLabels.zoom).toBeLessThan(plain.zoom);
  });

  it('stops at the step’s closest zoom', () => {
    const town: Subject = { extents: [[64.1, 26.9, 64.1, 26.9]], marks: [] };
    const fitted = fitSubject(town, WIDTH, HEIGHT, padding, 7)!;
    expect(fitted.zoom).toBe(7);
    const [x, y] = project([64.1, 26.9], fitted.center, fitted.zoom);
    expect(x).toBeCloseTo((clear.left + clear.right) / 2, 3);
    expect(y).toBeCloseTo((clear.top + clear.bottom) / 2, 3);
  });

  it('gives up when nothing fits, so the caller can frame without the padding', () => {
    const huge: Subject = { extents: [], marks: [{ at: [0, 0], box: [-400, -10, 400, 10] }] };
    expect(fitSubject(huge, WIDTH, HEIGHT, padding, 9)).toBeUndefined();
    expect(fitSubject(huge, WIDTH, HEIGHT, { top: 0, right: 0, bottom: 0, left: 0 }, 9)).toEqual({
      center: [0, 0],
      zoom: 9,
    });
    expect(fitSubject({ extents: [], marks: [] }, WIDTH, HEIGHT, padding, 9)).toBeUndefined();
    const crowded = { ...padding, left: WIDTH };
    expect(fitSubject(towns, WIDTH, HEIGHT, crowded, 9)).toBeUndefined();
  });
});

describe('labelSize', () => {
  const advance = (codePoint: number) => (codePoint === 32 ? 0.25 : 0.5);

  it('sets a short name on one line, as wide as its glyphs and halo', () => {
    // 6 characters of half an em at 14 px, with a 2 px halo each side; one line of 1.2 em.
    expect(labelSize('Irbil!', PLACE_LABEL, advance)).toEqual({
      width: Math.ceil(6 * 0.5 * 14 + 4),
      height: Math.ceil(1.2 * 14 + 4),
    });
  });

  it('wraps a long label into balanced lines no wider than the style allows', () => {
    const size = labelSize('Iranian foreign minister to Islamabad', PLACE_LABEL, advance);
    expect(size.height).toBe(Math.ceil(2 * 1.2 * 14 + 4));
    expect(size.width).toBeLessThanOrEqual(PLACE_LABEL.maxWidth * 14 + 4 + 0.5 * 14 * 9);
    expect(size.width).toBeGreaterThan((0.5 * 14 * 37) / 2);
  });

  it('estimates characters the font does not describe', () => {
    const none = () => undefined;
    expect(labelSize('Zahedan', PLACE_LABEL, none).width).toBeGreaterThan(7 * 0.5 * 14);
  });
});
