/** Timers the kiosk uses; tests pass a fake clock. */
export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

type Timer = 'dwell' | 'fallback' | 'resume' | 'reset';

/** How a kiosk plays. */
export interface KioskOptions {
  /** Seconds to wait with no input before playing again. */
  resumeAfter: () => number;
  /** Seconds to wait with no input before starting again from the first step. */
  resetAfter: () => number;
  /** Seconds to wait for the map before starting a step's dwell anyway. */
  readyTimeout: number;
  /** Called when the dwell of the current step is over. */
  advance: () => void;
  /** Called instead of `advance` at the end of a step once a reset is due. */
  restart: () => void;
  clock: Clock;
}

/**
 * Plays a story unattended: each step's dwell starts once its map is ready, then `advance` is
 * called (once the map is no longer busy, see `setMapBusy`). Any input pauses play; it resumes
 * after a quiet spell, and after a longer one starts again from the first step (at once if still
 * paused, else at the end of the step it plays). Every timer is cleared on `dispose`, so a kiosk
 * can run for days.
 */
export class KioskPlayer {
  paused = $state(false);
  /** True from a step's start until its map is ready and its dwell begins. */
  waiting = $state(false);
  /** True while a step's dwell is being counted (for the progress bar). */
  dwelling = $state(false);
  readonly #options: KioskOptions;
  readonly #timers: Partial<Record<Timer, unknown>> = {};
  #dwellSeconds = 0;
  #mapBusy = false;
  // The dwell is over, and the kiosk waits for the map to finish what it is drawing.
  #holding = false;
  // A visitor's quiet spell has lasted `resetAfter`: the next step is the first.
  #restartDue = false;

  constructor(options: KioskOptions) {
    this.#options = options;
  }

  /** A new step became active: wait for its map, then dwell `seconds` on it. */
  begin(seconds: number): void {
    this.#dwellSeconds = seconds;
    this.#clearPlay();
    if (this.paused) return;
    this.waiting = true;
    this.#start('fallback', this.#options.readyTimeout, () => this.ready());
  }

  /** The active step's map has settled (or there is no map): start the dwell. */
  ready(): void {
    if (this.paused || this.#holding || 'dwell' in this.#timers) return;
    this.#clear('fallback');
    this.waiting = false;
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

  /**
   * Someone touched, clicked or pressed a key: pause; play on after `resumeAfter` seconds of
   * quiet, and start again from the first step after `resetAfter`.
   */
  interrupt(): void {
    this.paused = true;
    this.#restartDue = false;
    this.#clearPlay();
    this.#clear('resume');
    this.#clear('reset');
    this.#start('resume', this.#options.resumeAfter(), () => this.#resume());
    this.#start('reset', this.#options.resetAfter(), () => {
      if (!this.paused) return void (this.#restartDue = true);
      this.#options.restart();
      this.#resume();
    });
  }

  /** Stops every timer. */
  dispose(): void {
    this.#clearPlay();
    this.#clear('resume');
    this.#clear('reset');
  }

  #resume(): void {
    this.#clear('resume');
    this.paused = false;
    this.begin(this.#dwellSeconds);
  }

  #leave(): void {
    this.#clearPlay();
    if (this.#restartDue) {
      this.#restartDue = false;
      this.#options.restart();
    } else this.#options.advance();
  }

  #clearPlay(): void {
    this.dwelling = false;
    this.waiting = false;
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
