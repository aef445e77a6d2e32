import { expect, settledOn, stepIds, test } from './fixtures.ts';

/**
 * The offline copy: once a production build has been opened, it plays with the server gone,
 * after a reload; byte ranges of a kept file (as a PMTiles archive is read) come from the copy.
 */

test.use({ serviceWorkers: 'allow', viewport: { width: 800, height: 500 } });

test('a kiosk plays on after a reload with the network gone', async ({ page, context }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?mode=kiosk&dwell=1');
  await settledOn(page, stepIds[0]!);
  // The service worker is registered once the first picture is up; it is active once every
  // file of the build is in its cache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'kiosk');
  const now = await page.locator('html').getAttribute('data-active-step');
  const next = stepIds[(stepIds.indexOf(now!) + 1) % stepIds.length]!;
  await settledOn(page, next);
  const range = await page.evaluate(async () => {
    const response = await fetch('geo/places.geojson', { headers: { range: 'bytes=0-99' } });
    const body = await response.arrayBuffer();
    return {
      status: response.status,
      length: body.byteLength,
      contentRange: response.headers.get('content-range'),
      fromWorker: navigator.serviceWorker.controller !== null,
    };
  });
  expect(range).toMatchObject({ status: 206, length: 100, fromWorker: true });
  expect(range.contentRange).toMatch(/^bytes 0-99\/\d+$/);
});
