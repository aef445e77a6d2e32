import { expect, expectAxeClean, settledOn, stepIds, test } from './fixtures.ts';

/** axe, at WCAG 2.2 AA, in every mode: nothing serious or critical. */

for (const query of ['', '?mode=present', '?mode=kiosk&dwell=600']) {
  test(`axe finds nothing serious ${query || 'in scroll mode'}`, async ({ page }) => {
    await page.goto(`./${query}`);
    await settledOn(page, stepIds[0]!);
    await expectAxeClean(page);
  });
}

test(
  'the map has a label and describes the active step in words',
  { tag: '@once' },
  async ({ page }) => {
    await page.goto('./?mode=present');
    await settledOn(page, stepIds[0]!);
    await expect(page.getByRole('region', { name: 'Map' })).toBeVisible();
    const description = page.locator('#map-text');
    await expect(description).toContainText('The map shows');
    await page.keyboard.press('ArrowRight');
    await settledOn(page, stepIds[1]!);
    await expect(description).toContainText('An arrow marks');
  },
);
