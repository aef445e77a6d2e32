/** How the story is being shown. */
export type Mode = 'scroll' | 'present' | 'kiosk';

/** Options read from the page's query string. */
export interface PageOptions {
  mode: Mode;
  /** `?dwell=<seconds>`: one dwell for every step in a kiosk. */
  dwell: number | undefined;
  /** `?resume=<seconds>`: quiet time before a paused kiosk plays again. */
  resumeAfter: number;
}

function positive(text: string | null, max: number): number | undefined {
  if (text === null) return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? Math.min(value, max) : undefined;
}

/** Reads `?mode=present|kiosk` and the kiosk's timing options; anything else reads as scroll. */
export function readPageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  return {
    mode: mode === 'present' || mode === 'kiosk' ? mode : 'scroll',
    dwell: positive(params.get('dwell'), 3600),
    resumeAfter: positive(params.get('resume'), 3600) ?? 30,
  };
}
