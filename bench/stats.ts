/** Small statistics for the bench: medians with their range, and frame-time percentiles. */

/** A figure over several runs: its median, with the smallest and largest run. */
export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** The p-th percentile (0–100) by linear interpolation between closest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p / 100) * (sorted.length - 1);
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** Median, min and max of the finite values among `values`. */
export function stat(values: readonly (number | undefined)[]): Stat {
  const finite = values.filter((value): value is number => Number.isFinite(value));
  if (finite.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  return {
    median: percentile(finite, 50),
    min: Math.min(...finite),
    max: Math.max(...finite),
    n: finite.length,
  };
}

/** Frame-time figures, in milliseconds, of one stretch of frames. */
export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Frames that took longer than 50 ms. */
  over50: number;
}

/** Frame times between consecutive `requestAnimationFrame` timestamps. */
export function frameTimes(timestamps: readonly number[]): number[] {
  return timestamps.slice(1).map((time, i) => time - timestamps[i]!);
}

/** The figures of a set of frame times. */
export function frameStats(times: readonly number[]): FrameStats {
  return {
    frames: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.length > 0 ? Math.max(...times) : NaN,
    over50: times.filter((time) => time > 50).length,
  };
}

/** Story over baseline, or NaN when either is missing. */
export function ratio(story: number, baseline: number): number {
  return Number.isFinite(story) && Number.isFinite(baseline) && baseline !== 0
    ? story / baseline
    : NaN;
}
