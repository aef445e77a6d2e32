import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import storyConfig from '../../vite.config.ts';
import { ARCHIVE_PATH } from '../../src/lib/map/archive.ts';
import { STORY_DIR } from '../build.ts';

const project = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Copies the story's basemap archive into the build, and the glyph ranges exactly as the
 * story's bench build cut them (bench/build.ts builds the story first).
 */
function basemapData(): Plugin {
  return {
    name: 'baseline-basemap',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: ARCHIVE_PATH,
        source: readFileSync(`${project}${ARCHIVE_PATH}`),
      });
      for (const file of readdirSync(`${STORY_DIR}/glyphs`, { recursive: true })) {
        const path = String(file);
        if (!path.endsWith('.pbf')) continue;
        this.emitFile({
          type: 'asset',
          fileName: `glyphs/${path}`,
          source: readFileSync(`${STORY_DIR}/glyphs/${path}`),
        });
      }
    },
  };
}

/**
 * The baseline page's production build, into dist-bench/baseline/: the story's build options
 * (so the same MapLibre chunk) and its public files (the icon).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: `${project}public`,
  plugins: [basemapData()],
  build: { ...storyConfig.build, outDir: `${project}dist-bench/baseline`, emptyOutDir: true },
  logLevel: 'warn',
});
