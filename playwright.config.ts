import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the production build (`npm run test:e2e` builds it first),
 * in Debian's Chromium by default. Set CHROMIUM_PATH to use another Chromium, or to an empty
 * string to use Playwright's own browser (after `npx playwright install chromium`).
 */
const systemChromium = '/usr/bin/chromium';
const executablePath =
  process.env['CHROMIUM_PATH'] ?? (existsSync(systemChromium) ? systemChromium : undefined);

/**
 * Port of the preview server the tests drive; E2E_PORT moves it when 4173 is taken. The example
 * story, built into dist-example/ by `npm run test:e2e`, is served on the next port, and the
 * right-to-left fixture story (dist-rtl/) on the one after.
 */
const port = Number(process.env['E2E_PORT'] ?? 4173);
const examplePort = port + 1;
const rtlPort = port + 2;

/** A build served by Vite's preview server (each story's build on a port of its own). */
function preview(dir: string, on: number) {
  return {
    command: `npx vite preview --outDir ${dir} --port ${on} --strictPort`,
    url: `http://localhost:${on}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  };
}

const launchOptions = {
  executablePath: executablePath || undefined,
  args: [
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--ignore-gpu-blocklist',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

const desktop = { width: 1280, height: 800 };
const phone = {
  ...devices['Pixel 7'],
  deviceScaleFactor: 1,
  defaultBrowserType: 'chromium' as const,
};

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://localhost:${port}/`,
    launchOptions,
    trace: 'retain-on-failure',
    // The offline copy's service worker would fetch the whole build in every test; the tests
    // of the offline copy allow it (tests/e2e/kiosk-offline.spec.ts).
    serviceWorkers: 'block',
  },
  webServer: [
    preview('dist', port),
    preview('dist-example', examplePort),
    preview('dist-rtl', rtlPort),
  ],
  projects: [
    // Sweeps of every size run once, in the project whose browser they resize; tests tagged
    // @once check what does not depend on the screen (keys, state, requests) and run on the
    // desktop only.
    {
      name: 'desktop',
      use: { viewport: desktop },
      testIgnore: /(phone-reading|rtl)\.spec/,
      metadata: { dist: 'dist' },
    },
    {
      name: 'phone',
      use: phone,
      // A speaker view and a printed handout belong to a desktop (a second window, paper).
      testIgnore: /(framing|speaker|print|kiosk-\w+|rtl)\.spec/,
      grepInvert: /@once/,
      metadata: { dist: 'dist' },
    },
    // The second story, elsewhere in the world: toured and swept for edges, on both sizes.
    {
      name: 'example-desktop',
      testMatch: /world\.spec\.ts/,
      use: { viewport: desktop, baseURL: `http://localhost:${examplePort}/` },
      metadata: { dist: 'dist-example' },
    },
    {
      name: 'example-phone',
      testMatch: /world\.spec\.ts/,
      use: { ...phone, baseURL: `http://localhost:${examplePort}/` },
      metadata: { dist: 'dist-example' },
    },
    // A story written right to left (tests/fixtures/rtl/strikes-fa.md, in Persian), mirrored.
    {
      name: 'rtl-desktop',
      testMatch: /rtl\.spec\.ts/,
      use: { viewport: desktop, baseURL: `http://localhost:${rtlPort}/` },
      metadata: { dist: 'dist-rtl' },
    },
    {
      name: 'rtl-phone',
      testMatch: /rtl\.spec\.ts/,
      grepInvert: /@once/,
      use: {
        ...phone,
        viewport: { width: 390, height: 844 },
        baseURL: `http://localhost:${rtlPort}/`,
      },
      metadata: { dist: 'dist-rtl' },
    },
  ],
});
