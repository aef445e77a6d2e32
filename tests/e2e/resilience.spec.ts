import { expect, stepIds, story, test, withoutWebGL } from './fixtures.ts';

/** When the map cannot start, the story stays readable. */

test('without WebGL and without its pictures the story is still there, with a notice, in every mode', async ({
  page,
  guard,
}) => {
  guard.allowConsole(/WebGL|webgl|Failed to load resource/);
  await withoutWebGL(page);
  // A copy of the story whose pictures are lost, or a reader whose connection drops them.
  await page.route(/\/stills\//, (route) => route.abort());
  for (const query of ['', '?mode=present', '?mode=kiosk&dwell=1']) {
    await page.goto(`./${query}`);
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'failed');
    await expect(page.getByText('The map could not be shown.')).toBeVisible();
    await expect(page.locator('[data-step]')).toHaveCount(stepIds.length);
  }
  // The kiosk still plays without its map.
  await expect(page.locator('html')).toHaveAttribute('data-active-step', stepIds[2]!);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  await page.locator(`[data-step="${stepIds[5]}"]`).scrollIntoViewIfNeeded();
  await expect(page.locator('html')).toHaveAttribute('data-active-step', stepIds[5]!);
});

test(
  "when MapLibre cannot be loaded, the story is still there, with each step's picture",
  { tag: '@once' },
  async ({ page, guard }) => {
    guard.allowConsole(/MapLibre could not be loaded|Failed to load resource|Failed to fetch/);
    await page.route(/\/assets\/maplibre-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'failed');
    await expect(page.getByText('The map could not be shown.')).toHaveCount(0);
    await page.locator(`[data-step="${stepIds[3]}"]`).scrollIntoViewIfNeeded();
    await expect(page.locator('html')).toHaveAttribute('data-active-step', stepIds[3]!);
    await expect(page.locator('.still img')).toHaveAttribute('alt', story.steps[3]!.mapText);
  },
);
