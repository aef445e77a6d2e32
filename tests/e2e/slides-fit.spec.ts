import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { TILE_SIZE, toMercator } from '../../src/lib/map/mercator.ts';
import { expect, settledOn, stepIds, story, test } from './fixtures.ts';

/**
 * Every slide fits every room's screen: title, date and its note, slide text, sources and the
 * deck's controls on screen, nothing scrolled, clipped or covered, type large enough, and the
 * map's clear area beside the text. One page per size, stepping through the slides; each slide
 * is photographed at the project's own size into test-results/tour/.
 */

const ROOMS = [
  [1024, 768],
  [1280, 720],
  [1280, 800],
  [1366, 768],
  [1920, 1080],
  [3840, 2160],
];

/**
 * The step's subject (its highlighted points and the arrowheads) where the settled map shows
 * it, from the view the map reports (`data-view`): those outside the map's clear area.
 */
async function subjectOutsideFrame(page: Page, index: number): Promise<string[]> {
  const { view, frame, map, scale } = await page.evaluate(() => {
    const rect = (selector: string) => {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    };
    return {
      view: document.querySelector<HTMLElement>('.story-map')!.dataset['view']!,
      frame: rect('.map-frame'),
      map: rect('.story-map'),
      // The map draws `scale` screen pixels for each of its own (larger type for a room).
      scale: (() => {
        const canvas = document.querySelector<HTMLElement>('.story-map canvas')!;
        return canvas.getBoundingClientRect().width / canvas.clientWidth;
      })(),
    };
  });
  const [lon, lat, zoom, bearing] = view.split(',').map(Number) as [number, number, number, number];
  expect(bearing, 'the deck shows north up').toBe(0);
  const [cx, cy] = toMercator([lon, lat]);
  const world = TILE_SIZE * 2 ** zoom * scale;
  const step = story.steps[index]!;
  const points: [string, [number, number]][] = [
    ...step.highlight
      .filter((id) => ['city', 'capital'].includes(story.places[id]!.kind))
      .map((id): [string, [number, number]] => [id, story.places[id]!.anchor]),
    ...step.annotations.map((arrow): [string, [number, number]] => [
      `arrowhead to ${arrow.to}`,
      arrow.path.at(-1)!,
    ]),
  ];
  return points.flatMap(([name, at]) => {
    const [mx, my] = toMercator(at);
    const x = (map.left + map.right) / 2 + (mx - cx) * world;
    const y = (map.top + map.bottom) / 2 + (my - cy) * world;
    const inside =
      x >= frame.left - 2 && x <= frame.right + 2 && y >= frame.top - 2 && y <= frame.bottom + 2;
    return inside ? [] : [`${name} at ${Math.round(x)},${Math.round(y)}`];
  });
}

