import { expect, settledOn, stepIds, test } from './fixtures.ts';

/** A kiosk left alone for days, and a visitor who touches it. */

test(
  'a touch pauses the kiosk, which plays on after a quiet spell',
  { tag: '@once' },
  async ({ page }) => {
    await page.goto('./?mode=kiosk&dwell=1&resume=3');
    await settledOn(page, stepIds[1]!);
    await page.evaluate(() => {
      const changes: string[] = [];
      (window as unknown as { changes: string[] }).changes = changes;
      new MutationObserver(() =>
        changes.push(document.documentElement.dataset['activeStep']!),
      ).observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['data-active-step'],
      });
    });
    await page.mouse.click(900, 400);
    const paused = page.locator('.paused');
    await expect(paused).toBeVisible();
    const pausedOn = await page.locator('html').getAttribute('data-active-step');
    await expect(paused).toBeHidden({ timeout: 15_000 });
    const duringPause = await page.evaluate(
      () => (window as unknown as { changes: string[] }).changes,
    );
    expect(duringPause.filter((id) => id !== pausedOn)).toEqual([]);
    const next = stepIds[stepIds.indexOf(pausedOn!) + 1]!;
    await settledOn(page, next);
  },
);

test('the kiosk hides the cursor', { tag: '@once' }, async ({ page }) => {
  await page.goto('./?mode=kiosk');
  await settledOn(page, stepIds[0]!);
  const cursor = await page.evaluate(
    () => getComputedStyle(document.querySelector('.panel')!).cursor,
  );
  expect(cursor).toBe('none');
});
