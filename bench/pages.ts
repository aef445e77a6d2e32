/**
 * The two kinds of measured run, the same for the story and the baseline: a cold load in
 * scroll mode, and a kiosk playing three full loops.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { installProbe, type ProbeRecord } from './probe.ts';
import { ourBrowsersCpuSeconds } from './quiet.ts';

/** The viewport every run uses, and the first screen is defined at. */
export const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT = 180_000;

/** The DOM and heap after a forced garbage collection. */
export interface MemorySample {
  heapUsed: number;
  /** CDP's `Nodes`: every DOM node of the renderer, detached ones included. */
  nodes: number;
  /** `document.getElementsByTagName('*').length`: the live document's elements. */
  elements: number;
  listeners: number;
}

/** A cold load: what was fetched, and when text and map were first ready. */
export interface LoadRun {
  record: ProbeRecord;
  /**
   * URLs requested before the map's first idle, in order; a range request as
   * `<url>#bytes=<first>-<last>`, the part of the file it asked for.
   */
  requests: string[];
}

/** A kiosk run: the first loop's transitions and memory after loops one and three. */
export interface KioskRun {
  record: ProbeRecord;
  steps: number;
  loop1: MemorySample;
  loop3: MemorySample;
}

async function openPage(browser: Browser) {
  const context: BrowserContext = await browser.newContext({
    viewport: VIEWPORT,
    reducedMotion: 'no-preference',
  });
  const page = await context.newPage();
  // tsx keeps function names with a `__name` helper; the serialised probe needs it too.
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  await page.addInitScript(installProbe);
  return { context, page };
}

async function record(page: Page): Promise<ProbeRecord> {
  return page.evaluate(() => window.__bench);
}

/**
 * Waits until the first idle, then until `settled` transitions have started and ended. Polled
 * on a timer rather than on every frame, so waiting adds no frames of its own. (A function,
 * not a string: the story's Content-Security-Policy forbids evaluating strings.)
 */
async function waitFor(page: Page, settled = 0): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const record = window.__bench;
      if (record?.firstIdle === undefined) return false;
      return n === 0 || record.transitions[n - 1]?.end !== undefined;
    },
    settled,
    { polling: 200, timeout: TIMEOUT },
  );
}

/** Loads `url` in a fresh context (no cache) and waits for the map's first idle. */
export async function loadRun(browser: Browser, url: string): Promise<LoadRun> {
  const { context, page } = await openPage(browser);
  const requests: { url: string; at: number }[] = [];
  page.on('request', (request) => {
    const range = request.headers()['range'];
    requests.push({ url: range ? `${request.url()}#${range}` : request.url(), at: Date.now() });
  });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitFor(page);
    // Requests made by the first idle, not by the moment the poll saw it (the page may already
    // have started what it does once idle, such as registering its service worker).
    const idleAt = await page.evaluate(() => performance.timeOrigin + window.__bench.firstIdle!);
    const seen = requests.filter((request) => request.at <= idleAt).map((request) => request.url);
    return { record: await record(page), requests: seen };
  } finally {
    await context.close();
  }
}

/** The WebGL renderer string, from a WebGL2 context of a page at `url`. */
export async function rendererString(browser: Browser, url: string): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL2';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await context.close();
  }
}

/**
 * Heap and DOM after a forced GC. The page is frozen meanwhile (no timers, no frames), so the
 * kiosk's next flight cannot start in the middle of a sample. (Pausing it in the debugger
 * instead makes `collectGarbage` hang.)
 */
async function memory(page: Page): Promise<MemorySample> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? NaN;
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: "document.getElementsByTagName('*').length",
      returnByValue: true,
    });
    return {
      heapUsed: metric('JSHeapUsedSize'),
      nodes: metric('Nodes'),
      elements: Number(result.value),
      listeners: metric('JSEventListeners'),
    };
  } finally {
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    await cdp.detach();
  }
}

/**
 * Plays a kiosk at `url` (which must loop through `steps` steps) for three full loops:
 * memory is sampled, after a forced GC, once back on the first step after loops one and three.
 */
export async function kioskRun(browser: Browser, url: string, steps: number): Promise<KioskRun> {
  const { context, page } = await openPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitFor(page);
    await waitFor(page, steps);
    const loop1 = await memory(page);
    await waitFor(page, 3 * steps);
    const loop3 = await memory(page);
    return { record: await record(page), steps, loop1, loop3 };
  } finally {
    await context.close();
  }
}

/** A page left idling: the CPU all of its browser's processes used over a measured window. */
export interface IdleRun {
  /** CPU seconds of every Chromium process per minute of the window. */
  cpuPerMinute: number;
  windowSeconds: number;
}

/** How long a page has to settle after its first idle (late tiles, fonts) before the window. */
const IDLE_SETTLE_MS = 5000;

/**
 * Opens `url` (a kiosk whose dwell outlasts the measurement, or the baseline's bare map on the
 * same view), waits for its first map idle and `IDLE_SETTLE_MS` more, then measures the CPU
 * time of all of the browser's processes (browser, renderer, GPU, network) over `windowMs`:
 * what a kiosk costs between flights.
 */
export async function idleRun(browser: Browser, url: string, windowMs: number): Promise<IdleRun> {
  const { context, page } = await openPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitFor(page);
    // Part of what is measured, not a wait for a signal: the page is left alone.
    await page.waitForTimeout(IDLE_SETTLE_MS);
    // A story's offline copy is made after the first picture: a kiosk between flights has
    // long finished it, so the window opens once it is done (the baseline has none).
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker?.getRegistration();
      if (registration) await navigator.serviceWorker.ready;
    });
    await page.waitForTimeout(IDLE_SETTLE_MS);
    const before = ourBrowsersCpuSeconds();
    const started = performance.now();
    await page.waitForTimeout(windowMs);
    const seconds = (performance.now() - started) / 1000;
    const used = ourBrowsersCpuSeconds() - before;
    return { cpuPerMinute: (used / seconds) * 60, windowSeconds: seconds };
  } finally {
    await context.close();
  }
}
