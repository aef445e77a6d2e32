import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
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

/**
 * The offline copy: Workbox's precache of every file of the build, in our own service worker
 * (sw/service-worker.ts) so that range requests (a PMTiles archive) are served from it too.
 * Registered by the page itself (src/lib/offline/offlineCopy.ts); none on the dev server.
 */
const offlineCopy = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'sw',
  filename: 'service-worker.ts',
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  devOptions: { enabled: false },
  injectManifest: {
    globPatterns: ['**/*.{html,js,css,json,geojson,pbf,svg,pmtiles,txt,png,webp}'],
    // MapLibre's chunk is over Workbox's default 2 MB limit, and a world basemap far over it.
    maximumFileSizeToCacheInBytes: 256 * 1024 * 1024,
  },
});

export default defineConfig({
  base: './',
  plugins: [svelte(), storyPlugin({ story }), preloadMapLibre(), offlineCopy],
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
