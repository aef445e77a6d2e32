import { expect, settledOn, stepIds, test } from './fixtures.ts';
import { hideBasemap, showBasemap, viewSubject } from './subject.ts';

/**
 * Every step, opened from the timeline at each screen size a reader may have, shows all it is
 * about (its outlines, arrows with their heads, and its labels, as the map draws them) inside the
 * window and clear of the text, the timeline and the map's own key and credits. One page per
 * size: the steps are chosen on its timeline, as a reader would.
 */

// 412×915 and 1440×900 lie between their neighbours here, and the phone project's reading
// sweep (phone-reading.spec.ts) covers 412×915 stop by stop: left out to keep the suite short.
const SIZES: [number, number][] = [
  [360, 640],
  [390, 844],
  [768, 1024],
  [1024, 768],
  [1280, 800],
  [1920, 1080],
  [2560, 1440],
];

for (const [width, height] of SIZES) {
  test(`every step is in view and clear of the text at ${width}×${height}`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./?hooks#${stepIds[0]}`);
    await settledOn(page, stepIds[0]!);
    await hideBasemap(page);
    const faults: string[] = [];
    for (let i = 0; i < stepIds.length; i++) {
      if (i > 0) {
        await page.locator('.timeline a').nth(i).click();
        await settledOn(page, stepIds[i]!);
      }
      const view = await viewSubject(page);
      if (view.pixels < 40) faults.push(`${stepIds[i]}: only ${view.pixels} pixels of subject`);
      if (view.cut > 0) faults.push(`${stepIds[i]}: cut at the edge (${view.cut} pixels)`);
      if (view.coveredShare > 0) {
        faults.push(`${stepIds[i]}: ${(view.coveredShare * 100).toFixed(1)} % under text`);
      }
      // Nothing, the text least of all, lies over the timeline.
      const hidden = await page.evaluate(() => {
        const timeline = document.querySelector('.timeline')!;
        const box = timeline.getBoundingClientRect();
        let covered = 0;
        for (let x = box.left + 2; x < box.right - 2; x += 8) {
          for (let y = box.top + 2; y < box.bottom - 2; y += 8) {
            const top = document.elementFromPoint(x, y);
            // The timeline's own parts, or what lies under its rounded corners.
            if (top && !timeline.contains(top) && !top.contains(timeline)) covered++;
          }
        }
        return covered;
      });
      if (hidden > 0) faults.push(`${stepIds[i]}: ${hidden} points of the timeline covered`);
    }
    // The basemap back first, for the fixture's check that the map is not blank.
    await showBasemap(page);
    expect(faults).toEqual([]);
  });
}
