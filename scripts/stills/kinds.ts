/**
 * The pictures `npm run stills` makes of each step, and where they go. The wide one is the size
 * link previews use (1200×630, about 1.91:1); the narrow one is for upright boxes (phones' slides,
 * upright kiosks). WebP for readers; the wide one also as PNG, which every link-preview crawler
 * reads. Each is drawn at twice the map's pixel ratio (the wide one as a 600×315 map), so its
 * labels stay legible where it is shown smaller than its pixels, as it mostly is.
 */
export const STILL_KINDS = {
  wide: { width: 1200, height: 630, pixelRatio: 2, type: 'image/webp', suffix: '.webp' },
  narrow: { width: 800, height: 1000, pixelRatio: 2, type: 'image/webp', suffix: '-narrow.webp' },
  preview: { width: 1200, height: 630, pixelRatio: 2, type: 'image/png', suffix: '.png' },
} as const;

/** One kind of picture: `wide`, `narrow` or `preview`. */
export type StillKind = keyof typeof STILL_KINDS;

/** WebP quality (0–1): text and thin lines stay crisp, flat colours compress well. */
export const WEBP_QUALITY = 0.82;

/** A step's picture of one kind, as a file name in the story's stills folder. */
export function stillFile(stepId: string, kind: StillKind): string {
  return `${stepId}${STILL_KINDS[kind].suffix}`;
}

/**
 * The folder a story's pictures are committed in, beside the story: `story/my-story.md` has
 * `story/stills/my-story/`.
 */
export function stillsFolder(storyFile: string): string {
  const path = storyFile.replace(/\\/g, '/');
  const at = path.lastIndexOf('/');
  const name = path.slice(at + 1).replace(/\.md$/, '');
  return `${at < 0 ? '' : path.slice(0, at + 1)}stills/${name}`;
}
