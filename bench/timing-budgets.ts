/** The timing and memory budgets, checked against the bench's medians. */
import type { Budgets, Verdict } from './budgets.ts';
import { ratio } from './stats.ts';
import type { PageSummary } from './summary.ts';

function limit(value: number | undefined, name: string): number {
  if (value === undefined) throw new Error(`bench/budgets.json: timings.${name} has no limit.`);
  return value;
}

/** Ratios story / baseline of first idle and frame p95; the story's heap and DOM growth. */
export function checkTimings(
  story: PageSummary,
  baseline: PageSummary,
  budgets: Budgets,
): Verdict[] {
  const { firstIdle, frameP95, heapGrowth, domGrowth } = budgets.timings;
  const verdict = (
    name: string,
    label: string,
    value: number,
    max: number,
    unit: Verdict['unit'],
  ): Verdict => ({
    name,
    label,
    value,
    limit: max,
    unit,
    pass: Number.isFinite(value) && value <= max,
    ...(Number.isFinite(value) ? {} : { note: 'not measured' }),
  });
  const memory = story.memory;
  return [
    verdict(
      'firstIdle',
      firstIdle.label,
      ratio(story.load.firstIdle.median, baseline.load.firstIdle.median),
      limit(firstIdle.maxRatio, 'firstIdle.maxRatio'),
      'ratio',
    ),
    verdict(
      'frameP95',
      frameP95.label,
      ratio(story.transitions.p95.median, baseline.transitions.p95.median),
      limit(frameP95.maxRatio, 'frameP95.maxRatio'),
      'ratio',
    ),
    verdict(
      'heapGrowth',
      heapGrowth.label,
      memory.heapUsed.growth.median,
      limit(heapGrowth.maxGrowth, 'heapGrowth.maxGrowth'),
      'growth',
    ),
    verdict(
      'domGrowth',
      `${domGrowth.label} (elements in the document)`,
      memory.elements.growth.median,
      limit(domGrowth.maxGrowth, 'domGrowth.maxGrowth'),
      'growth',
    ),
    verdict(
      'domNodesGrowth',
      `${domGrowth.label} (CDP Nodes, detached included)`,
      memory.nodes.growth.median,
      limit(domGrowth.maxGrowth, 'domGrowth.maxGrowth'),
      'growth',
    ),
  ];
}
