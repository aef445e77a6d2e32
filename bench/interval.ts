/**
 * How sure a story / baseline ratio is. Under software WebGL on a shared 2-core machine the
 * same page can run 15 % slower or faster a minute later, so a ratio of two medians of five
 * runs moves by more than a 10 % budget between runs of unchanged code. A bootstrap interval
 * says how far it could have moved in this run.
 */
import { percentile, ratio as ratioOfMedians } from './stats.ts';

/** An interval's ends, at `level` confidence (0.9 for 90 %). */
export interface Interval {
  low: number;
  high: number;
  level: number;
}

/** A ratio of medians, story / baseline, with its bootstrap interval. */
export interface RatioEstimate extends Interval {
  ratio: number;
  /** Pairs of runs the ratio was taken over. */
  pairs: number;
}

/** A small seeded generator (mulberry32): the same runs give the same interval every time. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fewer pairs than this give a ratio but no interval: resampling one or two pairs tells nothing. */
export const MIN_PAIRS = 3;

/** Options of `pairedRatio`. */
export interface IntervalOptions {
  level?: number;
  resamples?: number;
  seed?: number;
}

/**
 * The ratio of the medians of `story` and `baseline`, with a percentile bootstrap interval that
 * resamples pairs: `story[i]` and `baseline[i]` were measured in the same round, one just after
 * the other, so a machine that slowed for a minute slowed both. Pairs with a missing value on
 * either side are left out. NaN throughout when no pair is left; the interval is NaN with fewer
 * than `MIN_PAIRS` pairs.
 */
export function pairedRatio(
  story: readonly (number | undefined)[],
  baseline: readonly (number | undefined)[],
  { level = 0.9, resamples = 4000, seed = 1 }: IntervalOptions = {},
): RatioEstimate {
  const pairs: [number, number][] = [];
  for (let i = 0; i < Math.min(story.length, baseline.length); i++) {
    const [s, b] = [story[i], baseline[i]];
    if (Number.isFinite(s) && Number.isFinite(b) && b !== 0) pairs.push([s!, b!]);
  }
  if (pairs.length === 0) return { ratio: NaN, low: NaN, high: NaN, level, pairs: 0 };
  const ratioOf = (sample: readonly [number, number][]) =>
    ratioOfMedians(
      percentile(
        sample.map(([s]) => s),
        50,
      ),
      percentile(
        sample.map(([, b]) => b),
        50,
      ),
    );
  const ratio = ratioOf(pairs);
  if (pairs.length < MIN_PAIRS) return { ratio, low: NaN, high: NaN, level, pairs: pairs.length };
  const random = generator(seed);
  const ratios: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample = pairs.map(() => pairs[Math.floor(random() * pairs.length)]!);
    ratios.push(ratioOf(sample));
  }
  const tail = ((1 - level) / 2) * 100;
  return {
    ratio,
    low: percentile(ratios, tail),
    high: percentile(ratios, 100 - tail),
    level,
    pairs: pairs.length,
  };
}
