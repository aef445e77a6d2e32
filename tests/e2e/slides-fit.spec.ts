import { mkdirSync } from 'node:fs';
import { expect, settledOn, stepIds, test } from './fixtures.ts';
import { slideProblems, subjectOutsideFrame, type Control } from './slide-geometry.ts';

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

/** The deck's controls, which every slide keeps on screen and uncovered. */
const DECK_CONTROLS: Control[] = [
  ['previous', '.controls button'],
  ['next', '.controls button', 'Next'],
  ['speaker', '.controls button', 'Speaker'],
  ['counter', '.counter'],
  ['timeline', '.timeline'],
];

/**
 * What the map's credits button (ⓘ) overlaps or where it leaves the screen: it sits in the map's
 * clear area, beside the key, never on the slide, its controls or the timeline.
 */
async function creditsClash(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const button = document.querySelector('.maplibregl-ctrl-attrib');
    if (!button) return ['no credits button'];
    const b = button.getBoundingClientRect();
    const found: string[] = [];
    if (b.left < 0 || b.top < 0 || b.right > innerWidth || b.bottom > innerHeight)
      found.push('off screen');
    for (const selector of ['.panel', '.controls', '.timeline', '.map-aside .legend', '.locator']) {
      for (const other of document.querySelectorAll(selector)) {
        const o = other.getBoundingClientRect();
        if (o.width === 0 || o.height === 0) continue;
        const overlaps =
          b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom;
        if (overlaps) found.push(`overlaps ${selector}`);
      }
    }
    return found;
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
      const size = page.viewportSize()!;
      const sixteenNine = Math.abs(size.width / size.height - 16 / 9) < 0.01;
      const problems = await slideProblems(
        page,
        DECK_CONTROLS,
        sixteenNine ? size.height * 0.024 : 0,
      );
      expect(problems, `${width}×${height}, slide ${i + 1} (${stepIds[i]})`).toEqual([]);
      // Every slide photographed at the project's own size, the tallest one at the others.
      if (own) {
        await settledOn(page, stepIds[i]!);
        expect(await subjectOutsideFrame(page, i), `subject of ${stepIds[i]}`).toEqual([]);
        expect(await creditsClash(page), `credits button at ${stepIds[i]}`).toEqual([]);
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
