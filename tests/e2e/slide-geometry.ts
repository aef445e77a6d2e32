import type { Page } from '@playwright/test';
import { TILE_SIZE, toMercator } from '../../src/lib/map/mercator.ts';
import { expect, story } from './fixtures.ts';

/** Checks shared by the slide sweeps (slides, kiosk): what is on screen, and where. */

/** A control the slide's mode must show: a name, a selector, and words it must contain. */
export type Control = [name: string, selector: string, text?: string];

/**
 * What is wrong with the slide on screen: the page or the slide scrolls; the step's date, date
 * note, title, text, sources or a control is missing, off screen or covered; the map's clear
 * area overlaps the text or the timeline, or is too small; the body text is under `minBody` px.
 */
export async function slideProblems(
  page: Page,
  controls: Control[],
  minBody: number,
): Promise<string[]> {
  return page.evaluate(
    ({ controls, minBody }) => {
      const found: string[] = [];
      const view = { width: innerWidth, height: innerHeight };
      const root = document.scrollingElement!;
      if (root.scrollHeight > view.height || root.scrollWidth > view.width)
        found.push('the page scrolls');
      const cards = document.querySelector('.cards')!;
      if (cards.scrollHeight > cards.clientHeight + 1) found.push('the slide scrolls');
      const slide = document.querySelector('.panel [data-step]:not([hidden])')!;
      const note = slide.querySelector('.date-note');
      const all: [string, Element | null | undefined][] = [
        ['date', slide.querySelector('.when')],
        ['title', slide.querySelector('.title')],
        ['text', slide.querySelector('.slide-text')],
        ['sources', slide.querySelector('.cites')],
        ...controls.map(([name, selector, text]): [string, Element | undefined] => [
          name,
          [...document.querySelectorAll(selector)].find(
            (element) => !text || element.textContent?.includes(text),
          ),
        ]),
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
      if (body < minBody) found.push(`body text ${body}px is under ${minBody}px`);
      return found;
    },
    { controls, minBody },
  );
}

/**
 * The step's subject (its highlighted points and the arrowheads) where the settled map shows
 * it, from the view the map reports (`data-view`): those outside the map's clear area.
 */
export async function subjectOutsideFrame(page: Page, index: number): Promise<string[]> {
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
