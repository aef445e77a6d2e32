/** The part of `localStorage` the policy uses; tests pass a Map-backed fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** What is remembered across reloads. */
export interface ReloadRecord {
  /** Reloads the watchdog has made on this browser, all told. */
  reloads: number;
  /** When the last one was made (ms since the epoch), or 0. */
  last: number;
  /** Reloads in a row, each within `SETTLE_MS` of the one before. */
  streak: number;
}

const KEY = 'map-story:kiosk-reloads';
/** Never more than one reload a minute. */
export const MIN_INTERVAL_MS = 60_000;
/** The longest wait between reloads after repeated failures. */
export const MAX_INTERVAL_MS = 30 * 60_000;
/** A page that ran this long since its reload was healthy: the next failure starts afresh. */
export const SETTLE_MS = 60 * 60_000;

/**
 * When the watchdog may reload the page: at most once a minute, and after reloads in a row
 * twice as long each time (1, 2, 4 … 30 minutes), so a broken build cannot reload fast. The
 * count of reloads is kept in the browser's storage, across reloads and restarts.
 */
export class ReloadPolicy {
  readonly #store: KeyValueStore;

  constructor(store: KeyValueStore) {
    this.#store = store;
  }

  /** What is remembered, or a fresh record if nothing (or nothing readable) is. */
  get record(): ReloadRecord {
    try {
      const saved = JSON.parse(this.#store.getItem(KEY) ?? 'null') as Partial<ReloadRecord> | null;
      const count = (value: unknown) =>
        typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
      return {
        reloads: count(saved?.reloads),
        last: count(saved?.last),
        streak: count(saved?.streak),
      };
    } catch {
      return { reloads: 0, last: 0, streak: 0 };
    }
  }

  /** The earliest time (ms since the epoch) a reload may be made, from `now`. */
  allowedAt(now: number): number {
    const { last, streak } = this.record;
    if (last === 0 || now - last >= SETTLE_MS) return now;
    const wait = Math.min(MAX_INTERVAL_MS, MIN_INTERVAL_MS * 2 ** Math.max(0, streak - 1));
    return Math.max(now, last + wait);
  }

  /** Records a reload made at `now`; returns the new record. */
  recordReload(now: number): ReloadRecord {
    const { reloads, last, streak } = this.record;
    const next = {
      reloads: reloads + 1,
      last: now,
      streak: last !== 0 && now - last < SETTLE_MS ? streak + 1 : 1,
    };
    try {
      this.#store.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage full or refused: the reload still happens, uncounted.
    }
    return next;
  }
}
