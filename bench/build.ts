/** Production builds of the story and the baseline, for the bench, through Vite's JS API. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const project = fileURLToPath(new URL('../', import.meta.url));

/** Where the bench's builds go; `dist/` is left to `npm run build` and the browser tests. */
export const STORY_DIR = `${project}dist-bench/story`;
export const BASELINE_DIR = `${project}dist-bench/baseline`;

/**
 * Builds the story with the project's own vite.config.ts (only the output folder differs, so
 * that a bench never rewrites a `dist/` the browser tests may be serving) and the baseline.
 */
export async function buildBoth(): Promise<void> {
  await build({
    root: project,
    configFile: `${project}vite.config.ts`,
    build: { outDir: STORY_DIR, emptyOutDir: true },
    logLevel: 'warn',
  });
  await build({ configFile: `${project}bench/baseline/vite.config.ts`, logLevel: 'warn' });
}
