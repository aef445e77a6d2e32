/**
 * `npm run soak`: plays the production build's kiosk in headless Chromium for `--loops N`
 * (default 200) and records, at the first step of each loop once its map has settled: the JS
 * heap after a forced garbage collection, DOM nodes, event listeners (all; on window; on the
 * document and its nodes), MapLibre's sources, layers and images, WebGL context losses, and
 * the requests the server saw. Writes bench/soak.json and a table; exits 1 if the heap of the
 * last three loops exceeds that of the five around loop 5, or around the middle of a longer run,
 * by more than 5 % (medians; see `heapReference`), if DOM nodes, the listeners on window or on the
 * document or MapLibre's counts grow at all after loop 2 (loop 1 loads what follows the first
 * picture), or if any request reaches the server after the first loop (checks for a new build
 * aside, at most one an hour and one more).
 *
 * Options: --loops N, --minutes M (stop at the first loop's end after M minutes, whichever of
 * the two comes first), --dwell seconds (1), --size WxH (1280x800), --reduced-motion (cuts
 * instead of flights), --dir (dist), --out (bench/soak.json). How to read it: bench/README.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { serveStatic } from './serve.ts';
import { soakVerdict, type SoakLoop } from './soak-verdict.ts';

const { values } = parseArgs({
  options: {
    loops: { type: 'string', default: '200' },
    minutes: { type: 'string', default: '0' },
    dwell: { type: 'string', default: '1' },
    size: { type: 'string', default: '1280x800' },
    'reduced-motion': { type: 'boolean', default: false },
    dir: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'bench/soak.json' },
  },
});
const minutes = Number(values.minutes);
const loops = minutes > 0 && values.loops === '200' ? Infinity : Math.max(1, Number(values.loops));
const dwell = Number(values.dwell);
const [width, height] = values.size.split('x').map(Number) as [number, number];
if (!existsSync(`${values.dir}/index.html`) || !existsSync(`${values.dir}/story.json`)) {
  console.error(`soak: no build in ${values.dir}/: run \`npm run build\` first.`);
  process.exit(2);
}
const steps = (
  JSON.parse(readFileSync(`${values.dir}/story.json`, 'utf8')) as { steps: { id: string }[] }
).steps.map((step) => step.id);

/** What the page counts for the soak, installed before its own scripts (serialised: no imports). */
function installCounter(ids: { first: string; last: string }) {
  const counts = { loops: 0, contextLosses: 0 };
  Object.assign(window, { __soak: counts });
  // The document, not <html>, which does not exist yet when this runs.
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.target !== document.documentElement) continue;
      const now = document.documentElement.dataset['activeStep'];
      if (mutation.oldValue === ids.last && now === ids.first) counts.loops++;
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: ['data-active-step'],
  });
  window.addEventListener('webglcontextlost', () => counts.contextLosses++, true);
}

/** Listeners on what `expression` names, and with `tree`, on every node in it. */
async function listenersOn(cdp: CDPSession, expression: string, tree = false): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: result.objectId!,
    ...(tree ? { depth: -1, pierce: true } : {}),
  });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  return listeners.length;
}

async function measure(page: Page, cdp: CDPSession) {
  // Collected first, so that detached nodes and their listeners are not counted.
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const windowListeners = await listenersOn(cdp, 'window');
  const documentListeners = await listenersOn(cdp, 'document', true);
  const map = await page.evaluate(() => {
    type StyleMap = {
      getStyle(): { sources: object; layers: unknown[] };
      listImages(): string[];
    };
    const { map } = (window as unknown as { mapStory: { map: StyleMap } }).mapStory;
    const style = map.getStyle();
    const { contextLosses } = (window as unknown as { __soak: { contextLosses: number } }).__soak;
    return {
      sources: Object.keys(style.sources).length,
      layers: style.layers.length,
      images: map.listImages().length,
      contextLosses,
    };
  });
  return {
    heapMB: +(usedSize / 2 ** 20).toFixed(2),
    domNodes: dom.nodes,
    listeners: dom.jsEventListeners,
    windowListeners,
    documentListeners,
    ...map,
  };
}

