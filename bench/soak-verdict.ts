/** One loop of a kiosk soak (bench/soak.ts), measured at its first step once settled. */
export interface SoakLoop {
  loop: number;
  /** Seconds since the previous row (the first: since the page was opened). */
  seconds: number;
  /** JS heap in use after a forced garbage collection. */
  heapMB: number;
  domNodes: number;
  /**
   * Event listeners of the page, all told (Chromium's count, which includes those of requests
   * and timers in flight, so it moves up and down by a few: recorded, not judged).
   */
  listeners: number;
  windowListeners: number;
  /** Listeners on the document and every node in it. */
  documentListeners: number;
  sources: number;
  layers: number;
  images: number;
  /** WebGL context losses so far. */
  contextLosses: number;
  /** Requests the server saw during the loop. */
  requests: number;
  /** Of which, the service worker's checks for a new build. */
  updateChecks: number;
}

/** Heap growth allowed from loop 5 to the last. */
export const HEAP_GROWTH = 0.05;

/** Counts that must not grow at all after loop 2 (loop 1 loads what follows the first picture). */
const STEADY: (keyof SoakLoop)[] = [
  'domNodes',
  'windowListeners',
  'documentListeners',
  'sources',
  'layers',
  'images',
];

/**
 * Checks for a new build the offline copy may make in a soak of `minutes`: the page asks at most
 * once an hour (src/lib/offline/offlineCopy.ts), and Chromium once by itself a few minutes after
 * the worker takes control (seen at loop 4 of a 20-loop run).
 */
export function updateChecksAllowed(minutes: number): number {
  return Math.floor(minutes / 60) + 1;
}

/** The soak's exit criteria, applied to its rows, of a run that lasted `minutes`. */
export function soakVerdict(
  rows: readonly SoakLoop[],
  minutes = 0,
): { pass: boolean; failures: string[] } {
  const failures: string[] = [];
  const last = rows.at(-1);
  // Loop 5's heap, as the highest of loops 3 to 5: one forced collection can leave the heap up
  // to 0.8 MB lower than the next (seen in a 10-loop run), which alone would fail a sound build.
  const early = rows.slice(2, 5);
  const reference = early.length > 0 ? Math.max(...early.map((row) => row.heapMB)) : undefined;
  if (last && reference !== undefined && last.heapMB > reference * (1 + HEAP_GROWTH))
    failures.push(
      `heap grew from ${reference} MB (loops 3–5) to ${last.heapMB} MB at loop ${last.loop} (more than ${HEAP_GROWTH * 100} %)`,
    );
  const second = rows[1];
  if (last && second) {
    for (const key of STEADY) {
      const most = Math.max(...rows.slice(1).map((row) => Number(row[key])));
      if (most > Number(second[key]))
        failures.push(`${key} grew after loop 2: ${second[key]} then up to ${most}`);
    }
  }
  const late = rows.slice(1).reduce((sum, row) => sum + row.requests - row.updateChecks, 0);
  if (late > 0) failures.push(`${late} request(s) reached the server after the first loop`);
  const checks = rows.slice(1).reduce((sum, row) => sum + row.updateChecks, 0);
  if (checks > updateChecksAllowed(minutes))
    failures.push(
      `${checks} checks for a new build after the first loop, more than the ${updateChecksAllowed(minutes)} allowed in ${Math.round(minutes)} min`,
    );
  return { pass: failures.length === 0, failures };
}
