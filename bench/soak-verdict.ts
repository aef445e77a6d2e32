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

/** Heap growth allowed from the reference (see `heapReference`) to the last loops. */
export const HEAP_GROWTH = 0.05;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The loops the last ones' heap is compared with: five around loop 5, or around the middle of a
 * longer run. A page's heap grows for a while without leaking: V8 compiles more of the hot code
 * the longer it runs (a heap snapshot of loop 25 held 0.64 MB more compiled code than loop 5's,
 * of 0.79 MB more in all), which levels off over tens of loops; a leak grows as much in the
 * second half of a run as in the first. Medians of five and of three, as one forced collection
 * can leave the heap up to 0.8 MB lower than the next.
 */
export function heapReference(rows: readonly SoakLoop[]): { from: number; to: number; mb: number } {
  const middle = Math.max(5, Math.floor(rows.length / 2));
  const around = rows.filter((row) => Math.abs(row.loop - middle) <= 2);
  return {
    from: around[0]?.loop ?? 0,
    to: around.at(-1)?.loop ?? 0,
    mb: median(around.map((row) => row.heapMB)),
  };
}

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
  const reference = heapReference(rows);
  const end = rows.slice(-3);
  const heap = median(end.map((row) => row.heapMB));
  if (last && rows.length > 5 && heap > reference.mb * (1 + HEAP_GROWTH))
    failures.push(
      `heap grew from ${reference.mb.toFixed(2)} MB (loops ${reference.from}–${reference.to}) to ${heap.toFixed(2)} MB (loops ${end[0]!.loop}–${last.loop}), more than ${HEAP_GROWTH * 100} %`,
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
