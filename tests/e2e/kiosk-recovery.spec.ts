import type { Page } from '@playwright/test';
import { expect, expectMapNotBlank, settledOn, stepIds, test } from './fixtures.ts';

/**
 * A kiosk mends itself: a lost WebGL context given back is drawn again in place; one never
 * given back gets a new map; if no new map can be made, or the map hangs, the page reloads
 * itself at the step it was on, and counts the reload.
 */

/** Loses the map's WebGL context; returns the extension to give it back with. */
async function loseContext(page: Page): Promise<void> {
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.story-map canvas')!;
    const gl = canvas.getContext('webgl2')!;
    const lose = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { restoreContext: () => void }).restoreContext = () =>
      lose.restoreContext();
    lose.loseContext();
  });
}

/** Marks the page, so that a reload (which drops the mark) can be told from none. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
}

async function reloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => !('notReloaded' in window));
}

const step = stepIds[3]!;

// A small screen: each test draws the map several times in software.
test.use({ viewport: { width: 800, height: 500 } });

test('a lost context comes back in place; one never given back gets a new map', async ({
  page,
  guard,
}) => {
  guard.allowConsole(/WebGL|webgl|context/i);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?mode=kiosk&dwell=3600#${step}`);
  await settledOn(page, step);
  await markPage(page);
  const canvas = await page.locator('.story-map canvas').elementHandle();
  await loseContext(page);
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'loading');
  await page.evaluate(() => (window as unknown as { restoreContext: () => void }).restoreContext());
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'idle', { timeout: 10_000 });
  await expectMapNotBlank(page);
  expect(await canvas!.evaluate((element) => element.isConnected)).toBe(true);
  // Lost for good: after a few seconds, a new map (a new canvas) draws the same step.
  await loseContext(page);
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'loading');
  await settledOn(page, step);
  await expectMapNotBlank(page);
  expect(await canvas!.evaluate((element) => element.isConnected)).toBe(false);
  expect(await reloaded(page)).toBe(false);
  await expect(page.locator('html')).toHaveAttribute('data-kiosk-reloads', '0');
});

test('a map that cannot be made again reloads the page at its step', async ({ page, guard }) => {
  guard.allowConsole(/WebGL|webgl|context|could not be shown|Kiosk watchdog/i);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?mode=kiosk&dwell=3600#${step}`);
  await settledOn(page, step);
  await expect(page.locator('html')).toHaveAttribute('data-kiosk-reloads', '0');
  await markPage(page);
  // The GPU gives no new context (until the page is reloaded).
  await page.evaluate(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    const first = document.querySelector('.story-map canvas');
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type.startsWith('webgl') && this !== first) return null;
      return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  await loseContext(page);
  await expect(page.locator('html')).toHaveAttribute('data-kiosk-reloads', '1', {
    timeout: 20_000,
  });
  expect(await reloaded(page)).toBe(true);
  await settledOn(page, step);
});

test('a kiosk whose map never settles is reloaded by the watchdog at its step', async ({
  page,
  guard,
}) => {
  guard.allowConsole(/Kiosk watchdog/);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?mode=kiosk&dwell=3600&watchdog=10&hooks#${step}`);
  await settledOn(page, step);
  await markPage(page);
  // A hang: the map never reports itself settled again, so the next step never settles.
  await page.evaluate(() => {
    type Fire = (event: string | { type: string }, ...rest: unknown[]) => unknown;
    const { map } = (window as unknown as { mapStory: { map: { fire: Fire } } }).mapStory;
    const fire = map.fire.bind(map);
    map.fire = (event, ...rest) =>
      (typeof event === 'string' ? event : event.type) === 'idle' ? map : fire(event, ...rest);
  });
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('data-active-step', stepIds[4]!);
  await expect(page.locator('html')).toHaveAttribute('data-kiosk-reloads', '1', {
    timeout: 30_000,
  });
  expect(await reloaded(page)).toBe(true);
  expect(warnings.join('\n')).toMatch(/the map has not settled for 10 s/);
  await settledOn(page, stepIds[4]!);
});
