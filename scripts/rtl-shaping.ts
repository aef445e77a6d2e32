/**
 * Arabic shaping at build time, by the same code (MapLibre's right-to-left text plugin, ICU in
 * WebAssembly) that shapes the labels in the page. A shaped label is drawn with the Arabic
 * presentation forms of its letters, so the glyphs a build ships are those of the shaped text.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';

interface RtlPlugin {
  applyArabicShaping(text: string): string;
}

/** The plugin's browser build, which the page loads (its package exports only its sources). */
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
