/** Turns the raw runs of one page (story or baseline) into medians with their ranges. */
import type { IdleRun, KioskRun, LoadRun, MemorySample } from './pages.ts';
import type { TransitionRecord } from './probe.ts';
import { frameStats, frameTimes, stat, type FrameStats, type Stat } from './stats.ts';

/** One transition's figures in one run. */
export interface TransitionFigures extends FrameStats {
  from: string;
  to: string;
  /** From the change of step to the map's idle, ms. */
  duration: number;
  longTasks: number;
  longTaskMs: number;
}

/** Frame figures with long tasks and duration, as medians over runs. */
export type TransitionSummary = Record<keyof Omit<TransitionFigures, 'from' | 'to'>, Stat>;

/** One page's results over all runs. */
export interface PageSummary {
  load: { firstIdle: Stat; lcp: Stat; fcp: Stat; lcpElement: string | undefined };
  /** All of the first loop's transitions pooled, per run, then medians over runs. */
  transitions: TransitionSummary;
  /** The same for loops two and three, once everything has been drawn once. */
  warm: TransitionSummary;
  /** CPU seconds of all of Chromium's processes per minute, idling (a kiosk between flights). */
  idleCpu: Stat;
  /** Per run, in the order measured: what the timing budgets compare, pair by pair. */
  samples: { firstIdle: (number | undefined)[]; frameP95: number[]; idleCpu: number[] };
  steps: ({ from: string; to: string } & TransitionSummary)[];
  memory: Record<keyof MemorySample, { loop1: Stat; loop3: Stat; growth: Stat }>;
}

function transitionFigures(
  transition: TransitionRecord,
  longTasks: readonly { start: number; duration: number }[],
): TransitionFigures & { times: number[] } {
  const end = transition.end ?? NaN;
  const overlapping = longTasks.filter(
    (task) => task.start < end && task.start + task.duration > transition.start,
  );
  const times = frameTimes(transition.frames);
  return {
    from: transition.from,
    to: transition.to,
    ...frameStats(times),
    duration: end - transition.start,
    longTasks: overlapping.length,
    longTaskMs: overlapping.reduce((sum, task) => sum + task.duration, 0),
    times,
  };
}

/**
 * Per-run figures of loops `first` to `last` (from 1): each transition, and all of them pooled.
 * By default the first loop, where everything the story shows is drawn for the first time.
 */
export function loopFigures(
  run: KioskRun,
  first = 1,
  last = first,
): {
  steps: TransitionFigures[];
  pooled: Figures;
} {
  const steps = run.record.transitions
    .slice((first - 1) * run.steps, last * run.steps)
    .map((transition) => transitionFigures(transition, run.record.longTasks));
  const sum = (key: 'duration' | 'longTasks' | 'longTaskMs') =>
    steps.reduce((total, step) => total + step[key], 0);
  return {
    steps: steps.map(({ times: _times, ...figures }) => figures),
    pooled: {
      ...frameStats(steps.flatMap((step) => step.times)),
      duration: sum('duration'),
      longTasks: sum('longTasks'),
      longTaskMs: sum('longTaskMs'),
    },
  };
}

type Figures = Omit<TransitionFigures, 'from' | 'to'>;

function summarise(rows: readonly Figures[]): TransitionSummary {
  const keys = Object.keys(rows[0] ?? {}) as (keyof Figures)[];
  return Object.fromEntries(
    keys.map((key) => [key, stat(rows.map((row) => row[key]))]),
  ) as TransitionSummary;
}

function figuresOnly({ from: _from, to: _to, ...figures }: TransitionFigures): Figures {
  return figures;
}

/** Medians over runs of everything measured on one page. */
export function summarisePage(
  loads: readonly LoadRun[],
  kiosks: readonly KioskRun[],
  idles: readonly IdleRun[] = [],
): PageSummary {
  const loops = kiosks.map((run) => loopFigures(run));
  const warm = kiosks.map((run) => loopFigures(run, 2, 3));
  const first = loops[0]?.steps ?? [];
  const memoryKeys: (keyof MemorySample)[] = ['heapUsed', 'nodes', 'elements', 'listeners'];
  return {
    load: {
      firstIdle: stat(loads.map((run) => run.record.firstIdle)),
      lcp: stat(loads.map((run) => run.record.lcp?.time)),
      fcp: stat(loads.map((run) => run.record.fcp)),
      lcpElement: loads.at(-1)?.record.lcp?.element,
    },
    transitions: summarise(loops.map((loop) => loop.pooled)),
    warm: summarise(warm.map((loop) => loop.pooled)),
    idleCpu: stat(idles.map((run) => run.cpuPerMinute)),
    samples: {
      firstIdle: loads.map((run) => run.record.firstIdle),
      frameP95: loops.map((loop) => loop.pooled.p95),
      idleCpu: idles.map((run) => run.cpuPerMinute),
    },
    steps: first.map((step, i) => ({
      from: step.from,
      to: step.to,
      ...summarise(loops.flatMap((loop) => (loop.steps[i] ? [figuresOnly(loop.steps[i])] : []))),
    })),
    memory: Object.fromEntries(
      memoryKeys.map((key) => [
        key,
        {
          loop1: stat(kiosks.map((run) => run.loop1[key])),
          loop3: stat(kiosks.map((run) => run.loop3[key])),
          growth: stat(kiosks.map((run) => (run.loop3[key] - run.loop1[key]) / run.loop1[key])),
        },
      ]),
    ) as PageSummary['memory'],
  };
}
