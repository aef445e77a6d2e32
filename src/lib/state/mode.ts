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

/** Reads `?mode=` and the modes' options; an unknown mode reads as scroll. */
export function readPageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  return {
    mode: MODES.find((known) => known === mode) ?? 'scroll',
    dwell: positive(params.get('dwell'), 3600),
    resumeAfter: positive(params.get('resume'), 3600) ?? 30,
    talk: positive(params.get('talk'), 24 * 60),
    notes: params.has('notes'),
  };
}
