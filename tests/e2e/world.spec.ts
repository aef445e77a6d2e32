import { mkdirSync, readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PNG } from 'pngjs';
import { palette } from '../../src/lib/map/palette.ts';
import type { Story } from '../../src/lib/story/types.ts';
import { expect, mapPixels, settledOn, test } from './fixtures.ts';

/**
 * Both stories, every step at rest, on a phone and a desktop: the map reaches every edge of the
 * screen. Each step's picture is kept in test-results/tour/ for a person to look at.
 */

type Country = Feature<Polygon | MultiPolygon>;

/** Every country's outline, hand-made and built-in, to know where the map must show land. */
const countries: Country[] = ['geo/places.geojson', 'geo/world-places.geojson'].flatMap((path) =>
  (JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection).features.filter(
    (feature): feature is Country => feature.properties?.['kind'] === 'country',
  ),
);

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
const SEA = hex(palette.sea);
/** The paper margin the old regional basemap drew beyond its box. */
const MARGIN = hex('#e7e4de');
const near = (pixel: number[], colour: number[], tolerance: number) =>
  pixel.every((value, i) => Math.abs(value - colour[i]!) <= tolerance);

/** Where on Earth a pixel of the canvas is, from the settled view (north up, no tilt). */
function lonLatAt(view: number[], width: number, height: number, x: number, y: number) {
  const [lng = 0, lat = 0, zoom = 0] = view;
  const world = 512 * 2 ** zoom;
  const cx = ((lng + 180) / 360) * world;
  const r = (lat * Math.PI) / 180;
  const cy = ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * world;
  // Degrees east of the antimeridian, wrapped: the map repeats the world to either side.
  const east = (((cx + x - width / 2) / world) * 360) % 360;
  const lon = ((east + 360) % 360) - 180;
  const my = (cy + y - height / 2) / world;
  const latOut = (Math.atan(Math.sinh(Math.PI * (1 - 2 * my))) * 180) / Math.PI;
  return [lon, latOut] as [number, number];
}

/** Points along every edge of the canvas, 4 px in, corners included. */
function edgePoints(width: number, height: number): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i <= 16; i++) {
    const x = Math.round(4 + (i / 16) * (width - 9));
    const y = Math.round(4 + (i / 16) * (height - 9));
    points.push([x, 4], [x, height - 5], [4, y], [width - 5, y]);
  }
  return points;
}

const countryAt = (point: [number, number]) =>
  countries.find((country) => booleanPointInPolygon(point, country));

/**
 * Whether a point lies well inside one country: the points half a degree around it do too, so
 * that coasts, borders and the outlines' simplification cannot decide the test.
 */
function wellInside(point: [number, number]): boolean {
  const country = countryAt(point);
  if (!country) return false;
  const [lon, lat] = point;
  return [
    [0.5, 0],
    [-0.5, 0],
    [0, 0.5],
    [0, -0.5],
  ].every(([dx, dy]) => booleanPointInPolygon([lon + dx!, lat + dy!], country));
}

interface EdgeReport {
  samples: number;
  margin: number;
  landSamples: number;
  landShown: number;
}

function checkEdges(png: PNG, view: number[]): EdgeReport {
  const report: EdgeReport = { samples: 0, margin: 0, landSamples: 0, landShown: 0 };
  const pixelAt = (x: number, y: number) => {
    const at = (y * png.width + x) * 4;
    return [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
  };
  for (const [x, y] of edgePoints(png.width, png.height)) {
    const pixel = pixelAt(x, y);
    report.samples++;
    // The margin was a flat fill: a whole 5×5 block of its colour, not a blend at a border.
    const block = [-2, -1, 0, 1, 2].flatMap((dx) =>
      [-2, -1, 0, 1, 2].map((dy) => pixelAt(x + dx, y + dy)),
    );
    if (block.every((p) => near(p, MARGIN, 3))) report.margin++;
    if (!wellInside(lonLatAt(view, png.width, png.height, x, y))) continue;
    report.landSamples++;
    // Land, a border, a label: anything but open sea where a country is.
    if (!near(pixel, SEA, 6)) report.landShown++;
  }
  return report;
}

test('every step shows land, sea and borders to every edge of the screen', async ({
  page,
}, info) => {
  test.setTimeout(300_000);
  const dist = String(info.project.metadata['dist']);
  const story = JSON.parse(readFileSync(`${dist}/story.json`, 'utf8')) as Story;
  const shots = `test-results/tour/${info.project.name}`;
  mkdirSync(shots, { recursive: true });
  // One page per size, cutting from step to step as a presenter does.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?mode=present');
  let landSamples = 0;
  for (const [i, step] of story.steps.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await settledOn(page, step.id);
    const view = (await page.locator('.story-map').getAttribute('data-view'))!
      .split(',')
      .map(Number);
    const report = checkEdges(await mapPixels(page), view);
    await page.screenshot({
      path: `${shots}/world-${String(i + 1).padStart(2, '0')}-${step.id}.png`,
    });
    expect(report.margin, `${step.id}: edge pixels in the old margin's colour`).toBe(0);
    // Where the screen's edge is well inside a country, the map shows land there.
    expect(report.landShown, `${step.id}: ${JSON.stringify(report)}`).toBeGreaterThanOrEqual(
      Math.ceil(report.landSamples * 0.8),
    );
    landSamples += report.landSamples;
  }
  // The sweep tested something: some edges of these stories lie on land.
  expect(landSamples).toBeGreaterThan(20);
});
