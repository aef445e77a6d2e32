import { expect, settledOn, stepIds, story, swipe, test } from './fixtures.ts';

/** A presenter with a clicker (PageDown/PageUp) or a keyboard, in the audience's window. */

test(
  'every slide key moves the right way and the URL follows the slide',
  { tag: '@once' },
  async ({ page }) => {
    await page.goto('./?mode=present');
    await settledOn(page, stepIds[0]!);
    const counter = page.locator('.counter');
    const moves: [string, number][] = [
      ['PageDown', 1],
      ['Space', 2],
      ['ArrowDown', 3],
      ['ArrowLeft', 2],
      ['PageUp', 1],
      ['End', stepIds.length - 1],
      ['ArrowRight', stepIds.length - 1],
      ['Shift+Space', stepIds.length - 2],
      ['Home', 0],
      ['ArrowUp', 0],
    ];
    for (const [key, index] of moves) {
      await page.keyboard.press(key);
      await settledOn(page, stepIds[index]!);
      await expect(counter).toContainText(`${index + 1} / ${stepIds.length}`);
      await expect(page.locator(`[data-step="${stepIds[index]}"]`)).toBeVisible();
      if (index > 0) expect(new URL(page.url()).hash).toBe(`#${stepIds[index]}`);
      expect(new URL(page.url()).search).toBe('?mode=present');
    }
  },
);

test(
  'overview, slide numbers, key map and blackout, all by keyboard',
  { tag: '@once' },
  async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?mode=present');
    await settledOn(page, stepIds[0]!);
    const overview = page.getByRole('dialog', { name: `All ${stepIds.length} slides` });
    await page.keyboard.press('o');
    await expect(overview).toBeVisible();
    await expect(overview.locator('[data-sketch="drawn"]')).toHaveCount(stepIds.length);
    await expect(page.locator(`[data-overview-step="${stepIds[0]}"]`)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(overview).toBeHidden();
    await settledOn(page, stepIds[2]!);
    await page.keyboard.press('Escape');
    await expect(overview).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-active-step', stepIds[2]!);

    for (const keys of [
      ['g', '1', '1', 'Enter'],
      ['4', 'Enter'],
    ]) {
      for (const key of keys) await page.keyboard.press(key);
      await settledOn(page, stepIds[Number(keys.filter((k) => /\d/.test(k)).join('')) - 1]!);
    }

    await page.keyboard.press('?');
    const keyMap = page.getByRole('dialog', { name: 'Keys' });
    await expect(keyMap).toBeVisible();
    await expect(keyMap).toContainText('Black the screen out');
    await page.keyboard.press('Escape');
    await expect(keyMap).toBeHidden();

    const blackout = page.locator('.blackout');
    for (const key of ['b', '.', '/']) {
      await page.keyboard.press(key);
      await expect(blackout).toBeVisible();
      // A blacked-out deck keeps its place.
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('html')).toHaveAttribute('data-active-step', stepIds[3]!);
      await page.keyboard.press(key);
      await expect(blackout).toBeHidden();
    }
    await page.keyboard.press('ArrowRight');
    await settledOn(page, stepIds[4]!);
  },
);

test(
  'an edited #step, Back and Forward move the deck, and the kiosk',
  { tag: '@once' },
  async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./?mode=present#${stepIds[1]}`);
    await settledOn(page, stepIds[1]!);
    await page.evaluate((id) => (location.hash = `#${id}`), stepIds[5]!);
    await settledOn(page, stepIds[5]!);
    await page.goBack();
    await settledOn(page, stepIds[1]!);
    await page.goForward();
    await settledOn(page, stepIds[5]!);

    await page.goto(`./?mode=kiosk&dwell=600#${stepIds[2]}`);
    await settledOn(page, stepIds[2]!);
    await page.evaluate((id) => (location.hash = `#${id}`), stepIds[7]!);
    await settledOn(page, stepIds[7]!);
    await page.goBack();
    await settledOn(page, stepIds[2]!);
  },
);

test('a swipe moves the deck on a touch screen', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?mode=present');
  await settledOn(page, stepIds[0]!);
  await swipe(page, 300, 100);
  await settledOn(page, stepIds[1]!);
  await swipe(page, 100, 300);
  await settledOn(page, stepIds[0]!);
});

test('full screen on F, buttons work, and notes never show in the audience window', async ({
  page,
}) => {
  await page.goto(`./?mode=present#${stepIds[3]}`);
  await settledOn(page, stepIds[3]!);
  await expect(page.getByText(story.steps[3]!.notes!)).toHaveCount(0);
  await page.getByRole('button', { name: /Next/ }).click();
  await settledOn(page, stepIds[4]!);
  await page.getByRole('button', { name: /Previous/ }).click();
  await settledOn(page, stepIds[3]!);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(page.getByText(story.steps[3]!.notes!)).toHaveCount(0);
});
