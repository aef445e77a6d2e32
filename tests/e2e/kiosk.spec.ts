import { expect, settledOn, stepIds, test } from './fixtures.ts';

/** A kiosk left alone for days, and a visitor who touches it. */

test(
  'a tap pauses the kiosk, which plays on after a quiet spell, then starts again',
  {
    tag: '@once',
  },
  async ({ page }) => {
    // Every wake lock the page asks for (headless Chromium may or may not grant it).
    await page.addInitScript(() => {
      const asked: string[] = [];
      Object.assign(window, { wakeLocksAsked: asked });
      const wakeLock = navigator.wakeLock;
      if (!wakeLock) return;
      const request = wakeLock.request.bind(wakeLock);
      wakeLock.request = (type) => {
        asked.push(type ?? 'screen');
        return request(type);
      };
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?mode=kiosk&dwell=1&resume=3&reset=8');
    await settledOn(page, stepIds[1]!);
    await expect(page.locator('html')).toHaveAttribute('data-kiosk', /playing|waiting/);
    expect(
      await page.evaluate(() => (window as unknown as { wakeLocksAsked: string[] }).wakeLocksAsked),
    ).toEqual(['screen']);
    // A tap on the timeline moves the story there and pauses it.
    await page.locator('.timeline a').nth(5).click();
    await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'paused');
    await expect(page.locator('html')).toHaveAttribute('data-active-step', stepIds[5]!);
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
    const paused = page.locator('.paused');
    await expect(paused).toBeVisible();
    await expect(paused).toBeHidden({ timeout: 15_000 });
    const duringPause = await page.evaluate(
      () => (window as unknown as { changes: string[] }).changes,
    );
    expect(duringPause).toEqual([]);
    // It plays on from there, and once the reset is due, goes back to the first step.
    await settledOn(page, stepIds[6]!);
    await expect(page.locator('html')).toHaveAttribute('data-active-step', stepIds[0]!, {
      timeout: 30_000,
    });
    const seen = await page.evaluate(() => (window as unknown as { changes: string[] }).changes);
    const played = seen.slice(0, -1);
    expect(played).toEqual(stepIds.slice(6, 6 + played.length));
    expect(played.length).toBeLessThan(stepIds.length - 6);
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
