import type { TextDirection } from './messages.ts';

/** Languages written right to left unless their tag names another script. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);
/** Scripts written right to left, as a tag's script subtag names them. */
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'mand', 'nkoo', 'rohg', 'syrc', 'thaa']);

/**
 * Which way text in a BCP 47 language runs: `ur`, `fa-IR`, `ar`, `he` and `ku-Arab` right to
 * left; `en-GB`, `az-Latn` and `ku` (Latin by default) left to right.
 */
export function textDirection(language: string): TextDirection {
  const [primary = '', ...rest] = language.toLowerCase().split('-');
  const script = rest.find((part) => /^[a-z]{4}$/.test(part));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
