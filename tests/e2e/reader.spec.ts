import {
  expect,
  expectMapNotBlank,
  mapPixels,
  pixelDifference,
  scrollSettled,
  settledOn,
  stepIds,
  story,
  test,
} from './fixtures.ts';

/** A reader on a phone or a desktop: fast scrolls, deep links, reloads, resizes and keys. */

const target = stepIds[8]!;

async function scrollToStep(page: import('@playwright/test').Page, id: string) {
  await page.evaluate((stepId) => {
    const element = document.querySelector<HTMLElement>(`[data-step="${stepId}"]`)!;
    const top = element.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3;
    window.scrollTo({ top, behavior: 'instant' });
  }, id);
}

test('a deep link opens at its step, with its text in view, and keeps its URL', async ({
  page,
}) => {
  await page.goto(`./#${target}`);
  await settledOn(page, target);
  await expect(page.locator(`[data-step="${target}"]`)).toBeInViewport();
  expect(new URL(page.url()).hash).toBe(`#${target}`);
  await expect(page.locator('#map-text')).toHaveText(story.steps[8]!.mapText);
});

test(
  'fast jumps across many steps end in the same picture as a direct visit',
  { tag: '@once' },
  async ({ page }) => {
    await page.goto(`./#${target}`);
    await settledOn(page, target);
    const direct = await mapPixels(page);

    await page.goto('./');
    await settledOn(page, stepIds[0]!);
    // Three jumps without waiting for the map in between, as a flick of a trackpad would.
    await scrollToStep(page, stepIds.at(-1)!);
    await scrollToStep(page, stepIds[2]!);
    await scrollToStep(page, target);
    await settledOn(page, target);
    await expect(page.locator('#map-text')).toHaveText(story.steps[8]!.mapText);
    expect(pixelDifference(await mapPixels(page), direct)).toBeLessThan(0.02);
  },
);

test('a reload mid-story comes back to the same step', { tag: '@once' }, async ({ page }) => {
  await page.goto('./');
  await settledOn(page, stepIds[0]!);
  await scrollToStep(page, stepIds[4]!);
  await settledOn(page, stepIds[4]!);
  await page.reload();
  await settledOn(page, stepIds[4]!);
});

test('a resize keeps the step and reframes the map', async ({ page }) => {
  await page.goto(`./#${target}`);
  await settledOn(page, target);
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: before.height, height: before.width });
  await settledOn(page, target);
  await expectMapNotBlank(page);
  await page.setViewportSize(before);
  await settledOn(page, target);
});

test('a resize that leaves the text where it was does not pull the reader back', async ({
  page,
}) => {
  await page.goto('./');
  await settledOn(page, stepIds[0]!);
  // A phone's address bar sliding away fires a resize mid-scroll, before the scroll's own
  // events have told the page which step is being read.
  await page.evaluate((stepId) => {
    const element = document.querySelector<HTMLElement>(`[data-step="${stepId}"]`)!;
    const top = element.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3;
    window.scrollTo({ top, behavior: 'instant' });
    window.dispatchEvent(new Event('resize'));
  }, stepIds[4]!);
  await settledOn(page, stepIds[4]!);
});

test('the keyboard scrolls through the steps and the timeline jumps to one', async ({ page }) => {
  await page.goto('./');
  await settledOn(page, stepIds[0]!);
  // The reader clicks into the article, then pages down. Now and then headless Chromium drops
  // every key's scroll on a fresh page: the presses complete, the page has focus, nothing moves. It
  // failed 2 full-suite CI runs in a row, and 3 of about 200 local runs of this test (2 of them
  // right after the presenter test's full screen). A reader would click and press again; so
  // does this test, and it still fails if the keys never scroll.
  await expect(async () => {
    await page.getByRole('heading', { level: 1 }).click();
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
    await expect(page.locator('html')).not.toHaveAttribute('data-active-step', stepIds[0]!, {
      timeout: 5_000,
    });
  }).toPass({ timeout: 30_000 });
  // The keys' smooth scroll ends before the reader reaches for the timeline; a fragment jump
  // made while it still runs is overtaken by it.
  await scrollSettled(page);
  const link = page.getByRole('link', { name: new RegExp(`^${story.steps[10]!.title}`) });
  await link.focus();
  await page.keyboard.press('Enter');
  await settledOn(page, stepIds[10]!);
});

test(
  'a flight is seen whole even when its first frame comes late',
  { tag: '@once' },
  async ({ page }) => {
    // A slow machine, as the page's clock tells it: from a given moment every frame lasts 50 times
    // longer, so the first frame of a flight (here some 0.3 s long) comes after its natural end.
    await page.addInitScript(() => {
      const real = performance.now.bind(performance);
      let from: number | undefined;
      let factor = 1;
      performance.now = () => (from === undefined ? real() : from + (real() - from) * factor);
      Object.assign(window, {
        slowDown(by: number) {
          from = real();
          factor = by;
        },
      });
    });
    await page.goto('./');
    await settledOn(page, stepIds[0]!);
    await page.evaluate(() => (window as unknown as { slowDown(by: number): void }).slowDown(50));
    await scrollToStep(page, stepIds[3]!);
    await settledOn(page, stepIds[3]!);
    await expect(page.locator('.story-map')).toHaveAttribute('data-camera', 'flight');
  },
);

test('with reduced motion, steps cut instead of flying', { tag: '@once' }, async ({ page }) => {
  await page.goto('./');
  await settledOn(page, stepIds[0]!);
  await scrollToStep(page, stepIds[3]!);
  await settledOn(page, stepIds[3]!);
  await expect(page.locator('.story-map')).toHaveAttribute('data-camera', 'flight');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await settledOn(page, stepIds[0]!);
  await scrollToStep(page, stepIds[3]!);
  await settledOn(page, stepIds[3]!);
  await expect(page.locator('.story-map')).toHaveAttribute('data-camera', 'cut');
});

