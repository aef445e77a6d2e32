/**
 * Milliseconds from `now` to the next `minutes` past local midnight (today if still ahead,
 * else tomorrow). Computed with the calendar, so a change to or from summer time is honoured.
 */
export function msUntilClockTime(minutes: number, now: Date): number {
  const next = new Date(now);
  next.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}
