/** The parts of `window` leaving a step's page uses; tests pass a fake. */
export interface PageAddress {
  location: { href: string; hash: string; search: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url?: string): void };
}

/**
 * A step's own page (`<story>/<step-id>/index.html`, made by the build so that a shared link
 * previews that step) opens the story at its step: before anything reads the address, it becomes
 * the story's own, `<story>/?…#<step-id>`. Links, reloads, the deck's channel and every file the
 * page fetches then resolve as on the story's page. `stepId` is the page's `data-step-page`.
 */
export function leaveStepPage(stepId: string | undefined, page: PageAddress): void {
  if (!stepId) return;
  const { href, hash, search } = page.location;
  const story = new URL(`../${search}${hash || `#${encodeURIComponent(stepId)}`}`, href);
  page.history.replaceState(page.history.state, '', story.href);
}
