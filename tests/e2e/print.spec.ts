import {
  expect,
  expectAxeClean,
  imageColours,
  stepIds,
  story,
  test,
  withoutWebGL,
} from './fixtures.ts';

/** The printed handout: a cover, a page per step with a picture of its map, the sources. */

/** Pages in a PDF, counted from its page objects. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('the handout prints on A4 and Letter: cover, a page per step with its picture, sources', async ({
  page,
}) => {
  await page.goto('./?mode=print');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'print');
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'idle', {
    timeout: 100_000,
  });
  await expect(page.locator('.print [data-step]')).toHaveCount(stepIds.length);
  for (const picture of await imageColours(page.locator('.print img'))) {
    expect(picture.width).toBe(1280);
    expect(picture.colours, 'distinct colours in a picture').toBeGreaterThanOrEqual(10);
    expect(picture.dominant, 'share of its commonest colour').toBeLessThan(0.97);
  }
  // The full prose and the sources with their notes; no speaker notes without &notes.
  await expect(page.locator('.print')).toContainText(story.steps[6]!.title);
  await expect(page.locator('.print')).toContainText('Randhir Jaiswal');
  await expect(page.locator('.sources-page')).toContainText(story.sources[1]!.note!);
  await expect(page.locator('.notes')).toHaveCount(0);
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    // One page for the cover, one per step (a step split in two would add one), one for sources.
    expect(pageCount(pdf), `${format} pages`).toBe(stepIds.length + 2);
  }
  await expectAxeClean(page);
});

test('&notes adds the speaker notes; without WebGL it prints the pictures made by npm run stills', async ({
  page,
  guard,
}) => {
  guard.allowConsole(/WebGL|webgl/);
  await withoutWebGL(page);
  await page.goto(`./?mode=print&notes#${stepIds[3]}`);
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'idle');
  await expect(page.getByText('The map pictures are missing')).toHaveCount(0);
  await expect(page.locator('.notes')).toHaveCount(story.steps.filter((s) => s.notes).length);
  for (const step of story.steps) {
    const section = page.locator(`.print [data-step="${step.id}"]`);
    await expect(section).toContainText(step.title);
    await expect(section).toContainText(step.html.replace(/<[^>]+>/g, '').slice(0, 60));
    await expect(section.locator('img')).toHaveAttribute('alt', step.mapText);
  }
  for (const picture of await imageColours(page.locator('.print img'))) {
    expect(picture.width).toBe(1200);
    expect(picture.colours, 'distinct colours in a picture').toBeGreaterThanOrEqual(10);
    expect(picture.dominant, 'share of its commonest colour').toBeLessThan(0.97);
  }
  const pdf = await page.pdf({ format: 'A4' });
  expect(pageCount(pdf)).toBe(stepIds.length + 2);
});
