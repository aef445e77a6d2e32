import { expect, settledOn, stepIds, story, test } from './fixtures.ts';

/** The basemap archive: read by range requests from the page's own origin, and its absence told plainly. */

test(
  'the basemap comes from one archive on the page’s own origin, read by range requests',
  { tag: '@once' },
  async ({ page, baseURL }) => {
    const reads: { url: string; range: string | undefined; status: number }[] = [];
    page.on('response', (response) => {
      if (!response.url().includes('.pmtiles')) return;
      reads.push({
        url: response.url(),
        range: response.request().headers()['range'],
        status: response.status(),
      });
    });
    await page.goto(`./#${stepIds[6]}`);
    await settledOn(page, stepIds[6]!);
    // The first 16 KB (header and directory), then at least one tile.
    expect(reads.length).toBeGreaterThanOrEqual(2);
    for (const read of reads) {
      expect(read.url).toBe(new URL('geo/basemap.pmtiles', baseURL).href);
      expect(read.range).toMatch(/^bytes=\d+-\d+$/);
      expect(read.status).toBe(206);
    }
    // Nothing else is fetched for the basemap: no GeoJSON of it, no tiles from elsewhere.
    const others = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /basemap|tiles?\//.test(name) && !name.includes('.pmtiles')),
    );
    expect(others).toEqual([]);
  },
);

test(
  "a missing archive gives a clear console error and the story with each step's picture for its map",
  { tag: '@once' },
  async ({ page, guard }) => {
    guard.allowConsole(/The basemap .*basemap\.pmtiles is not available/);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    // As the dev server and `vite preview` answer a missing file: the page itself, with a 200.
    const index = await (await page.request.get('./')).text();
    await page.route(/basemap\.pmtiles$/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: index }),
    );
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'failed');
    // The pictures made by `npm run stills` stand in for the map.
    await expect(page.locator('.still img')).toHaveAttribute('alt', story.steps[0]!.mapText);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
    await expect(page.locator('[data-step]')).toHaveCount(stepIds.length);
    expect(errors.filter((text) => /is not available/.test(text))).toHaveLength(1);
    expect(errors[0]).toMatch(/geo\/basemap\.pmtiles.*npm run geo/);
    expect(errors.join('\n')).not.toMatch(/Wrong magic number/);
    // The story reads on: a step further down becomes the active one.
    await page.locator(`[data-step="${stepIds[3]}"]`).scrollIntoViewIfNeeded();
    await expect(page.locator('html')).toHaveAttribute('data-active-step', stepIds[3]!);
  },
);
