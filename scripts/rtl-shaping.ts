/**
 * Arabic shaping at build time, by MapLibre's right-to-left text plugin (ICU in WebAssembly),
 * run in Node. A shaped label is drawn with the Arabic presentation forms of its letters, so the
 * glyphs a build ships, and the label sizes framing counts with, are those of the shaped text.
 * The page itself does not load the plugin: MapLibre 6 shapes and orders right-to-left labels
 * without it (`setRTLTextPlugin` is deprecated), and a step drawn with and without it was the
 * same to the pixel, asking for the same glyph ranges (presentation forms included).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';

interface RtlPlugin {
  applyArabicShaping(text: string): string;
}

/** The plugin's browser build (its package exports only its sources). */
export const RTL_PLUGIN_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../node_modules/@mapbox/mapbox-gl-rtl-text/dist/mapbox-gl-rtl-text.js',
);

// Run as the CommonJS module it is written as (Node would otherwise load it as an ES module,
// since its package says so, and it would export nothing).
const module = { exports: {} as unknown };
const wrapped = `(function (module, exports) {${readFileSync(RTL_PLUGIN_FILE, 'utf8')}\n})`;
(runInThisContext(wrapped) as (m: typeof module, e: unknown) => void)(module, module.exports);
const plugin = await (module.exports as Promise<RtlPlugin>);

/** Whether a text has letters of a right-to-left script (Arabic or Hebrew blocks). */
export function isRightToLeft(text: string): boolean {
  return /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(text);
}

/** A text as the plugin shapes it (letters joined into their presentation forms). */
export function shapeArabic(text: string): string {
  return isRightToLeft(text) ? plugin.applyArabicShaping(text) : text;
}
