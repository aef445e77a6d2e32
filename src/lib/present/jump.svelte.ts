import type { DeckAction } from './keymap.ts';

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
   * Lets an open entry take a key first: digits, erase and Enter (which calls `go` with the
   * slide typed) are its own; any other key closes it, and Escape goes no further. Returns
   * whether the key was used up; a closed entry uses none.
   */
  take(action: DeckAction, count: number, go: (index: number) => void): boolean {
    if (!this.#open) return false;
    if (action.kind === 'digit') this.type(action.digit);
    else if (action.kind === 'erase') this.erase();
    else if (action.kind === 'enter') {
      const index = this.commit(count);
      if (index !== undefined) go(index);
    } else {
      this.cancel();
      return action.kind === 'escape';
    }
    return true;
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
