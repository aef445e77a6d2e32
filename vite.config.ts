import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { storyPlugin } from './scripts/vite-plugin-story.ts';

/** The story to build; `STORY=story/other.md npm run build` builds another. */
const story = process.env['STORY'] ?? 'story/iran-pakistan-2024.md';

export default defineConfig({
  base: './',
  plugins: [svelte(), storyPlugin({ story })],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    // MapLibre in a chunk of its own, so its bytes and ours can be told apart (`npm run bench`).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
