/**
 * What the bench records inside the page, installed before any of the page's scripts run. It
 * reads only the page contract (`data-active-step`, `data-map-state` on `<html>`), which the
 * story and the baseline both keep, so both are measured by the same code.
 */

/** One step transition: from the change of active step to the map's next `idle`. */
export interface TransitionRecord {
  from: string;
  to: string;
  start: number;
  end?: number;
  /** `requestAnimationFrame` timestamps between start and end. */
  frames: number[];
}

/** Everything the probe records; times are `performance.now()` milliseconds. */
export interface ProbeRecord {
  firstIdle?: number;
  fcp?: number;
  lcp?: { time: number; size: number; element: string };
  transitions: TransitionRecord[];
  longTasks: { start: number; duration: number }[];
  /** Every `data-active-step` the page has settled on, with its `.story-map[data-view]`. */
  settled: { step: string; view: string | undefined }[];
}

declare global {
  interface Window {
    __bench: ProbeRecord;
  }
}

/**
 * Installed with `page.addInitScript`: serialised into the page, so it must not use anything
 * from its module.
 */
export function installProbe(): void {
  const record: ProbeRecord = { transitions: [], longTasks: [], settled: [] };
  window.__bench = record;
  let open: TransitionRecord | undefined;

  const sample = (time: number) => {
    if (!open || open.end !== undefined) return;
    open.frames.push(time);
    requestAnimationFrame(sample);
  };

  const onMutation = (mutations: MutationRecord[]) => {
    const root = document.documentElement;
    for (const mutation of mutations) {
      if (mutation.target !== root) continue;
      const now = performance.now();
      const value = root.getAttribute(mutation.attributeName ?? '');
      if (mutation.attributeName === 'data-active-step') {
        if (record.firstIdle === undefined || value === mutation.oldValue) continue;
        if (open && open.end === undefined) open.end = now;
        open = { from: mutation.oldValue ?? '', to: value ?? '', start: now, frames: [] };
        record.transitions.push(open);
        requestAnimationFrame(sample);
      } else if (value === 'idle' && mutation.oldValue !== 'idle') {
        record.firstIdle ??= now;
        if (open && open.end === undefined) open.end = now;
        const view = document.querySelector('.story-map')?.getAttribute('data-view') ?? undefined;
        record.settled.push({ step: root.dataset['activeStep'] ?? '', view });
      }
    }
  };
  new MutationObserver(onMutation).observe(document, {
    subtree: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: ['data-active-step', 'data-map-state'],
  });

  const observe = (type: string, take: (entries: PerformanceEntryList) => void) => {
    try {
      new PerformanceObserver((list) => take(list.getEntries())).observe({ type, buffered: true });
    } catch {
      // An entry type this browser does not support is simply not recorded.
    }
  };
  observe('paint', (entries) => {
    for (const entry of entries) {
      if (entry.name === 'first-contentful-paint') record.fcp = entry.startTime;
    }
  });
  observe('largest-contentful-paint', (entries) => {
    const last = entries.at(-1) as
      (PerformanceEntry & { size: number; element: Element | null }) | undefined;
    if (!last) return;
    const element = last.element;
    const text = (element?.textContent ?? '').trim().slice(0, 40);
    record.lcp = {
      time: last.startTime,
      size: last.size,
      element: element ? `${element.tagName.toLowerCase()} "${text}"` : '(removed)',
    };
  });
  observe('longtask', (entries) => {
    for (const entry of entries) {
      record.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  });
}
