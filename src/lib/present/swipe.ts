import type { TextDirection } from '../i18n/messages.ts';

/** Pixels a finger must travel sideways for a swipe. */
const MIN_DISTANCE = 50;
/** A swipe is quick; a slow drag is someone reading or scrolling. */
const MAX_MS = 800;

/**
 * The slide move a touch gesture asks for: a quick, mostly sideways stroke against the reading
 * direction is the next slide, as on a phone's photo viewer (right to left in a left-to-right
 * story, left to right in a right-to-left one).
 */
export function swipeMove(
  dx: number,
  dy: number,
  ms: number,
  dir: TextDirection = 'ltr',
): 'next' | 'previous' | undefined {
  if (ms > MAX_MS || Math.abs(dx) < MIN_DISTANCE || Math.abs(dx) < 2 * Math.abs(dy))
    return undefined;
  return dx < 0 === (dir === 'ltr') ? 'next' : 'previous';
}

/** Calls `onswipe` for each swipe on `target` by touch or pen; returns what stops watching. */
export function watchSwipes(
  target: EventTarget,
  onswipe: (move: 'next' | 'previous') => void,
  dir: TextDirection = 'ltr',
): () => void {
  let start: { x: number; y: number; t: number; id: number } | undefined;
  const down = (event: Event) => {
    const pointer = event as PointerEvent;
    if (pointer.pointerType === 'mouse') return;
    start = { x: pointer.clientX, y: pointer.clientY, t: pointer.timeStamp, id: pointer.pointerId };
  };
  const up = (event: Event) => {
    const pointer = event as PointerEvent;
    if (!start || pointer.pointerId !== start.id) return;
    const move = swipeMove(
      pointer.clientX - start.x,
      pointer.clientY - start.y,
      pointer.timeStamp - start.t,
      dir,
    );
    start = undefined;
    if (move) onswipe(move);
  };
  const cancel = () => (start = undefined);
  target.addEventListener('pointerdown', down);
  target.addEventListener('pointerup', up);
  target.addEventListener('pointercancel', cancel);
  return () => {
    target.removeEventListener('pointerdown', down);
    target.removeEventListener('pointerup', up);
    target.removeEventListener('pointercancel', cancel);
  };
}