test('every slide fits each screen, with nothing off screen or covered', async ({
  page,
  guard,
}, info) => {
  test.setTimeout(240_000);
  const phone = info.project.name === 'phone';
  const ownSize = page.viewportSize()!;
  const others = ROOMS.filter(([w, h]) => w !== ownSize.width || h !== ownSize.height);
  const sizes = [[ownSize.width, ownSize.height], ...(phone ? [] : others)];
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const dir = `test-results/tour/${info.project.name}`;
  mkdirSync(dir, { recursive: true });
  let blocked = false;
  for (const [width, height] of sizes) {
    const own = width === ownSize.width && height === ownSize.height;
    if (!own && !blocked) {
      blocked = true;
      // The text's layout does not depend on the map, which this size-by-size sweep would
      // otherwise redraw 14 times at up to 4K in software; at the project's own size it is
      // checked with the live map and photographed. Here the page runs without MapLibre.
      guard.allowConsole(/MapLibre could not be loaded|Failed to load resource|Failed to fetch/);
      await page.route(/\/assets\/maplibre-[\w-]+\.js$/, (route) => route.abort());
    }
    await page.setViewportSize({ width: width!, height: height! });
    await page.goto('./?mode=present');
    await expect(page.locator('html')).toHaveAttribute('data-map-state', own ? 'idle' : 'failed');
    for (let i = 0; i < stepIds.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(page.locator('html')).toHaveAttribute('data-active-step', stepIds[i]!);
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const view = { width: innerWidth, height: innerHeight };
        const root = document.scrollingElement!;
        if (root.scrollHeight > view.height || root.scrollWidth > view.width)
          found.push('the page scrolls');
        const cards = document.querySelector('.cards')!;
        if (cards.scrollHeight > cards.clientHeight + 1) found.push('the slide scrolls');
        const slide = document.querySelector('.panel [data-step]:not([hidden])')!;
        const parts = {
          date: slide.querySelector('.when'),
          title: slide.querySelector('.title'),
          text: slide.querySelector('.slide-text'),
          sources: slide.querySelector('.cites'),
          previous: document.querySelector('.controls button'),
          next: [...document.querySelectorAll('.controls button')].find((b) =>
            b.textContent?.includes('Next'),
          ),
          speaker: [...document.querySelectorAll('.controls button')].find((b) =>
            b.textContent?.includes('Speaker'),
          ),
          counter: document.querySelector('.counter'),
          timeline: document.querySelector('.timeline'),
        };
        const note = slide.querySelector('.date-note');
        const all: [string, Element | null | undefined][] = [
          ...Object.entries(parts),
          ...(note ? [['date note', note] as [string, Element]] : []),
        ];
        for (const [name, element] of all) {
          if (!element) {
            found.push(`${name} is missing`);
            continue;
          }
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) found.push(`${name} is not shown`);
          if (box.left < 0 || box.top < 0 || box.right > view.width || box.bottom > view.height)
            found.push(`${name} is off screen`);
          // Nothing else is drawn over it: its corners and middle hit it or what it holds.
          const points = [
            [box.left + 2, box.top + 2],
            [box.right - 2, box.bottom - 2],
            [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
          ];
          for (const [x, y] of points) {
            const hit = document.elementFromPoint(x!, y!);
            if (hit && !element.contains(hit) && !hit.contains(element))
              found.push(`${name} is covered by ${hit.tagName.toLowerCase()}.${hit.className}`);
          }
        }
        // The map's clear area is what the text and the timeline leave free.
        const frame = document.querySelector('.map-frame')!.getBoundingClientRect();
        for (const selector of ['.panel', '.timeline']) {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          const overlaps =
            box.left < frame.right &&
            frame.left < box.right &&
            box.top < frame.bottom &&
            frame.top < box.bottom;
          if (overlaps) found.push(`the map's clear area overlaps ${selector}`);
        }
        if (frame.width < view.width * 0.3 || frame.height < view.height * 0.25)
          found.push(`the map's clear area is too small (${frame.width}×${frame.height})`);
        const body = parseFloat(getComputedStyle(slide.querySelector('.slide-text')!).fontSize);
        if (Math.abs(view.width / view.height - 16 / 9) < 0.01 && body < view.height * 0.024)
          found.push(`body text ${body}px is under 2.4 % of the height`);
        return found;
      });
      expect(problems, `${width}×${height}, slide ${i + 1} (${stepIds[i]})`).toEqual([]);
      // Every slide photographed at the project's own size, the tallest one at the others.
      if (own) {
        await settledOn(page, stepIds[i]!);
        expect(await subjectOutsideFrame(page, i), `subject of ${stepIds[i]}`).toEqual([]);
      }
      if (own || i === 4) {
        const name = own
          ? `present-${String(i + 1).padStart(2, '0')}-${stepIds[i]}`
          : `present-${width}x${height}-${stepIds[i]}`;
        await page.screenshot({ path: `${dir}/${name}.png` });
      }
    }
  }
  await page.setViewportSize(ownSize);
});
