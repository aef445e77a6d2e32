/** The bench's results as a readable table. */
import { verdictLine, type SiteBytes, type Verdict } from './budgets.ts';
import { CATEGORIES, type Category } from './bytes.ts';
import type { Stat } from './stats.ts';
import { ratio } from './stats.ts';
import type { PageSummary, TransitionSummary } from './summary.ts';

/** What the table shows. */
export interface TableInput {
  environment: {
    chromium: string;
    maplibre: string;
    renderer: string;
    runs: number;
    loadsPerRound: number;
  };
  bytes: { story: SiteBytes; baseline: SiteBytes };
  story: PageSummary;
  baseline: PageSummary;
  verdicts: Verdict[];
}

const WIDTH = [34, 22, 22, 8];

function row(cells: string[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(WIDTH[0]!) : cell.padStart(WIDTH[i] ?? 10)))
    .join(' ');
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

function range(value: Stat, digits = 0, scale = 1): string {
  if (value.n === 0) return '–';
  const show = (x: number) => fixed(x * scale, digits);
  return `${show(value.median)} [${show(value.min)}–${show(value.max)}]`;
}

function times(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '–';
}

function kb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

function byteRows(story: SiteBytes, baseline: SiteBytes): string[] {
  const lines = [row(['Bytes, gzip kB (first screen / all)', 'story', 'baseline', 'ratio'])];
  const line = (label: string, key: Category | 'total') =>
    row([
      `  ${label}`,
      `${kb(story.firstScreen[key].gzip)} / ${kb(story.total[key].gzip)}`,
      `${kb(baseline.firstScreen[key].gzip)} / ${kb(baseline.total[key].gzip)}`,
      times(ratio(story.firstScreen[key].gzip, baseline.firstScreen[key].gzip)),
    ]);
  for (const [key, label] of Object.entries(CATEGORIES)) lines.push(line(label, key as Category));
  lines.push(line('total', 'total'));
  lines.push(
    row([
      '  raw kB, total',
      `${kb(story.firstScreen.total.raw)} / ${kb(story.total.total.raw)}`,
      `${kb(baseline.firstScreen.total.raw)} / ${kb(baseline.total.total.raw)}`,
      times(ratio(story.firstScreen.total.raw, baseline.firstScreen.total.raw)),
    ]),
    row([
      '  first step places, tiles + style',
      kb(story.firstStepData.gzip),
      kb(baseline.firstStepData.gzip),
      times(ratio(story.firstStepData.gzip, baseline.firstStepData.gzip)),
    ]),
  );
  return lines;
}

function statRow(
  label: string,
  story: Stat,
  baseline: Stat,
  digits = 0,
  scale = 1,
  compare = true,
): string {
  return row([
    `  ${label}`,
    range(story, digits, scale),
    range(baseline, digits, scale),
    compare ? times(ratio(story.median, baseline.median)) : '',
  ]);
}

function transitionRows(story: TransitionSummary, baseline: TransitionSummary): string[] {
  return [
    statRow('frame p50, ms', story.p50, baseline.p50, 1),
    statRow('frame p95, ms', story.p95, baseline.p95, 1),
    statRow('frame max, ms', story.max, baseline.max),
    statRow('frames', story.frames, baseline.frames),
    statRow('frames over 50 ms', story.over50, baseline.over50),
    statRow('long tasks', story.longTasks, baseline.longTasks),
    statRow('long tasks, ms', story.longTaskMs, baseline.longTaskMs),
    statRow('move to idle, ms', story.duration, baseline.duration),
  ];
}

/** The whole table, one string per line. */
export function table(input: TableInput): string[] {
  const { story, baseline, environment } = input;
  const lines = [
    `Chromium ${environment.chromium} · MapLibre ${environment.maplibre} · ${environment.renderer}`,
    `${environment.runs} rounds (${environment.runs * environment.loadsPerRound} cold loads and ${environment.runs} kiosk runs per page), story and baseline alternating, each in a browser of its own; medians [min–max]; ratio = story / baseline.`,
    '',
    ...byteRows(input.bytes.story, input.bytes.baseline),
    '',
    row(['Load, ms (1280×800, scroll mode)', 'story', 'baseline', 'ratio']),
    statRow('first contentful paint', story.load.fcp, baseline.load.fcp),
    statRow('first text painted (LCP)', story.load.lcp, baseline.load.lcp),
    statRow('first map idle', story.load.firstIdle, baseline.load.firstIdle),
    `  LCP element: story ${story.load.lcpElement ?? '–'}; baseline ${baseline.load.lcpElement ?? '–'}`,
    '',
    row([`Transitions, kiosk loop 1 (${story.steps.length} pooled)`, 'story', 'baseline', 'ratio']),
    ...transitionRows(story.transitions, baseline.transitions),
    '',
    row(['Idle (kiosk between flights), CPU', 'story', 'baseline', 'ratio']),
    statRow('all processes, s per minute', story.idleCpu, baseline.idleCpu, 2),
    '',
    row([`Transitions, kiosk loops 2–3 (warm)`, 'story', 'baseline', 'ratio']),
    statRow('frame p50, ms', story.warm.p50, baseline.warm.p50, 1),
    statRow('frame p95, ms', story.warm.p95, baseline.warm.p95, 1),
    statRow('frames over 50 ms', story.warm.over50, baseline.warm.over50),
    '',
    row(['Per transition: frame p95, ms', 'story', 'baseline', 'ratio']),
  ];
  story.steps.forEach((step, i) => {
    const other = baseline.steps[i];
    lines.push(
      row([
        `  ${step.from} → ${step.to}`.slice(0, WIDTH[0]),
        `${fixed(step.p95.median, 1)} (${fixed(step.over50.median, 0)} >50)`,
        other ? `${fixed(other.p95.median, 1)} (${fixed(other.over50.median, 0)} >50)` : '–',
        times(ratio(step.p95.median, other?.p95.median ?? NaN)),
      ]),
    );
  });
  lines.push('', row(['Memory after forced GC', 'story', 'baseline', 'ratio']));
  const memory = (label: string, key: keyof PageSummary['memory'], scale: number, digits = 0) => {
    const s = story.memory[key];
    const b = baseline.memory[key];
    lines.push(
      statRow(`${label}, loop 1`, s.loop1, b.loop1, digits, scale),
      statRow(`${label}, loop 3`, s.loop3, b.loop3, digits, scale),
      statRow(`${label}, growth %`, s.growth, b.growth, 2, 100, false),
    );
  };
  memory('JS heap, MB', 'heapUsed', 1e-6, 2);
  memory('DOM nodes (CDP)', 'nodes', 1);
  memory('elements in document', 'elements', 1);
  memory('event listeners', 'listeners', 1);
  lines.push('', 'Budgets (bench/budgets.json):');
  for (const verdict of input.verdicts) lines.push(`  ${verdictLine(verdict)}`);
  return lines;
}