test(
  'the page states its language from the start and writes its root only on change',
  { tag: '@once' },
  async ({ page }) => {
    // Each write to an attribute of <html> restyles the page, even of the value it already has;
    // one to `lang` restyles every element. Records in order: each holds the value before it,
    // so a write changed nothing when that equals the next record's (or, last, the final) value.
    await page.addInitScript(() => {
      const history: Record<string, (string | null)[]> = {};
      Object.assign(window, { rootWrites: history });
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.target !== document.documentElement || !record.attributeName) continue;
          (history[record.attributeName] ??= []).push(record.oldValue);
        }
      }).observe(document, { subtree: true, attributes: true, attributeOldValue: true });
    });
    const response = await page.goto('./');
    expect(await response!.text()).toContain(`<html lang="${story.language}"`);
    await settledOn(page, stepIds[0]!);
    await scrollToStep(page, stepIds[1]!);
    await settledOn(page, stepIds[1]!);
    const unchanged = await page.evaluate(() => {
      const history = (window as unknown as { rootWrites: Record<string, (string | null)[]> })
        .rootWrites;
      return Object.entries(history).flatMap(([name, before]) => {
        const values = [...before, document.documentElement.getAttribute(name)];
        return before
          .filter((value, i) => value === values[i + 1])
          .map((value) => `${name}=${value}`);
      });
    });
    expect(unchanged).toEqual([]);
  },
);

test(
  'nothing on the page is drawn with a blur, in any mode',
  { tag: '@once' },
  async ({ page }) => {
    // Blurred shadows and filters are drawn pixel by pixel where the GPU is emulated in software;
    // the panels' shadows alone held the map's first picture back by some 170 ms on such a
    // machine (README.md, "Performance"). Lists every element, pseudo-elements too, that has one.
    for (const mode of ['scroll', 'present', 'kiosk']) {
      await page.goto(`./?mode=${mode}`);
      await settledOn(page, stepIds[0]!);
      const blurred = await page.evaluate(() => {
        const lengths = (value: string) =>
          value
            .replace(/rgba?\([^)]*\)/g, '')
            .split(',')
            .map((shadow) =>
              [...shadow.matchAll(/-?[\d.]+px/g)].map((match) => parseFloat(match[0])),
            );
        const found: string[] = [];
        for (const element of document.querySelectorAll('*')) {
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(element, pseudo);
            const shadows = [
              ...lengths(style.boxShadow === 'none' ? '' : style.boxShadow),
              ...lengths(style.textShadow === 'none' ? '' : style.textShadow),
            ];
            const filters = `${style.filter} ${style.backdropFilter}`;
            if (shadows.some((shadow) => (shadow[2] ?? 0) > 0) || filters.includes('blur(')) {
              found.push(`${element.tagName.toLowerCase()}.${element.className}${pseudo ?? ''}`);
            }
          }
        }
        return found;
      });
      expect(blurred, `blurred in ${mode} mode`).toEqual([]);
    }
  },
);

test('every timeline click counts: quick clicks and a click mid-scroll end on the last one', async ({
  page,
}) => {
  await page.goto('./');
  await settledOn(page, stepIds[0]!);
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { seen });
    new MutationObserver(() => seen.push(document.documentElement.dataset['activeStep']!)).observe(
      document.documentElement,
      { attributes: true, attributeFilter: ['data-active-step'] },
    );
  });
  const dots = page.locator('.timeline a');
  // Two clicks in quick succession: the map goes to each chosen step, and through no other.
  await dots.nth(5).click();
  await dots.nth(9).click();
  await settledOn(page, stepIds[9]!);
  await scrollSettled(page);
  await expect(page.locator('html')).toHaveAttribute('data-active-step', stepIds[9]!);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.filter((id) => id !== stepIds[5] && id !== stepIds[9])).toEqual([]);
  // A click while the page is still scrolling from a key press.
  await page.keyboard.press('PageDown');
  await dots.nth(2).click();
  await settledOn(page, stepIds[2]!);
  await scrollSettled(page);
  await expect(page.locator('html')).toHaveAttribute('data-active-step', stepIds[2]!);
  await expect(page.locator(`[data-step="${stepIds[2]}"]`)).toBeInViewport();
});

test('the map has a key to the step’s symbols, a scale and, zoomed in, a locator', async ({
  page,
}) => {
  const panjgur = story.steps.findIndex((step) => step.id === 'panjgur');
  await page.goto(`./#${stepIds[panjgur]}`);
  await settledOn(page, stepIds[panjgur]!);
  const key = page.locator('#map-key');
  await expect(key.locator('li')).toHaveText([
    'Area in this step',
    'Strike: Direction only; launch site not reported',
  ]);
  await expect(key).toHaveAccessibleName('Key to the map');
  await expect(page.locator('.story-map canvas')).toHaveAttribute(
    'aria-describedby',
    'map-text map-key',
  );
  await expect(page.locator('.scale').first()).toHaveText(/^\d[\d,]* (km|m)$/);
  await expect(page.locator('.locator')).toBeVisible();
  await expect(
    page.getByRole('img', {
      name: /^Locator globe: the map shows an area around 2\d\.\d° N, 6\d\.\d° E\.$/,
    }),
  ).toBeVisible();
  // A view wider than about a continent needs no locator.
  const wide = story.steps.findIndex((step) => step.id === 'restraint');
  await page.locator('.timeline a').nth(wide).click();
  await settledOn(page, stepIds[wide]!);
  await expect(key.locator('li')).toHaveText(['Area in this step']);
  await expect(page.locator('.locator')).toHaveCount(0);
});
