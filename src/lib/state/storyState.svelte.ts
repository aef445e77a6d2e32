import type { Step } from '../story/types.ts';
import type { SlideAction } from './keys.ts';

/** The parts of `window` the story's position uses; tests pass a fake. */
export interface UrlHost {
  location: { hash: string; pathname: string; search: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url?: string): void };
}

/** The step a `#id` names, or the first step when it names none. */
export function indexFromHash(steps: readonly Step[], hash: string): number {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return Math.max(
    0,
    steps.findIndex((step) => step.id === id),
  );
}

/**
 * Which step is active. Scrolling, keys and the kiosk's timer only choose the index; everything
 * shown follows from it. The URL's `#id` is kept current without adding history entries.
 */
export class StoryState {
  index = $state(0);
  readonly steps: readonly Step[];
  readonly #host: UrlHost;

  constructor(steps: readonly Step[], host: UrlHost) {
    this.steps = steps;
    this.#host = host;
    this.index = indexFromHash(steps, host.location.hash);
  }

  /** The active step. */
  get step(): Step {
    return this.steps[this.index]!;
  }

  /** Makes step `index` active, clamped to the story. */
  go(index: number): void {
    this.index = Math.min(this.steps.length - 1, Math.max(0, index));
  }

  /** Moves one step on; past the end it stays, or wraps to the start when `loop` is set. */
  next(loop = false): void {
    if (loop && this.index === this.steps.length - 1) this.go(0);
    else this.go(this.index + 1);
  }

  /** Moves one step back. */
  previous(): void {
    this.go(this.index - 1);
  }

  /** Does what a slide key asks; `loop` makes "next" on the last step go back to the first. */
  act(action: SlideAction, loop = false): void {
    if (action === 'next') this.next(loop);
    else if (action === 'previous') this.previous();
    else this.go(action === 'first' ? 0 : this.steps.length - 1);
  }

  /**
   * Follows the address when it changes under the page: an edited `#step`, Back or Forward move
   * to the step it names (the first, for no `#`); a `#` that names no step is left alone.
   * Returns what stops following.
   */
  followUrl(events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void {
    const follow = () => {
      const hash = this.#host.location.hash;
      const index = indexFromHash(this.steps, hash);
      if (index > 0 || hash.replace(/^#/, '') === '' || this.steps[0]?.id === hash.slice(1))
        this.go(index);
    };
    events.addEventListener('hashchange', follow);
    events.addEventListener('popstate', follow);
    return () => {
      events.removeEventListener('hashchange', follow);
      events.removeEventListener('popstate', follow);
    };
  }

  /**
   * Writes the active step into the URL as `#id`, keeping the path and query. A page opened
   * without a step keeps its plain URL until the reader moves: a `#` written before the page
   * has loaded would make the browser jump to it.
   */
  writeUrl(): void {
    const { pathname, search, hash } = this.#host.location;
    const wanted = `#${this.step.id}`;
    if (hash === wanted || (hash === '' && this.index === 0)) return;
    this.#host.history.replaceState(this.#host.history.state, '', `${pathname}${search}${wanted}`);
  }
}
