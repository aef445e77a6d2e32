/**
 * `npm run bench`: builds the story and the baseline for production, serves both locally,
 * measures them in headless Chromium, alternating, and writes bench/results.json and a table.
 * Under software WebGL the absolute times mean little: the story / baseline ratios are the result.
 *
 * BENCH_RUNS (default 5) sets the rounds; BENCH_LOADS (default 3) the cold loads of each page
 * per round (a load is short and varies most); BENCH_DWELL (seconds, default 1, the shortest
 * dwell a story may set) the kiosk's dwell; BENCH_IDLE (seconds, default 20) the window over
 * which a kiosk between flights and the baseline's idle map are measured; BENCH_QUIET_TIMEOUT (seconds, default 180) how long
 * to wait for other Chromium processes to end before each round.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { BASELINE_DIR, buildBoth, STORY_DIR } from './build.ts';
import { checkBytes, readBudgets, siteBytes } from './budgets.ts';
import { recordFirstScreen } from './first-screen.ts';
import { idleRun, kioskRun, loadRun, rendererString, VIEWPORT } from './pages.ts';
import type { IdleRun, KioskRun, LoadRun } from './pages.ts';
import { waitForQuiet } from './quiet.ts';
import { serveStatic } from './serve.ts';
import { baselineStyleSize, storyStyleSize } from './style.ts';
import { summarisePage } from './summary.ts';
import { table } from './table.ts';
import { checkTimings } from './timing-budgets.ts';

const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 5));
const LOADS = Math.max(1, Number(process.env['BENCH_LOADS'] ?? 3));
const DWELL = Number(process.env['BENCH_DWELL'] ?? 1);
const IDLE_MS = Number(process.env['BENCH_IDLE'] ?? 20) * 1000;
/** A dwell that outlasts an idle run: the kiosk stays on its first step. */
const IDLE_DWELL = 600;
const QUIET_MS = Number(process.env['BENCH_QUIET_TIMEOUT'] ?? 180) * 1000;
const RESULTS = new URL('results.json', import.meta.url);

const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

function launch(): Promise<Browser> {
  return chromium.launch({ ...playwrightConfig.use?.launchOptions, headless: true });
}

/**
 * Every measured run has a browser of its own. Chromium's GPU process keeps the shader programs
 * it has compiled, so a page that followed the other in one browser would find the basemap's
 * programs ready and load faster than the one that went first.
 */
async function inFreshBrowser<T>(measure: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launch();
  try {
    return await measure(browser);
  } finally {
    await browser.close();
  }
}

log('Building the story and the baseline for production (dist-bench/)…');
await buildBoth();
const story = JSON.parse(readFileSync(`${STORY_DIR}/story.json`, 'utf8')) as {
  steps: { id: string }[];
  labels: string[];
  language: string;
};
const steps = story.steps.length;
const storySite = await serveStatic(STORY_DIR);
const baselineSite = await serveStatic(BASELINE_DIR);
const kioskQuery = `?mode=kiosk&dwell=${DWELL}`;
// The baseline draws the story's basemap as the story asks for it: its labels and language.
const styleQuery = `&labels=${story.labels.join(',')}&language=${story.language}`;

type Page = 'story' | 'baseline';
type View = { step: string; view: string | undefined };
const stops = (views: View[]) =>
  encodeURIComponent(views.map(({ step, view }) => `${step}@${view ?? ''}`).join(';'));
/**
 * The baseline replays the story's settled views (`data-view`), taken from the story's runs of
 * the first round, which always come before the baseline's: its scroll-mode first view for the
 * load, and every step's kiosk view for the kiosk.
 */
const cameras: { scroll?: View; kiosk: View[] } = { kiosk: [] };
const idleQuery = `?mode=kiosk&dwell=${IDLE_DWELL}`;
const urls: Record<Page, { load: () => string; kiosk: () => string; idle: () => string }> = {
  story: {
    load: () => storySite.url,
    kiosk: () => storySite.url + kioskQuery,
    idle: () => storySite.url + idleQuery,
  },
  baseline: {
    load: () =>
      `${baselineSite.url}?steps=${stops(cameras.scroll ? [cameras.scroll] : [])}${styleQuery}`,
    kiosk: () => `${baselineSite.url}${kioskQuery}&steps=${stops(cameras.kiosk)}${styleQuery}`,
    idle: () => `${baselineSite.url}${idleQuery}&steps=${stops(cameras.kiosk)}${styleQuery}`,
  },
};

