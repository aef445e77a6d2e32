import scrollama from 'scrollama';

/** Where the reading line sits, as a fraction of the window's height from the top. */
export const TRIGGER = 0.5;

/** Where a step's top is put when the page moves to it (deep links, resizes), as a fraction. */
export const PLACED_AT = 0.3;

/** Scrolls at once so that a step's top sits a little above the reading line. */
export function placeStep(element: HTMLElement): void {
  const top = element.getBoundingClientRect().top + window.scrollY - window.innerHeight * PLACED_AT;
  window.scrollTo({ top, behavior: 'instant' });
}

/**
 * The step being read: the last one whose top has passed the reading line. Derived from the
 * layout alone, so fast scrolls, jumps and resizes all end on the right step.
 */
export function activeIndexAt(tops: readonly number[], triggerY: number): number {
  let active = 0;
  tops.forEach((top, i) => {
    if (top <= triggerY) active = i;
  });
  return active;
}

/**
 * Calls `onchange` with the step being read whenever scrolling may have changed it. Scrollama's
 * enter and exit events only prompt a fresh look at the layout: they can be skipped or arrive out
 * of order on fast scrolls. A resize that reflows the text keeps the reader on `current()`'s
 * step. Returns the cleanup.
 */
export function watchSteps(
  elements: HTMLElement[],
  current: () => number,
  onchange: (index: number) => void,
): () => void {
  const fromLayout = () => {
    const tops = elements.map((element) => element.getBoundingClientRect().top);
    return activeIndexAt(tops, window.innerHeight * TRIGGER);
  };
  const update = () => onchange(fromLayout());
  // Where the steps sit in the page. A resize that leaves them there (a phone's address bar
  // sliding away, an emulator settling) has not reflowed the text: moving the reader back to
  // their step then would undo a scroll still under way.
  const pageTops = () =>
    elements.map((element) => Math.round(element.getBoundingClientRect().top + window.scrollY));
  let laidOut = pageTops();
  const resize = () => {
    const tops = pageTops();
    const reflowed = tops.some((top, i) => top !== laidOut[i]);
    laidOut = tops;
    const reading = elements[current()];
    if (reflowed && reading && fromLayout() !== current()) placeStep(reading);
    update();
  };
  const scroller = scrollama();
  scroller.setup({ step: elements, offset: TRIGGER }).onStepEnter(update).onStepExit(update);
  // Scrollama's observers can miss the very end of a fling; the last scroll event settles it.
  window.addEventListener('scrollend', update);
  window.addEventListener('resize', resize);
  update();
  return () => {
    window.removeEventListener('scrollend', update);
    window.removeEventListener('resize', resize);
    scroller.destroy();
  };
}
