/** The most digits a slide number may have; more are ignored. */
const MAX_DIGITS = 3;

/** A slide number being typed (G, or digits, then Enter), reveal.js style. */
export class SlideNumberEntry {
  #digits = $state('');
  #open = $state(false);

  /** Whether the entry is showing. */
  get open(): boolean {
    return this.#open;
  }

  /** The digits typed so far. */
  get digits(): string {
    return this.#digits;
  }

  /** Opens the entry (G), empty. */
  begin(): void {
    this.#open = true;
    this.#digits = '';
  }

  /** Adds a digit, opening the entry if needed. */
  type(digit: number): void {
    this.#open = true;
    if (this.#digits.length < MAX_DIGITS) this.#digits += String(digit);
  }

  /** Removes the last digit. */
  erase(): void {
    this.#digits = this.#digits.slice(0, -1);
  }

  /** Closes the entry without jumping. */
  cancel(): void {
    this.#open = false;
    this.#digits = '';
  }

  /**
   * Closes the entry and returns the 0-based slide index it names, clamped to `count` slides,
   * or undefined when nothing (or 0) was typed.
   */
  commit(count: number): number | undefined {
    const typed = Number(this.#digits);
    this.cancel();
    if (!Number.isInteger(typed) || typed < 1) return undefined;
    return Math.min(count, typed) - 1;
  }
}
