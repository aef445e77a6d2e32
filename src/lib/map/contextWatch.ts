/** Timers the watch uses; tests pass a fake clock. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What a map does as its WebGL context comes and goes. */
export interface ContextHandlers {
  /** The context is lost: the picture is gone until it is restored. */
  lost(): void;
  /** The browser gave the context back (MapLibre has rebuilt its painter and style). */
  restored(): void;
  /** The context was not given back, or the map did not draw after it was: make a new map. */
  giveUp(reason: string): void;
}

/** Seconds to wait for a lost context, then for a restored one's first frame. */
export const CONTEXT_GRACE = { restore: 5, draw: 10 };

/**
 * Watches a map's canvas for a lost WebGL context. A context given back within
 * `CONTEXT_GRACE.restore` seconds whose map draws within `CONTEXT_GRACE.draw` seconds is
 * recovered in place; otherwise `giveUp` is called once. `drew` must be called when the map
 * renders a frame. Returns what stops watching (listeners and timers).
 */
export function watchContext(
  canvas: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  handlers: ContextHandlers,
  timers: Timers,
): { drew(): void; stop(): void } {
  let timer: unknown;
  // Whether a restored context's first frame is awaited (only that wait ends on a frame).
  let awaitingFrame = false;
  const clear = () => {
    awaitingFrame = false;
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
  };
  const wait = (seconds: number, reason: string) => {
    clear();
    timer = timers.setTimeout(() => {
      timer = undefined;
      handlers.giveUp(reason);
    }, seconds * 1000);
  };
  const lost = () => {
    handlers.lost();
    wait(CONTEXT_GRACE.restore, 'the WebGL context was not given back');
  };
  const restored = () => {
    wait(CONTEXT_GRACE.draw, 'the map did not draw again after its WebGL context came back');
    awaitingFrame = true;
    handlers.restored();
  };
  canvas.addEventListener('webglcontextlost', lost);
  canvas.addEventListener('webglcontextrestored', restored);
  return {
    drew() {
      if (awaitingFrame) clear();
    },
    stop() {
      clear();
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    },
  };
}
