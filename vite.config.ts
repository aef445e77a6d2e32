import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { storyPlugin } from './scripts/vite-plugin-story.ts';

/** The story to build; `STORY=story/other.md npm run build` builds another. */
const story = process.env['STORY'] ?? 'story/iran-pakistan-2024.md';

/**
 * Has the browser fetch MapLibre's chunk as the page starts: the story imports it dynamically,
 * which alone would ask for it only once our own code has run.
 */
function preloadMapLibre(): Plugin {
  let base = '/';
  return {
    name: 'preload-maplibre',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.name === 'maplibre',
        );
        if (!chunk) return [];
        const attrs = { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` };
        return [{ tag: 'link', attrs, injectTo: 'head' }];
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [svelte(), storyPlugin({ story }), preloadMapLibre()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    // MapLibre in a chunk of its own, with the `pmtiles` reader it reads the basemap through
    // (always loaded with it), so its bytes and ours can be told apart (`npm run bench`),
    // loaded without holding up the story's text. Its stylesheet and its worker's URL stay with
    // our code, which would otherwise import the whole chunk to read them.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'maplibre',
              test: /node_modules[\\/](maplibre-gl[\\/](?!dist[\\/]maplibre-gl-worker)(?!.*\.css)|pmtiles[\\/]|fflate[\\/])/,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Some tests read the 4.8 MB world gazetteer or start the checker: seconds on a busy 2-core machine.
    testTimeout: 30_000,
    environment: 'node',
  },
});
