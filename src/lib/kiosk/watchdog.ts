import type { ReloadPolicy } from './reloadPolicy.ts';

/** Timers and time the watchdog uses; tests pass a fake clock. */
export interface WatchdogClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** Seconds the map may take to settle for the first time, at least. */
export const FIRST_SETTLE_SECONDS = 60;

/** How the watchdog judges a kiosk, and what it does about one that is stuck. */
export interface WatchdogOptions {
  clock: WatchdogClock;
  policy: ReloadPolicy;
  /** Reloads the page (at the step it is on: the address holds it). */
  reload: () => void;
  /** Whether the kiosk is playing (not paused by a visitor): only then must it move on. */
  playing: () => boolean;
  /** Seconds the active step may last, at most, before the kiosk must have moved on. */
  dwell: () => number;
  /** Seconds of margin over the dwell, and the longest the map may go without settling. */
  limit: number;
  /** Told why the page is about to be reloaded (for the console). */
  onreload?: (reason: string) => void;
}

/**
 * Reloads a kiosk that has stopped: one that has not moved on for its dwell plus a margin while
 * it plays, whose map has not settled for `limit` seconds, or that met an uncaught error. The
 * reloads go through a `ReloadPolicy`, which spaces them out. Call `dispose` to stop every timer.
 */
export class Watchdog {
  readonly #options: WatchdogOptions;
  #lastProgress: number;
  #lastSettled: number;
  #settled = false;
  // Whether the map has settled once: a first picture may take longer (see `check`).
  #settledOnce = false;
  #pending: unknown;
  #interval: unknown;

  constructor(options: WatchdogOptions) {
    this.#options = options;
    this.#lastProgress = this.#lastSettled = options.clock.now();
    const every = Math.max(1, Math.min(5, options.limit / 2)) * 1000;
    this.#interval = options.clock.setInterval(() => this.check(), every);
  }

  /** The kiosk moved to another step, or a visitor paused or resumed it. */
  progressed(): void {
    this.#lastProgress = this.#options.clock.now();
  }

  /** Whether the map is settled now (or absent, which is as good). */
  mapSettled(settled: boolean): void {
    this.#settled = settled;
    if (settled) this.#lastSettled = this.#options.clock.now();
    if (settled) this.#settledOnce = true;
  }

  /** Something went wrong that only a reload mends (an uncaught error, a map gone for good). */
  failed(reason: string): void {
    this.#request(reason);
  }

  /** Looks for a stuck kiosk (run every few seconds by the watchdog itself). */
  check(): void {
    const { clock, limit, playing, dwell } = this.#options;
    const now = clock.now();
    if (this.#settled) this.#lastSettled = now;
    // A slow screen's first picture (the map's code, its shaders) is given a minute at least.
    const settleLimit = this.#settledOnce ? limit : Math.max(limit, FIRST_SETTLE_SECONDS);
    if (now - this.#lastSettled > settleLimit * 1000)
      this.#request(`the map has not settled for ${settleLimit} s`);
    else if (playing() && now - this.#lastProgress > (dwell() + limit) * 1000)
      this.#request(`the kiosk has not moved on for its dwell and ${limit} s`);
  }

  /** Stops the watchdog's timers. */
  dispose(): void {
    const { clock } = this.#options;
    clock.clearInterval(this.#interval);
    if (this.#pending !== undefined) clock.clearTimeout(this.#pending);
    this.#pending = undefined;
  }

  #request(reason: string): void {
    if (this.#pending !== undefined) return;
    const { clock, policy } = this.#options;
    const wait = Math.max(0, policy.allowedAt(clock.now()) - clock.now());
    this.#options.onreload?.(`${reason}; reloading in ${Math.round(wait / 1000)} s`);
    this.#pending = clock.setTimeout(() => {
      policy.recordReload(clock.now());
      this.#options.reload();
    }, wait);
  }
}
