import { expect, settledOn, stepIds, story, test } from './fixtures.ts';

/** A presenter with a clicker (PageDown/PageUp) or a keyboard. */

test('every slide key moves the right way and the URL follows the slide', async ({ page }) => {
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
});

test('notes on N, full screen on F, buttons work, and a slide link reopens on that slide', async ({
  page,
}) => {
  await page.goto(`./?mode=present#${stepIds[3]}`);
  await settledOn(page, stepIds[3]!);
  const notes = page.locator('#speaker-notes');
  await expect(notes).toBeHidden();
  await page.keyboard.press('n');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText(story.steps[3]!.notes!);
  await page.getByRole('button', { name: /Notes/ }).click();
  await expect(notes).toBeHidden();
  await page.getByRole('button', { name: /Next/ }).click();
  await settledOn(page, stepIds[4]!);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});
