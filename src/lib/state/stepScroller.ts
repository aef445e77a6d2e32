import scrollama from 'scrollama';

/**
 * Where the layout reads from, in pixels from the top of the window: the reading line (a step
 * is being read once its top has passed it) and where a step's top is put when the page moves
 * to it. Beside the map they sit at half and a third of the window; under a map held above the
 * text, a little way into the text's part of the screen.
 */
export interface ReadingLines {
  reading: number;
  placed: number;
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

/** The scroll position that puts a step's top on the line where steps are placed. */
function placedTop(element: HTMLElement, lines: ReadingLines): number {
  return Math.round(element.getBoundingClientRect().top + window.scrollY - lines.placed);
}

/** Scrolls at once so that a step's top sits a little above the reading line. */
export function placeStep(element: HTMLElement, lines: ReadingLines): void {
  window.scrollTo({ top: placedTop(element, lines), behavior: 'instant' });
}

/**
 * The parts of scrollama 3.2 used here. Its own `index.d.ts` is out of date: it lacks pixel
 * offsets and `offset()`.
 */
interface Scroller {
  setup(options: { step: HTMLElement[]; offset: string }): Scroller;
  onStepEnter(callback: () => void): Scroller;
  onStepExit(callback: () => void): Scroller;
  offset(value: string): Scroller;
  destroy(): void;
}

/** What watches the reader's scroll, and moves the page to a step when asked. */
export interface StepWatch {
  /**
   * Makes step `index` the one being read and scrolls it into place (smoothly unless `instant`).
   * The step stays active while the page scrolls there, so the map goes straight to it rather
   * than through every step on the way, and a later call wins over an earlier one.
   */
  goTo(index: number, instant: boolean): void;
  /** Removes every listener and observer. */
  destroy(): void;
}

/**
 * Calls `onchange` with the step being read whenever scrolling may have changed it. Scrollama's
 * enter and exit events only prompt a fresh look at the layout: they can be skipped or arrive out
 * of order on fast scrolls. A resize that reflows the text keeps the reader on `current()`'s
 * step.
 */
export function watchSteps(
  elements: HTMLElement[],
  lines: () => ReadingLines,
  current: () => number,
  onchange: (index: number) => void,
): StepWatch {
  const fromLayout = () => {
    const tops = elements.map((element) => element.getBoundingClientRect().top);
    return activeIndexAt(tops, lines().reading);
  };
  // The step the page is scrolling to on the reader's request, until it gets there.
  let going: number | undefined;
  const update = () => {
    if (going === undefined) onchange(fromLayout());
  };
  const arrived = () => {
    const target = going === undefined ? undefined : elements[going];
    if (target && Math.abs(window.scrollY - placedTop(target, lines())) > 2) return;
    going = undefined;
    update();
  };
  // The reader's own scrolling overrides a move the page was making for them.
  const takeOver = () => {
    going = undefined;
  };
  // Where the steps sit in the page. A resize that leaves them there (a phone's address bar
  // sliding away, an emulator settling) has not reflowed the text: moving the reader back to
  // their step then would undo a scroll still under way.
  const pageTops = () =>
    elements.map((element) => Math.round(element.getBoundingClientRect().top + window.scrollY));
  let laidOut = pageTops();
  const scroller = scrollama() as unknown as Scroller;
  let offset = lines().reading;
  const resize = () => {
    const tops = pageTops();
    const reflowed = tops.some((top, i) => top !== laidOut[i]);
    laidOut = tops;
    const reading = elements[going ?? current()];
    if (reading && (going !== undefined || (reflowed && fromLayout() !== current()))) {
      placeStep(reading, lines());
    }
    if (lines().reading !== offset) {
      offset = lines().reading;
      scroller.offset(`${offset}px`);
    }
    update();
  };
  scroller
    .setup({ step: elements, offset: `${offset}px` })
    .onStepEnter(update)
    .onStepExit(update);
  // Scrollama's observers can miss the very end of a fling; the last scroll event settles it.
  window.addEventListener('scrollend', arrived);
  window.addEventListener('resize', resize);
  const inputs = ['wheel', 'touchstart', 'keydown'] as const;
  for (const input of inputs) window.addEventListener(input, takeOver, { passive: true });
  update();
  return {
    goTo(index, instant) {
      const target = elements[index];
      if (!target) return;
      going = index;
      onchange(index);
      const top = placedTop(target, lines());
      if (Math.abs(window.scrollY - top) <= 2) return arrived();
      window.scrollTo({ top, behavior: instant ? 'instant' : 'smooth' });
      if (instant) arrived();
    },
    destroy() {
      window.removeEventListener('scrollend', arrived);
      window.removeEventListener('resize', resize);
      for (const input of inputs) window.removeEventListener(input, takeOver);
      scroller.destroy();
    },
  };
}
