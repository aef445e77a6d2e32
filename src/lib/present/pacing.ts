/** Where a talk stands against its planned length. */
export interface Pace {
  verdict: 'ahead' | 'on time' | 'behind';
  /** Seconds into the talk at which the current slide was planned to start and end. */
  plannedStart: number;
  plannedEnd: number;
  /** Seconds ahead (negative) or behind (positive) of the current slide's planned span. */
  offset: number;
}

/**
 * How a talk of `talkMinutes` is going at slide `index`, `elapsed` seconds in. Each slide's
 * share of the talk is its share of the steps' weights (their kiosk dwell, which already says
 * how long a step needs). Within a small margin of the slide's planned span counts as on time.
 */
export function pace(
  weights: readonly number[],
  talkMinutes: number,
  index: number,
  elapsed: number,
): Pace {
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const seconds = talkMinutes * 60;
  const before = weights.slice(0, index).reduce((sum, weight) => sum + weight, 0);
  const plannedStart = (seconds * before) / total;
  const plannedEnd = (seconds * (before + (weights[index] ?? 0))) / total;
  const margin = Math.max(15, seconds * 0.025);
  const offset =
    elapsed < plannedStart ? elapsed - plannedStart : Math.max(0, elapsed - plannedEnd);
  const verdict = offset < -margin ? 'ahead' : offset > margin ? 'behind' : 'on time';
  return { verdict, plannedStart, plannedEnd, offset };
}

/** Reads `?talk=<minutes>`: a positive number up to 24 hours, or undefined. */
export function talkMinutes(search: string): number | undefined {
  const value = Number(new URLSearchParams(search).get('talk') ?? NaN);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 24 * 60) : undefined;
}

/** `m:ss` or `h:mm:ss` for a number of seconds. */
export function clockText(totalSeconds: number): string {
  const whole = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}
