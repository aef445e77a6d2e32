/** The name of the speaker view's window, so S twice brings back the same window. */
const WINDOW_NAME = 'map-story-speaker';

/** The speaker view's address for a deck at `href`: same page and options, `mode=speaker`. */
export function speakerUrl(href: string, stepId: string): string {
  const url = new URL(href);
  url.searchParams.set('mode', 'speaker');
  url.hash = stepId;
  return url.href;
}

/**
 * Opens the speaker view in a window of its own; returns false when the browser blocked it
 * (the deck then offers a link instead).
 */
export function openSpeakerWindow(host: Pick<Window, 'open' | 'screen'>, url: string): boolean {
  const width = Math.min(1280, host.screen.availWidth || 1280);
  const height = Math.min(800, host.screen.availHeight || 800);
  const opened = host.open(url, WINDOW_NAME, `popup,width=${width},height=${height}`);
  opened?.focus();
  return opened !== null;
}
