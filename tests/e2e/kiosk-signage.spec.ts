import { mkdirSync } from 'node:fs';
import { expect, settledOn, stepIds, test } from './fixtures.ts';
import { slideProblems, subjectOutsideFrame, type Control } from './slide-geometry.ts';

/**
 * Every step fits each signage screen: title, date, slide text, sources, progress and timeline
 * on screen, nothing scrolled, clipped or covered, type readable from metres away. The text is
 * swept without MapLibre (its layout does not depend on the map); then a few steps are drawn
 * with the live map, their subject checked to lie in the part of the map the text leaves clear,
 * and photographed into test-results/kiosk/. The 4K screen is laid out as 1920×1080 at twice
 * the size, so it is not drawn again here (software WebGL takes some 20 s a picture there).
 */

const SCREENS = [
  [1920, 1080],
  [1080, 1920],
  [3840, 2160],
  [1280, 800],
] as const;

/** Steps drawn with the live map: the longest slide and a wide view upright, one elsewhere. */
const DRAWN: [number, number, number][] = [
  [1080, 1920, 4],
  [1080, 1920, 9],
  [1920, 1080, 0],
  [1280, 800, 9],
];

const KIOSK_CONTROLS: Control[] = [
  ['progress', '.timeline .count'],
  ['timeline', '.timeline ol'],
  ['dwell bar', '.dwell'],
  ['previous', '.moves button', 'Previous'],
  ['next', '.moves button', 'Next'],
];

/** Readable from two or three metres: at least 2.2 % of the screen's shorter side. */
const minBody = (width: number, height: number) => Math.min(width, height) * 0.022;

test('every step fits each signage screen, with its subject in the clear', async ({
  page,
  guard,
}) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const withoutMap = /\/assets\/maplibre-[\w-]+\.js$/;
  guard.allowConsole(/MapLibre could not be loaded|Failed to load resource|Failed to fetch/);
  await page.route(withoutMap, (route) => route.abort());
  for (const [width, height] of SCREENS) {
    await page.setViewportSize({ width, height });
    await page.goto(`./?mode=kiosk&dwell=3600&screen=${width}`);
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'failed');
    for (let i = 0; i < stepIds.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(page.locator('html')).toHaveAttribute('data-active-step', stepIds[i]!);
      await expect(page.locator('.cards')).toHaveAttribute('data-fitted', '');
      const problems = await slideProblems(page, KIOSK_CONTROLS, minBody(width, height));
      expect(problems, `${width}×${height}, step ${i + 1} (${stepIds[i]})`).toEqual([]);
    }
  }
  await page.unroute(withoutMap);
  mkdirSync('test-results/kiosk', { recursive: true });
  for (const [width, height, i] of DRAWN) {
    await page.setViewportSize({ width, height });
    await page.goto(`./?mode=kiosk&dwell=3600&screen=${width}#${stepIds[i]}`);
    await settledOn(page, stepIds[i]!);
    expect(await subjectOutsideFrame(page, i), `${width}×${height}, ${stepIds[i]}`).toEqual([]);
    expect(await slideProblems(page, KIOSK_CONTROLS, minBody(width, height))).toEqual([]);
    await page.screenshot({ path: `test-results/kiosk/${width}x${height}-${stepIds[i]}.png` });
  }
});
