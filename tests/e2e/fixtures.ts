import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { Story } from '../../src/lib/story/types.ts';

/** The story as the build wrote it to dist/story.json, which the tests drive the page by. */
export const story: Story = JSON.parse(readFileSync('dist/story.json', 'utf8'));
export const stepIds = story.steps.map((step) => step.id);

/** Expected problems a test may allow (e.g. the console error of a map that cannot start). */
interface Guard {
  allowConsole(pattern: RegExp): void;
}

/**
 * Every test fails on a request leaving the page's origin, on a console error or page error,
 * and, when the map is up, on a blank map.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const found: string[] = [];
      const allowed: RegExp[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob):/.test(url) || new URL(url).origin === origin) return;
        found.push(`request left the origin: ${url}`);
      });
      await page.route(
        (url) => url.origin !== origin,
        (route) => route.abort(),
      );
      page.on('console', (message) => {
        if (message.type() === 'error') found.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => found.push(`page error: ${error.message}`));
      await use({ allowConsole: (pattern) => allowed.push(pattern) });
      expect(found.filter((problem) => !allowed.some((pattern) => pattern.test(problem)))).toEqual(
        [],
      );
      // The speaker view has no live map, and the handout's pictures are checked by its tests.
      const { mapState, mode } = await page.evaluate(() => ({
        ...document.documentElement.dataset,
      }));
      if (mapState !== 'failed' && mode !== 'speaker' && mode !== 'print')
        await expectMapNotBlank(page);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Fails the test, at its end, on a console error, a page error or a request leaving the origin in
 * another window the test opened (the guard watches the test's first page only).
 */
export function watchWindow(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin)
      problems.push(`request left the origin: ${url}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { problems };
}

/** Waits until step `id` is active and the map has settled on it. */
export async function settledOn(page: Page, id: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-active-step', id);
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'idle');
}

/**
 * Waits until the page has stopped scrolling: the scroll position holds for three frames. A
 * smooth scroll still running would otherwise carry on past whatever the test does next.
 */
export async function scrollSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const y = window.scrollY;
        let frames = 0;
        const tick = () => {
          if (window.scrollY !== y) resolve(false);
          else if (++frames === 3) resolve(true);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** The map canvas alone, with the text and controls over it hidden for the moment. */
export async function mapPixels(page: Page): Promise<PNG> {
  const style = await page.addStyleTag({
    content:
      'body * { visibility: hidden !important } .story-map canvas { visibility: visible !important }',
  });
  const shot = await page.locator('.story-map canvas').screenshot();
  await style.evaluate((element) => (element as HTMLElement).remove());
  return PNG.sync.read(shot);
}

/** Fails when the map shows (nearly) one colour: a map that rendered nothing. */
export async function expectMapNotBlank(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'idle');
  const png = await mapPixels(page);
  const counts = new Map<number, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key =
      ((png.data[i]! >> 4) << 8) | ((png.data[i + 1]! >> 4) << 4) | (png.data[i + 2]! >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const pixels = png.data.length / 4;
  const dominant = Math.max(...counts.values()) / pixels;
  expect(counts.size, 'distinct colours on the map').toBeGreaterThanOrEqual(10);
  expect(dominant, 'share of the most common colour').toBeLessThan(0.97);
}

/** The share of pixels that differ noticeably between two map pictures of the same size. */
export function pixelDifference(a: PNG, b: PNG): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let different = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const delta =
      Math.abs(a.data[i]! - b.data[i]!) +
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
      Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (delta > 48) different++;
  }
  return different / (a.data.length / 4);
}

/** Makes the page's browser refuse WebGL, as a browser without it (or with it blocked) does. */
export async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type.startsWith('webgl')) return null;
      return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
}

/**
 * For each picture `images` finds, once decoded: its width in pixels, how many colours it has and
 * the share of its commonest (a blank picture has one colour).
 */
export function imageColours(images: Locator) {
  return images.evaluateAll((elements) =>
    Promise.all(
      (elements as HTMLImageElement[]).map(async (img) => {
        await img.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [160, 90];
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0, 160, 90);
        const data = context.getImageData(0, 0, 160, 90).data;
        const counts = new Map<number, number>();
        for (let i = 0; i < data.length; i += 4) {
          const key = ((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        return {
          width: img.naturalWidth,
          colours: counts.size,
          dominant: Math.max(...counts.values()) / (160 * 90),
        };
      }),
    ),
  );
}

/** axe, at WCAG 2.2 AA: nothing serious or critical on the page as it is. */
export async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** A finger drawn across the page from `from` to `to` (x, in pixels), as a touch screen sends it. */
export function swipe(page: Page, from: number, to: number): Promise<void> {
  return page.evaluate(
    ([x0, x1]) => {
      const at = (type: string, x: number) =>
        window.dispatchEvent(
          new PointerEvent(type, { pointerType: 'touch', pointerId: 7, clientX: x, clientY: 300 }),
        );
      at('pointerdown', x0!);
      at('pointerup', x1!);
    },
    [from, to],
  );
}
