import {
  expect,
  expectAxeClean,
  settledOn,
  stepIds,
  story,
  test,
  watchWindow,
} from './fixtures.ts';

/** A presenter with a speaker view in a second window of the same browser. */

test('S opens the speaker view; both windows drive each other, after reloads too', async ({
  page,
  baseURL,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?mode=present&talk=20#${stepIds[3]}`);
  await settledOn(page, stepIds[3]!);
  const opened = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await opened;
  const watched = watchWindow(speaker, new URL(baseURL!).origin);
  await expect(speaker.locator('html')).toHaveAttribute('data-mode', 'speaker');
  await settledOn(speaker, stepIds[3]!);
  expect(new URL(speaker.url()).search).toBe('?mode=speaker&talk=20');

  // What the presenter sees, and the audience never does.
  const step = story.steps[3]!;
  await expect(speaker.locator('.notes')).toContainText(step.notes!);
  await expect(speaker.locator('.current')).toContainText(step.title);
  await expect(speaker.locator('.prose')).toContainText('Only Rangeinn names the area');
  await expect(speaker.locator('.next-title')).toContainText(story.steps[4]!.title);
  await expect(speaker.locator('.next [data-sketch="drawn"]')).toBeVisible();
  await expect(speaker.locator('.count')).toHaveText(`4 / ${stepIds.length}`);
  await expect(speaker.locator('.link')).toHaveText(/Following the deck/);
  await expect(page.getByText(step.notes!)).toHaveCount(0);

  // The timer: start, pause, reset; the pacing hint once it runs.
  await expect(speaker.locator('.pace')).toContainText('Start the timer');
  await speaker.getByRole('button', { name: 'Start' }).click();
  await expect(speaker.locator('[data-pace]')).toBeVisible();
  await expect(speaker.locator('.elapsed')).not.toHaveAttribute('data-elapsed', '0', {
    timeout: 5000,
  });
  await speaker.getByRole('button', { name: 'Pause' }).click();
  await speaker.getByRole('button', { name: 'Reset' }).click();
  await expect(speaker.locator('.elapsed')).toHaveText('0:00');

  // Keys and clicks in either window move both.
  await speaker.keyboard.press('ArrowRight');
  await settledOn(page, stepIds[4]!);
  await page.keyboard.press('ArrowRight');
  await settledOn(speaker, stepIds[5]!);
  await speaker.getByRole('button', { name: /Next/ }).click();
  await settledOn(page, stepIds[6]!);
  await page.getByRole('button', { name: /Previous/ }).click();
  await settledOn(speaker, stepIds[5]!);

  // A reloaded speaker view rejoins the deck at its slide; so does a deck opened afresh.
  await speaker.reload();
  await settledOn(speaker, stepIds[5]!);
  await speaker.keyboard.press('End');
  await settledOn(page, stepIds.at(-1)!);
  await expect(speaker.locator('.next-title')).toContainText('last slide');
  await page.goto('./?mode=present');
  await settledOn(page, stepIds.at(-1)!);
  await speaker.keyboard.press('Home');
  await settledOn(page, stepIds[0]!);

  // Blackout from the speaker view, and back from the deck.
  await speaker.keyboard.press('b');
  await expect(page.locator('.blackout')).toBeVisible();
  await expect(speaker.getByRole('button', { name: /Audience screen is black/ })).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('.blackout')).toBeHidden();
  await expect(speaker.getByRole('button', { name: /Black out the audience/ })).toBeVisible();

  // Closing the speaker view leaves the deck running.
  await speaker.close();
  await page.keyboard.press('ArrowRight');
  await settledOn(page, stepIds[1]!);
  expect(watched.problems).toEqual([]);
});

test('a speaker view with no deck says so, and joins one when it opens', async ({
  page,
  context,
}) => {
  await page.goto('./?mode=speaker');
  await expect(page.locator('.link')).toContainText('No deck to follow yet');
  await settledOn(page, stepIds[0]!);
  const deck = await context.newPage();
  await deck.goto(`./?mode=present#${stepIds[8]}`);
  await expect(page.locator('.link')).toHaveText(/Following the deck/);
  await settledOn(page, stepIds[8]!);
  await deck.close();
});

test('a blocked window gets a message and a link to open the speaker view in a tab', async ({
  page,
}) => {
  await page.addInitScript(() => (window.open = () => null));
  await page.goto(`./?mode=present#${stepIds[2]}`);
  await settledOn(page, stepIds[2]!);
  await page.getByRole('button', { name: /Speaker view/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('blocked');
  const link = alert.getByRole('link', { name: /speaker view in a new tab/ });
  const href = new URL((await link.getAttribute('href'))!);
  expect(href.searchParams.get('mode')).toBe('speaker');
  expect(href.hash).toBe(`#${stepIds[2]}`);
});

test('axe finds nothing serious in the speaker view', async ({ page }) => {
  await page.goto(`./?mode=speaker&talk=20#${stepIds[4]}`);
  await settledOn(page, stepIds[4]!);
  await expectAxeClean(page);
});
