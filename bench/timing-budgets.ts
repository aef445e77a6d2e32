/** The timing and memory budgets, checked against the bench's medians. */
import type { Budgets, Verdict } from './budgets.ts';
import { pairedRatio, type RatioEstimate } from './interval.ts';
import type { PageSummary } from './summary.ts';

function limit(value: number | undefined, name: string): number {
  if (value === undefined) throw new Error(`bench/budgets.json: timings.${name} has no limit.`);
  return value;
}

/**
 * Ratios story / baseline of first idle, frame p95 and idle CPU, each with its 90 % interval (pairs of
 * runs resampled); the story's heap and DOM growth. A ratio passes when it is within its limit:
 * the interval only says how far this run's ratio could have moved.
 */
export function checkTimings(
  story: PageSummary,
  baseline: PageSummary,
  budgets: Budgets,
): Verdict[] {
  const { firstIdle, frameP95, idleCpu, heapGrowth, domGrowth } = budgets.timings;
  const verdict = (
    name: string,
    label: string,
    value: number,
    max: number,
    unit: Verdict['unit'],
    estimate?: RatioEstimate,
  ): Verdict => ({
    name,
    label,
    value,
    limit: max,
    unit,
    pass: Number.isFinite(value) && value <= max,
    ...(Number.isFinite(value) ? {} : { note: 'not measured' }),
    ...(estimate && Number.isFinite(estimate.low)
      ? { interval: { low: estimate.low, high: estimate.high, level: estimate.level } }
      : {}),
  });
  const idle = pairedRatio(story.samples.firstIdle, baseline.samples.firstIdle);
  const p95 = pairedRatio(story.samples.frameP95, baseline.samples.frameP95);
  const idleCpuRatio = pairedRatio(story.samples.idleCpu, baseline.samples.idleCpu);
  const memory = story.memory;
  return [
    verdict(
      'firstIdle',
      firstIdle.label,
      idle.ratio,
      limit(firstIdle.maxRatio, 'firstIdle.maxRatio'),
      'ratio',
      idle,
    ),
    verdict(
      'frameP95',
      frameP95.label,
      p95.ratio,
      limit(frameP95.maxRatio, 'frameP95.maxRatio'),
      'ratio',
      p95,
    ),
    verdict(
      'idleCpu',
      idleCpu.label,
      idleCpuRatio.ratio,
      limit(idleCpu.maxRatio, 'idleCpu.maxRatio'),
      'ratio',
      idleCpuRatio,
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
