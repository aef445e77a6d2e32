import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import storyConfig from '../../vite.config.ts';

const project = fileURLToPath(new URL('../../', import.meta.url));

/** Copies the story's basemap GeoJSON into the build, as the story's own plugin does. */
function basemapData(): Plugin {
  return {
    name: 'baseline-basemap',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'geo/basemap.geojson',
        source: readFileSync(`${project}geo/basemap.geojson`),
      });
    },
  };
}

/**
 * The baseline page's production build, into dist-bench/baseline/: the story's build options
 * (so the same MapLibre chunk) and its public files (glyphs, icon).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: `${project}public`,
  plugins: [basemapData()],
  build: { ...storyConfig.build, outDir: `${project}dist-bench/baseline`, emptyOutDir: true },
  logLevel: 'warn',
});
