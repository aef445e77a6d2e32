import { mkdirSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, expectMapNotBlank, settledOn, stepIds, test } from './fixtures.ts';

/** Every step, as each kind of user reaches it, photographed for a person to look at. */

async function photograph(page: Page, info: TestInfo, mode: string, index: number) {
  const dir = `test-results/tour/${info.project.name}`;
  mkdirSync(dir, { recursive: true });
  await expectMapNotBlank(page);
  await page.screenshot({
    path: `${dir}/${mode}-${String(index + 1).padStart(2, '0')}-${stepIds[index]}.png`,
  });
}

// Once, at the desktop size: phone-reading.spec.ts scrolls the whole story at three phone sizes.
test(
  'a reader reaches every step by scrolling, in order, and the URL follows',
  {
    tag: '@once',
  },
  async ({ page }, info) => {
    await page.goto('./');
    await settledOn(page, stepIds[0]!);
    await photograph(page, info, 'scroll', 0);
    const seen = [stepIds[0]!];
    while (seen.length < stepIds.length) {
      const scrolled = page.evaluate(
        () => new Promise((done) => addEventListener('scrollend', done, { once: true })),
      );
      await page.mouse.wheel(0, 250);
      await scrolled;
      const active = await page.locator('html').getAttribute('data-active-step');
      if (active === seen.at(-1)) continue;
      seen.push(active!);
      await settledOn(page, active!);
      expect(new URL(page.url()).hash).toBe(`#${active}`);
      await photograph(page, info, 'scroll', seen.length - 1);
    }
    expect(seen).toEqual(stepIds);
  },
);

// The kiosk cuts between steps here (reduced motion): the reader's tour above already flies.
// Slides are photographed by slides-fit.spec.ts, as it checks each one at each screen size.
test(
  'a kiosk plays every step by itself and loops back to the start',
  { tag: '@once' },
  async ({ page }, info) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?mode=kiosk&dwell=2');
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'kiosk');
    for (let i = 0; i < stepIds.length; i++) {
      await settledOn(page, stepIds[i]!);
      await photograph(page, info, 'kiosk', i);
    }
    await settledOn(page, stepIds[0]!);
  },
);
