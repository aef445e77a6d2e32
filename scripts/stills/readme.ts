import type { Browser } from '@playwright/test';

/** The README's picture, remade by `npm run stills -- --readme=<step-id>`. */
export const README_PICTURE = 'docs/screenshot.png';

/** The size of a laptop's window, as most readers see the story. */
const VIEWPORT = { width: 1280, height: 800 };

/**
 * A picture of the reading page at rest on step `stepId`, as a reader on a laptop sees it (text
 * beside the live map, its key, scale and globe), as PNG.
 */
export async function readmePicture(
  browser: Browser,
  siteUrl: string,
  stepId: string,
): Promise<Buffer> {
  const page = await browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  try {
    await page.goto(`${siteUrl}#${stepId}`);
    await page.waitForFunction(
      (id) => {
        const { activeStep, mapState } = document.documentElement.dataset;
        const busy = document.documentElement.hasAttribute('data-map-busy');
        return activeStep === id && mapState === 'idle' && !busy;
      },
      stepId,
      { timeout: 60_000 },
    );
    return await page.screenshot();
  } finally {
    await page.close();
  }
}
