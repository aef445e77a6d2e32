import scrollama from 'scrollama';

/** Where the reading line sits, as a fraction of the window's height from the top. */
export const TRIGGER = 0.5;

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
 * Calls `onchange` with the step being read whenever scrolling or resizing may have changed it.
 * Scrollama's enter and exit events only prompt a fresh look at the layout: they can be skipped
 * or arrive out of order on fast scrolls. Returns the cleanup.
 */
export function watchSteps(elements: HTMLElement[], onchange: (index: number) => void): () => void {
  const update = () => {
    const tops = elements.map((element) => element.getBoundingClientRect().top);
    onchange(activeIndexAt(tops, window.innerHeight * TRIGGER));
  };
  const scroller = scrollama();
  scroller.setup({ step: elements, offset: TRIGGER }).onStepEnter(update).onStepExit(update);
  // Scrollama's observers can miss the very end of a fling; the last scroll event settles it.
  window.addEventListener('scrollend', update);
  window.addEventListener('resize', update);
  update();
  return () => {
    window.removeEventListener('scrollend', update);
    window.removeEventListener('resize', update);
    scroller.destroy();
  };
}
