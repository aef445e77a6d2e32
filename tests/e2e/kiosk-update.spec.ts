import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { serveStatic, type StaticSite } from '../../bench/serve.ts';
import { expect, stepIds, watchWindow } from './fixtures.ts';

/**
 * A kiosk takes a new build at the end of a loop, never mid-step: the production build is
 * copied and served on a port of its own, so that a new build can be put in its place while a
 * kiosk plays it (the preview server's `dist/` is left alone for the other tests).
 */

const COPY = 'test-results/kiosk-update';
const DWELL = 0.3;

test.use({ serviceWorkers: 'allow', viewport: { width: 800, height: 500 } });

let site: StaticSite;
test.beforeAll(async () => {
  rmSync(COPY, { recursive: true, force: true });
  cpSync('dist', COPY, { recursive: true });
  site = await serveStatic(COPY);
});
test.afterAll(async () => {
  await site.close();
  rmSync(COPY, { recursive: true, force: true });
});

/**
 * What a deployment of a changed build does to the files: `index.html` gains a mark, and the
 * service worker's list of files gives it a new revision, so the worker's bytes change too.
 */
function deployNewBuild(mark: string) {
  const page = `${COPY}/index.html`;
  writeFileSync(
    page,
    readFileSync(page, 'utf8').replace('<head>', `<head><meta name="build" content="${mark}">`),
  );
  const worker = `${COPY}/service-worker.js`;
  const before = readFileSync(worker, 'utf8');
  const after = before.replace(
    /\{"revision":"[0-9a-f]+","url":"index\.html"\}/,
    `{"revision":"${mark}","url":"index.html"}`,
  );
  expect(after, 'the service worker lists index.html with a revision').not.toBe(before);
  writeFileSync(worker, after);
}

test('a kiosk takes a new build at the end of a loop @once', async ({ page }) => {
  test.setTimeout(180_000);
  const { problems } = watchWindow(page, new URL(site.url).origin);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // How each page of the kiosk ended: the step it was on, and how long after that step began.
  await page.addInitScript(() => {
    let since = performance.now();
    new MutationObserver(() => (since = performance.now())).observe(document, {
      subtree: true,
      attributeFilter: ['data-active-step'],
    });
    addEventListener('pagehide', () => {
      const ends = JSON.parse(sessionStorage.getItem('ends') ?? '[]') as unknown[];
      ends.push({
        step: document.documentElement.dataset['activeStep'],
        ms: performance.now() - since,
      });
      sessionStorage.setItem('ends', JSON.stringify(ends));
    });
  });
  // `update=0.001`: ask for a new build at every loop's end (the default is once an hour).
  await page.goto(`${site.url}?mode=kiosk&dwell=${DWELL}&update=0.001`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  expect(await page.locator('meta[name="build"]').count()).toBe(0);

  deployNewBuild('second');
  // The kiosk notices at one loop's end and takes it at a later one: two loops at most.
  await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'second', {
    timeout: 120_000,
  });
  const ends = await page.evaluate(
    () => JSON.parse(sessionStorage.getItem('ends') ?? '[]') as { step: string; ms: number }[],
  );
  // One reload, on the last step, after its whole dwell.
  expect(ends).toHaveLength(1);
  expect(ends[0]!.step).toBe(stepIds.at(-1));
  expect(ends[0]!.ms).toBeGreaterThanOrEqual(DWELL * 1000);
  // The new page plays the story again from its first step.
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'playing');
  await expect(page.locator('html')).toHaveAttribute('data-active-step', /.+/);
  expect(problems).toEqual([]);
});
