import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import storyConfig from '../../vite.config.ts';
import { STORY_DIR } from '../build.ts';

const project = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Copies the story's basemap GeoJSON into the build, and the glyph ranges exactly as the
 * story's bench build cut them (bench/build.ts builds the story first).
 */
function basemapData(): Plugin {
  return {
    name: 'baseline-basemap',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'geo/basemap.geojson',
        source: readFileSync(`${project}geo/basemap.geojson`),
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
