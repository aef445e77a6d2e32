/** Where the timer keeps its state across reloads of its window. */
export interface TimerStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEY = 'map-story-talk-timer';

/**
 * The talk's timer: start, pause, reset. It counts from a clock rather than by ticks, so a
 * throttled background window never loses time, and it survives a reload of the speaker view
 * (kept in the window's session storage).
 */
export class TalkTimer {
  /** Milliseconds counted before the last start. */
  #banked = $state(0);
  /** When the running stretch started, by `now()`; undefined while paused. */
  #since = $state<number | undefined>();
  readonly #now: () => number;
  readonly #store: TimerStore | undefined;

  constructor(now: () => number, store?: TimerStore) {
    this.#now = now;
    this.#store = store;
    try {
      const saved = JSON.parse(store?.getItem(KEY) ?? 'null') as {
        banked?: unknown;
        since?: unknown;
      } | null;
      if (typeof saved?.banked === 'number') this.#banked = saved.banked;
      if (typeof saved?.since === 'number') this.#since = saved.since;
    } catch {
      // A damaged entry starts the timer afresh.
    }
  }

  /** Whether the timer is counting. */
  get running(): boolean {
    return this.#since !== undefined;
  }

  /** Seconds counted, as of `now` (pass the reactive time to re-read it each tick). */
  elapsed(now: number = this.#now()): number {
    const running = this.#since === undefined ? 0 : Math.max(0, now - this.#since);
    return (this.#banked + running) / 1000;
  }

  start(): void {
    if (this.#since === undefined) this.#since = this.#now();
    this.#save();
  }

  pause(): void {
    if (this.#since !== undefined) this.#banked += Math.max(0, this.#now() - this.#since);
    this.#since = undefined;
    this.#save();
  }

  reset(): void {
    this.#banked = 0;
    this.#since = undefined;
    this.#save();
  }

  #save(): void {
    try {
      this.#store?.setItem(KEY, JSON.stringify({ banked: this.#banked, since: this.#since }));
    } catch {
      // Storage may be full or refused; the timer still runs.
    }
  }
}