const requests: { loop: number; path: string }[] = [];
let currentLoop = 1;
const site = await serveStatic(values.dir, (path) => requests.push({ loop: currentLoop, path }));
const browser = await chromium.launch({ ...playwrightConfig.use?.launchOptions, headless: true });
const context = await browser.newContext({ viewport: { width, height } });
const page = await context.newPage();
if (values['reduced-motion']) await page.emulateMedia({ reducedMotion: 'reduce' });
const errors: string[] = [];
page.on('pageerror', (error) => errors.push(error.message));
page.on('console', (message) => {
  if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
});
await page.addInitScript(installCounter, { first: steps[0]!, last: steps.at(-1)! });
const cdp = await context.newCDPSession(page);
await cdp.send('HeapProfiler.enable');

const started = Date.now();
// `resume=1`: each loop is measured paused (below), and plays on a second later; no reset to
// the first step mid-loop.
await page.goto(`${site.url}?mode=kiosk&dwell=${dwell}&resume=1&reset=86400&hooks`);
const rows: SoakLoop[] = [];
let previous = started;
for (let loop = 1; loop <= loops; loop++) {
  await page.waitForFunction(
    ({ loop, first }) => {
      const root = document.documentElement.dataset;
      const { loops } = (window as unknown as { __soak: { loops: number } }).__soak;
      return loops >= loop && root['activeStep'] === first && root['mapState'] === 'idle';
    },
    { loop, first: steps[0]! },
    { polling: 100, timeout: steps.length * (dwell + 90) * 1000 },
  );
  currentLoop = loop + 1;
  // Measured in the same state every loop: paused by a visitor's key (Home: the first step, as
  // the kiosk may already have moved on), with the first step's map settled. It plays on a
  // second later.
  await page.keyboard.press('Home');
  await page.waitForFunction(
    (first) => {
      const root = document.documentElement.dataset;
      return (
        root['kiosk'] === 'paused' &&
        root['activeStep'] === first &&
        root['mapState'] === 'idle' &&
        document.querySelector('.cards[data-fitted]') !== null
      );
    },
    steps[0]!,
    { polling: 50 },
  );
  const counts = await measure(page, cdp);
  const now = Date.now();
  const row: SoakLoop = {
    loop,
    seconds: +((now - previous) / 1000).toFixed(1),
    ...counts,
    requests: requests.filter((request) => request.loop === loop).length,
    updateChecks: requests.filter(
      (request) => request.loop === loop && request.path.endsWith('/service-worker.js'),
    ).length,
  };
  previous = now;
  rows.push(row);
  if (minutes > 0 && now - started >= minutes * 60_000) break;
  console.log(
    `loop ${String(loop).padStart(4)}  ${row.seconds.toFixed(1).padStart(5)} s  heap ${row.heapMB.toFixed(1).padStart(6)} MB  nodes ${row.domNodes}  listeners ${row.listeners} (window ${row.windowListeners}, document ${row.documentListeners})  sources ${row.sources} layers ${row.layers} images ${row.images}  context losses ${row.contextLosses}  requests ${row.requests}`,
  );
}
const version = browser.version();
await browser.close();
await site.close();

const verdict = soakVerdict(rows, (Date.now() - started) / 60_000);
const result = {
  $comment:
    'Written by `npm run soak` (bench/soak.ts): one row per kiosk loop, measured at its first step once settled. bench/README.md explains it.',
  recordedWith: `Chromium ${version}, ${width}×${height}, dwell ${dwell} s${values['reduced-motion'] ? ', reduced motion' : ''}`,
  startedAt: new Date(started).toISOString(),
  minutes: +((Date.now() - started) / 60_000).toFixed(1),
  loops: rows,
  requestsAfterLoop1: requests.filter((request) => request.loop > 1),
  pageErrorsAndWarnings: errors.slice(0, 50),
  verdict,
};
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `\n${rows.length} loops in ${result.minutes} min; ${verdict.pass ? 'pass' : 'FAIL'}${verdict.failures.map((failure) => `\n  - ${failure}`).join('')}\nwritten to ${values.out}`,
);
process.exit(verdict.pass ? 0 : 1);
