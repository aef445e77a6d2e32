import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Story } from '../../src/lib/story/types.ts';
import { expect, expectAxeClean, settledOn, swipe, test } from './fixtures.ts';
import { hideBasemap, showBasemap, viewSubject } from './subject.ts';

/**
 * A story written right to left (tests/fixtures/rtl/strikes-fa.md, in Persian, built into
 * dist-rtl/), on a desktop (1280×800) and a phone (390×844): the page is mirrored, its own words
 * are Persian, and the keys and swipes that go forward follow the reading direction.
 */

const story: Story = JSON.parse(readFileSync('dist-rtl/story.json', 'utf8'));
const ids = story.steps.map((step) => step.id);

type Box = { left: number; right: number; top: number; bottom: number; width: number };

const box = (page: Page, selector: string): Promise<Box> =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const { left, right, top, bottom, width } = element.getBoundingClientRect();
      return { left, right, top, bottom, width };
    });

/** The horizontal middles of the timeline's dots, in the order of the steps. */
const dotCentres = (page: Page): Promise<number[]> =>
  page.locator('.timeline li').evaluateAll((items) =>
    items.map((item) => {
      const { left, right } = item.getBoundingClientRect();
      return (left + right) / 2;
    }),
  );

test('reading: the page runs right to left, in Persian, card and timeline mirrored', async ({
  page,
}) => {
  await page.goto('./');
  await settledOn(page, ids[0]!);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'fa-IR');
  // The page's own words, numbers and dates are Persian, from the story's catalogue.
  await expect(page.locator('.timeline .count')).toHaveText('گام ۱ از ۴');
  await expect(page.locator('.timeline')).toHaveAttribute('aria-label', 'خط زمانی روایت');
  await expect(page.locator('.step-card .when').first()).toHaveText('۱۶ تا ۱۷ ژانویهٔ ۲۰۲۴');
  await expect(page.locator('#sources-title')).toHaveText('منابع');
  await expectAxeClean(page);

  // The timeline starts on the right: each step's dot lies left of the one before.
  const dots = await dotCentres(page);
  expect(dots).toHaveLength(ids.length);
  for (let i = 1; i < dots.length; i++) expect(dots[i]!).toBeLessThan(dots[i - 1]!);

  // In reading order too: the dots, the steps' sections and their titles follow the story.
  const links = await page
    .locator('.timeline a')
    .evaluateAll((a) => a.map((e) => e.getAttribute('href')));
  expect(links).toEqual(ids.map((id) => `#${id}`));
  expect(await page.locator('section[data-step]').evaluateAll((s) => s.map((e) => e.id))).toEqual(
    ids,
  );

  const width = page.viewportSize()!.width;
  const card = await box(page, `#${ids[0]} .step-card`);
  // The active card's mark is on its right, where its lines start.
  const mark = await page
    .locator(`#${ids[0]} .step-card`)
    .evaluate((element) => getComputedStyle(element).borderRightWidth);
  expect(mark).toBe('4px');
  if (width > 760) {
    // Beside the map: the card on the right, the map's clear area and the timeline left of it.
    expect(card.left).toBeGreaterThan(width / 2);
    expect(width - card.right).toBeLessThan(40);
    const frame = await box(page, '.map-frame');
    expect(frame.right).toBeLessThan(card.left);
    expect(frame.left).toBeLessThan(40);
    const timeline = await box(page, '.timeline');
    expect(timeline.right).toBeLessThan(card.left);
  }
});

test('slides: ← goes forward and → back, Next on the left, in Persian digits', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?mode=present');
  await settledOn(page, ids[0]!);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const next = page.getByRole('button', { name: 'بعدی' });
  const previous = page.getByRole('button', { name: 'قبلی' });
  const [nextBox, previousBox] = [await next.boundingBox(), await previous.boundingBox()];
  expect(nextBox!.x + nextBox!.width).toBeLessThan(previousBox!.x);
  await expect(next.locator('[aria-hidden="true"]')).toHaveText('←');
  await expect(page.locator('.counter')).toContainText('۱ / ۴');
  await expectAxeClean(page);

  // The slide panel is on the right, its clear area to the left of it.
  const width = page.viewportSize()!.width;
  if (width > 760) {
    const panel = await box(page, '.panel');
    expect(width - panel.right).toBeLessThan(40);
    expect((await box(page, '.map-frame')).right).toBeLessThan(panel.left);
  }

  await page.keyboard.press('ArrowLeft');
  await settledOn(page, ids[1]!);
  await page.keyboard.press('ArrowLeft');
  await settledOn(page, ids[2]!);
  await page.keyboard.press('ArrowRight');
  await settledOn(page, ids[1]!);
  await next.click();
  await settledOn(page, ids[2]!);
  await expect(page.locator('.counter')).toContainText('۳ / ۴');

  // A finger drawn from left to right turns the page forward, as in a book read right to left.
  await swipe(page, 100, 300);
  await settledOn(page, ids[3]!);
  await swipe(page, 300, 100);
  await settledOn(page, ids[2]!);
});

test('the kiosk and the speaker view go forward on ← too', { tag: '@once' }, async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?mode=kiosk&dwell=600');
  await settledOn(page, ids[0]!);
  await page.keyboard.press('ArrowLeft');
  await settledOn(page, ids[1]!);
  await page.keyboard.press('ArrowRight');
  await settledOn(page, ids[0]!);
  await expect(page.locator('.paused')).toContainText('۳۰ ثانیه');
  await expectAxeClean(page);

  await page.goto('./?mode=speaker');
  await expect(page.locator('html')).toHaveAttribute('data-active-step', ids[0]!);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('html')).toHaveAttribute('data-active-step', ids[1]!);
  await expect(page.locator('.count')).toHaveText('۲ / ۴');
  await expect(page.locator('#next-title')).toHaveText('بعدی');
});

test('every step lies in the part of the map the mirrored text leaves clear', async ({ page }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Reading and slides beside the map on a desktop; on a phone the map is above the text, and
  // its slides are checked.
  const modes = page.viewportSize()!.width > 760 ? ['', 'mode=present&'] : ['mode=present&'];
  for (const mode of modes) {
    await page.goto(`./?${mode}hooks#${ids[0]}`);
    await settledOn(page, ids[0]!);
    await hideBasemap(page);
    const faults: string[] = [];
    for (let i = 0; i < ids.length; i++) {
      if (i > 0) {
        await page.locator('.timeline a').nth(i).click();
        await settledOn(page, ids[i]!);
      }
      const view = await viewSubject(page);
      if (view.pixels < 40) faults.push(`${mode}${ids[i]}: only ${view.pixels} pixels`);
      if (view.cut > 0) faults.push(`${mode}${ids[i]}: cut at the edge (${view.cut} pixels)`);
      if (view.coveredShare > 0)
        faults.push(`${mode}${ids[i]}: ${(view.coveredShare * 100).toFixed(1)} % under text`);
    }
    expect(faults).toEqual([]);
    await showBasemap(page);
  }
});
