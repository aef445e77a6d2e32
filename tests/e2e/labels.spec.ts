import { test as plain } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { expect, expectAxeClean, settledOn, story, test } from './fixtures.ts';

/**
 * Bilingual labels (`labels: [en, local]`): the map draws local names, which MapLibre shapes
 * (joined letters, from the Arabic presentation forms) and sets right to left by itself.
 */

declare global {
  interface Window {
    mapStory?: { map: MapLibreMap };
  }
}

test.describe('bilingual labels @once', () => {
  test('a step draws English and local names, shaped without a plugin', async ({ page }) => {
    expect(story.labels).toEqual(['en', 'local']);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(decodeURIComponent(request.url())));
    await page.goto('/?hooks#panjgur');
    await settledOn(page, 'panjgur');
    // Local names join the labels once the first picture is up: the map is busy until they have.
    await expect(page.locator('html')).not.toHaveAttribute('data-map-busy');
    // The basemap's labels show a local name under the English one where the data has one.
    const rendered = await page.evaluate(() => {
      const map = window.mapStory!.map;
      return map
        .queryRenderedFeatures({ layers: ['province-labels', 'country-labels', 'towns'] })
        .map((feature) => ({
          name: String(feature.properties['name']),
          local: feature.properties['name_local'] as string | undefined,
        }));
    });
    expect(rendered).toContainEqual({ name: 'Pakistan', local: 'پاکستان' });
    expect(rendered).toContainEqual({ name: 'Karachi', local: 'کراچی' });
    // Where the data has no local name, English only.
    expect(rendered).toContainEqual({ name: 'Birjand', local: undefined });
    // The style asks for the second line. Shaped letters are drawn from the Arabic presentation
    // forms (U+FB50–U+FEFF), which unshaped text never asks for; no plugin is fetched.
    const field = await page.evaluate(() =>
      JSON.stringify(window.mapStory!.map.getLayoutProperty('towns', 'text-field')),
    );
    expect(field).toContain('name_local');
    expect(
      requested.filter((url) => /Noto Sans Regular\/65024-65279\.pbf$/.test(url)),
    ).toHaveLength(1);
    expect(requested.filter((url) => /rtl/i.test(url))).toEqual([]);
  });

  test('the map’s description marks each local name with its language', async ({ page }) => {
    await page.goto('/#irbil');
    await settledOn(page, 'irbil');
    const quoted = page.locator('#map-text span[lang]');
    await expect(quoted.first()).toBeAttached();
    const langs = await quoted.evaluateAll((spans) =>
      spans.map((span) => [span.getAttribute('lang'), span.textContent]),
    );
    expect(langs).toContainEqual(['fa', 'تهران']);
    // Plain text only: the names come in as text, never as markup.
    expect(await page.locator('#map-text *:not(span)').count()).toBe(0);
    await expectAxeClean(page);
  });

  // A page of its own, without the guard's checks of the default page (another origin).
  plain('a story in English only asks for no Arabic glyphs @once', async ({ browser, baseURL }) => {
    // The example story (dist-example) is served on the next port; it has no labels: key.
    const example = new URL(baseURL!);
    example.port = String(Number(example.port) + 1);
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(example.href);
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'idle', {
      timeout: 60_000,
    });
    expect(
      requested.filter((url) => /\/(1536-1791|64256-64511|65024-65279)\.pbf$/.test(url)),
    ).toEqual([]);
    expect(requested.some((url) => url.includes('/glyphs/'))).toBe(true);
    await page.close();
  });
});
