import { expect, settledOn, stepIds, test } from './fixtures.ts';
import { hideBasemap, showBasemap, viewSubject } from './subject.ts';

/**
 * A reader scrolling through the whole story on a phone at an even pace: at each stop, how much
 * of what the active step is about (its outlines, arrows and labels, as drawn) is clear of the
 * text. Most stops must show at least 80 % of it, and every step must be seen whole at some
 * stop while it is being read.
 */

const PHONES: [number, number][] = [
  [360, 640],
  [390, 844],
  [412, 915],
];

for (const [width, height] of PHONES) {
  test(`scrolling the story at ${width}×${height} keeps the step in view`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?hooks');
    await settledOn(page, stepIds[0]!);
    await hideBasemap(page);
    // From the top of the page until the last step's text has passed under the map.
    const end = await page.evaluate(() => {
      const last = [...document.querySelectorAll<HTMLElement>('[data-step]')].at(-1)!;
      return last.getBoundingClientRect().bottom + window.scrollY - window.innerHeight * 0.5;
    });
    const stride = Math.round(height * 0.3);
    const stops: { step: string; clear: number }[] = [];
    for (let y = 0; y <= end; y += stride) {
      // The stop, once the page has seen the scroll (its scroll events come a frame later).
      const step = await page.evaluate(
        (top) =>
          new Promise<string>((done) => {
            window.scrollTo({ top, behavior: 'instant' });
            requestAnimationFrame(() =>
              requestAnimationFrame(() => done(document.documentElement.dataset['activeStep']!)),
            );
          }),
        y,
      );
      await settledOn(page, step);
      const view = await viewSubject(page);
      expect(view.pixels, `subject of ${step} drawn at ${y}px`).toBeGreaterThan(40);
      stops.push({ step, clear: view.cut > 0 ? 0 : 1 - view.coveredShare });
    }
    const mostlyClear = stops.filter((stop) => stop.clear >= 0.8).length / stops.length;
    const best = new Map<string, number>();
    for (const { step, clear } of stops) best.set(step, Math.max(best.get(step) ?? 0, clear));
    console.log(
      `${width}×${height}: ${stops.length} stops, ${(mostlyClear * 100).toFixed(0)} % with ≥ 80 % of the subject clear, mean ${(
        (stops.reduce((sum, stop) => sum + stop.clear, 0) / stops.length) *
        100
      ).toFixed(0)} %`,
    );
    expect(mostlyClear).toBeGreaterThanOrEqual(0.8);
    expect([...best.keys()]).toEqual(stepIds);
    expect([...best].filter(([, clear]) => clear < 1)).toEqual([]);
    await showBasemap(page);
  });
}
