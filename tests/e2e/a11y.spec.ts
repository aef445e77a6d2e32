import AxeBuilder from '@axe-core/playwright';
import { expect, settledOn, stepIds, test } from './fixtures.ts';

/** axe, at WCAG 2.2 AA, in every mode: nothing serious or critical. */

for (const query of ['', '?mode=present', '?mode=kiosk&dwell=600']) {
  test(`axe finds nothing serious ${query || 'in scroll mode'}`, async ({ page }) => {
    await page.goto(`./${query}`);
    await settledOn(page, stepIds[0]!);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(serious).toEqual([]);
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
