/** Timers the kiosk uses; tests pass a fake clock. */
export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

type Timer = 'dwell' | 'fallback' | 'resume';

/** How a kiosk plays. */
export interface KioskOptions {
  /** Seconds to wait with no input before playing again. */
  resumeAfter: () => number;
  /** Seconds to wait for the map before starting a step's dwell anyway. */
  readyTimeout: number;
  /** Called when the dwell of the current step is over. */
  advance: () => void;
  clock: Clock;
}

/**
 * Plays a story unattended: each step's dwell starts once its map is ready, then `advance` is
 * called (once the map is no longer busy, see `setMapBusy`). Any input pauses play; it resumes
 * after a quiet spell. Every timer is cleared on `dispose`, so a kiosk can run for days.
 */
export class KioskPlayer {
  paused = $state(false);
  /** True while a step's dwell is being counted (for the progress bar). */
  dwelling = $state(false);
  readonly #options: KioskOptions;
  readonly #timers: Partial<Record<Timer, unknown>> = {};
  #dwellSeconds = 0;
  #mapBusy = false;
  // The dwell is over, and the kiosk waits for the map to finish what it is drawing.
  #holding = false;

  constructor(options: KioskOptions) {
    this.#options = options;
  }

  /** A new step became active: wait for its map, then dwell `seconds` on it. */
  begin(seconds: number): void {
    this.#dwellSeconds = seconds;
    this.#clearPlay();
    if (this.paused) return;
    this.#start('fallback', this.#options.readyTimeout, () => this.ready());
  }

  /** The active step's map has settled (or there is no map): start the dwell. */
  ready(): void {
    if (this.paused || this.#holding || 'dwell' in this.#timers) return;
    this.#clear('fallback');
    this.dwelling = true;
    this.#start('dwell', this.#dwellSeconds, () => {
      if (!this.#mapBusy) return this.#leave();
      // A flight started now would stutter: wait for the map, or as long as for a step's map.
      this.#holding = true;
      this.#start('fallback', this.#options.readyTimeout, () => this.#leave());
    });
  }

  /**
   * Whether the map is busy with work of its own after settling (preparing what later steps
   * draw). A dwell that ends meanwhile waits for it before moving on.
   */
  setMapBusy(busy: boolean): void {
    this.#mapBusy = busy;
    if (!busy && this.#holding) this.#leave();
  }

  /** Someone touched, clicked or pressed a key: pause, and resume after a quiet spell. */
  interrupt(): void {
    this.paused = true;
    this.#clearPlay();
    this.#clear('resume');
    this.#start('resume', this.#options.resumeAfter(), () => {
      this.paused = false;
      this.begin(this.#dwellSeconds);
    });
  }

  /** Stops every timer. */
  dispose(): void {
    this.#clearPlay();
    this.#clear('resume');
  }

  #leave(): void {
    this.#clearPlay();
    this.#options.advance();
  }

  #clearPlay(): void {
    this.dwelling = false;
    this.#holding = false;
    this.#clear('dwell');
    this.#clear('fallback');
  }

  #start(timer: Timer, seconds: number, run: () => void): void {
    this.#timers[timer] = this.#options.clock.setTimeout(() => {
      delete this.#timers[timer];
      run();
    }, seconds * 1000);
  }

  #clear(timer: Timer): void {
    if (!(timer in this.#timers)) return;
    this.#options.clock.clearTimeout(this.#timers[timer]);
    delete this.#timers[timer];
  }
}
