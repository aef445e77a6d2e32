import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import {
  expect,
  expectAxeClean,
  imageColours,
  stepIds,
  story,
  test,
  withoutWebGL,
} from './fixtures.ts';

/** Each step as a picture (`npm run stills`): for readers without WebGL and for link previews. */

/** The step's picture is in the map's place: shown, not blank, described by the map's text. */
async function expectPictureOf(page: Page, index: number): Promise<void> {
  const step = story.steps[index]!;
  await expect(page.locator('html')).toHaveAttribute('data-active-step', step.id);
  const picture = page.locator('.story-map .still img');
  await expect(picture).toHaveAttribute('src', new RegExp(`stills/${step.id}(-narrow)?\\.webp$`));
  await expect(picture).toHaveAttribute('alt', step.mapText);
  await expect(picture).toBeVisible();
  const [seen] = await imageColours(picture);
  expect(seen!.colours, `distinct colours in ${step.id}'s picture`).toBeGreaterThanOrEqual(10);
  expect(seen!.dominant, `share of its commonest colour`).toBeLessThan(0.97);
  const box = (await picture.boundingBox())!;
  expect(Math.min(box.width, box.height), 'the picture is a useful size').toBeGreaterThan(150);
}

test('without WebGL every step shows its picture in slides, and reading and the kiosk show theirs', async ({
  page,
  guard,
}) => {
  guard.allowConsole(/WebGL|webgl/);
  await withoutWebGL(page);
  await page.goto('./?mode=present');
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'failed');
  for (const index of story.steps.keys()) {
    if (index > 0) await page.keyboard.press('ArrowRight');
    await expectPictureOf(page, index);
  }
  await expect(page.getByText('The map could not be shown.')).toHaveCount(0);
  // Reading: the picture follows the step the reader scrolls to.
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'failed');
  await page.locator(`[data-step="${stepIds[6]}"]`).scrollIntoViewIfNeeded();
  await expectPictureOf(page, 6);
  await expectAxeClean(page);
  // The kiosk plays on, picture after picture.
  await page.goto('./?mode=kiosk&dwell=1');
  await expectPictureOf(page, 1);
});

/** HTML text as a reader sees it. */
function unescape(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(amp|lt|gt|quot);/g, (_, entity: string) => named[entity]!);
}

/** A `<meta>` tag's content, unescaped. */
function meta(html: string, name: string): string | undefined {
  const found = new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`).exec(html)?.[1];
  return found && unescape(found);
}

test(
  "the built page and each step's page carry link-preview tags; a step's page opens at its step",
  { tag: '@once' },
  async ({ page, guard }) => {
    const pages = [
      { file: 'dist/index.html', title: story.title, step: story.steps[0]! },
      ...story.steps.map((step) => ({
        file: `dist/${step.id}/index.html`,
        title: step.title,
        step,
      })),
    ];
    for (const { file, title, step } of pages) {
      const html = readFileSync(file, 'utf8');
      expect(meta(html, 'og:title'), file).toBe(title);
      const documentTitle = unescape(/<title>([^<]*)<\/title>/.exec(html)![1]!);
      expect(documentTitle, file).toBe(
        file === 'dist/index.html' ? title : `${title} – ${story.title}`,
      );
      expect(meta(html, 'twitter:card'), file).toBe('summary_large_image');
      expect(meta(html, 'og:description')!.length, file).toBeGreaterThan(20);
      expect(meta(html, 'og:image:alt'), file).toBe(step.mapText);
      expect(meta(html, 'twitter:image'), file).toBe(meta(html, 'og:image'));
      // Relative to the page, as the story gives no url:; the picture is a PNG of the stated size.
      const image = meta(html, 'og:image')!;
      expect(image, file).toMatch(new RegExp(`stills/${step.id}\\.png$`));
      const png = PNG.sync.read(readFileSync(join(dirname(file), image)));
      expect([png.width, png.height], image).toEqual([
        Number(meta(html, 'og:image:width')),
        Number(meta(html, 'og:image:height')),
      ]);
      expect([png.width, png.height]).toEqual([1200, 630]);
      // Without JavaScript, the whole story with every step's picture.
      const folder = file === 'dist/index.html' ? './' : '../';
      expect(html, file).toContain(`<img src="${folder}stills/${step.id}.webp" width="1200"`);
    }
    // A shared step link opens the story at that step, at the story's own address.
    guard.allowConsole(/WebGL|webgl/);
    await withoutWebGL(page);
    const shared = story.steps[4]!;
    await page.goto(`./${shared.id}/`);
    await expectPictureOf(page, 4);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).hash).toBe(`#${shared.id}`);
  },
);