const runs: Record<Page, { loads: LoadRun[]; kiosks: KioskRun[]; idles: IdleRun[] }> = {
  story: { loads: [], kiosks: [], idles: [] },
  baseline: { loads: [], kiosks: [], idles: [] },
};
const disturbed: number[] = [];
const { chromiumVersion, renderer } = await inFreshBrowser(async (browser) => ({
  chromiumVersion: browser.version(),
  renderer: await rendererString(browser, baselineSite.url),
}));
for (let round = 1; round <= RUNS; round++) {
  const order: Page[] = round % 2 === 1 ? ['story', 'baseline'] : ['baseline', 'story'];
  log(`Round ${round} of ${RUNS}: ${order.join(', then ')}`);
  if ((await waitForQuiet(QUIET_MS, log)).disturbed) disturbed.push(round);
  for (let load = 0; load < LOADS; load++) {
    for (const page of order) {
      const run = await inFreshBrowser((browser) => loadRun(browser, urls[page].load()));
      runs[page].loads.push(run);
      if (page === 'story') cameras.scroll ??= run.record.settled[0];
    }
  }
  for (const page of order) {
    const run = await inFreshBrowser((browser) => kioskRun(browser, urls[page].kiosk(), steps));
    runs[page].kiosks.push(run);
    if (page === 'story' && cameras.kiosk.length === 0) {
      const settled = run.record.settled;
      cameras.kiosk = story.steps.map(({ id }) => ({
        step: id,
        view: settled.find((entry) => entry.step === id)?.view,
      }));
    }
    log(`  ${page}: load and three kiosk loops done`);
  }
  for (const page of order) {
    runs[page].idles.push(
      await inFreshBrowser((browser) => idleRun(browser, urls[page].idle(), IDLE_MS)),
    );
  }
  log(
    `  idle CPU, s per minute: story ${runs.story.idles.at(-1)?.cpuPerMinute.toFixed(2)}, baseline ${runs.baseline.idles.at(-1)?.cpuPerMinute.toFixed(2)}`,
  );
}
await storySite.close();
await baselineSite.close();

const firstScreen = recordFirstScreen(
  runs.story.loads.map((run) => run.requests),
  storySite.url,
  STORY_DIR,
  `npm run bench, Chromium ${chromiumVersion}, ${VIEWPORT.width}×${VIEWPORT.height}, scroll mode`,
);
const baselineRecorded = recordFirstScreen(
  runs.baseline.loads.map((run) => run.requests),
  baselineSite.url,
  BASELINE_DIR,
);
const bytes = {
  story: siteBytes(STORY_DIR, firstScreen.files, storyStyleSize(), firstScreen.ranges),
  baseline: siteBytes(
    BASELINE_DIR,
    baselineRecorded.files,
    baselineStyleSize(),
    baselineRecorded.ranges,
  ),
};
const summaries = {
  story: summarisePage(runs.story.loads, runs.story.kiosks, runs.story.idles),
  baseline: summarisePage(runs.baseline.loads, runs.baseline.kiosks, runs.baseline.idles),
};
const budgets = readBudgets();
const verdicts = [
  ...checkBytes(bytes.story, budgets),
  ...checkTimings(summaries.story, summaries.baseline, budgets),
];
const maplibre = (
  JSON.parse(readFileSync('node_modules/maplibre-gl/package.json', 'utf8')) as { version: string }
).version;
const environment = {
  chromium: chromiumVersion,
  maplibre,
  renderer,
  node: process.version,
  cpus: availableParallelism(),
  viewport: VIEWPORT,
  runs: RUNS,
  loadsPerRound: LOADS,
  kioskDwellSeconds: DWELL,
  idleWindowSeconds: IDLE_MS / 1000,
  steps,
  disturbedRounds: disturbed,
};

const results = {
  generatedAt: new Date().toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 1000),
  environment,
  firstScreen: {
    definition:
      'Every file the page requests until its map first reaches `idle`, loaded cold at 1280×800 in scroll mode. ' +
      'Statically: index.html and its scripts, static imports, stylesheets and icon, MapLibre’s worker, and the ' +
      'data and glyph files listed in bench/first-screen.json.',
    story: bytes.story.firstScreenFiles,
    baseline: bytes.baseline.firstScreenFiles,
    changed: firstScreen.changed,
    notEveryRun: firstScreen.sometimes,
  },
  cameras,
  bytes: {
    story: { ...bytes.story, files: undefined, allFiles: bytes.story.files },
    baseline: { ...bytes.baseline, files: undefined, allFiles: bytes.baseline.files },
  },
  story: summaries.story,
  baseline: summaries.baseline,
  budgets: verdicts,
};
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

console.log('');
for (const line of table({ environment, bytes, ...summaries, verdicts })) console.log(line);
console.log('');
if (firstScreen.sometimes.length > 0) {
  log(`Fetched before the first idle in some runs only: ${firstScreen.sometimes.join(', ')}.`);
}
if (firstScreen.changed) log('bench/first-screen.json changed: commit it with the change.');
if (disturbed.length > 0)
  log(`Other Chromium processes ran during rounds ${disturbed.join(', ')}.`);
log(`Wrote bench/results.json in ${results.durationSeconds} s.`);
