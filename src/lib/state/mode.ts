/** How the story is being shown. */
export type Mode = 'scroll' | 'present' | 'kiosk' | 'speaker' | 'print';

const MODES: readonly Mode[] = ['scroll', 'present', 'kiosk', 'speaker', 'print'];

/** Options read from the page's query string. */
export interface PageOptions {
  mode: Mode;
  /** `?dwell=<seconds>`: one dwell for every step in a kiosk. */
  dwell: number | undefined;
  /** `?resume=<seconds>`: quiet time before a paused kiosk plays again. */
  resumeAfter: number;
  /** `?reset=<seconds>`: quiet time before a kiosk starts again from the first step. */
  resetAfter: number;
  /** `?reload=HH:MM`: a kiosk reloads once a day at this local time, as minutes after midnight. */
  reloadAt: number | undefined;
  /** `?update=<minutes>`: how often a kiosk asks its server for a new build, at a loop's end. */
  updateEvery: number;
  /** `?watchdog=<seconds>`: how long a kiosk's map may go unsettled, past a dwell, before a reload. */
  watchdog: number;
  /** `?talk=<minutes>`: the planned length of a talk, for the speaker view's pacing. */
  talk: number | undefined;
  /** `&notes`: the printed handout carries the speaker notes. */
  notes: boolean;
}

function positive(text: string | null, max: number): number | undefined {
  if (text === null) return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? Math.min(value, max) : undefined;
}

/** Minutes after midnight for `HH:MM` (24-hour clock), or undefined for anything else. */
export function clockTime(text: string | null): number | undefined {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** Reads `?mode=` and the modes' options; an unknown mode reads as scroll. */
export function readPageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  return {
    mode: MODES.find((known) => known === mode) ?? 'scroll',
    dwell: positive(params.get('dwell'), 3600),
    resumeAfter: positive(params.get('resume'), 3600) ?? 30,
    resetAfter: positive(params.get('reset'), 24 * 3600) ?? 120,
    reloadAt: clockTime(params.get('reload')),
    updateEvery: positive(params.get('update'), 7 * 24 * 60) ?? 60,
    watchdog: Math.max(2, positive(params.get('watchdog'), 3600) ?? 60),
    talk: positive(params.get('talk'), 24 * 60),
    notes: params.has('notes'),
  };
}
