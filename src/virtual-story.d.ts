/** The story parsed at build time by scripts/vite-plugin-story.ts. */
declare module 'virtual:story' {
  import type { Problem } from './lib/problem.ts';
  import type { Story } from './lib/story/types.ts';
  /** The parsed story; null only in the dev server when the script could not be read at all. */
  export const story: Story | null;
  /** Problems in the script (always empty in a production build, which refuses them). */
  export const problems: Problem[];
}
