/**
 * The local names the geo build gives countries, divisions and towns: from
 * `geo/natural-earth-5-names.json` (see `extract-local-names.ts`) for countries and towns, and from
 * the regional provinces' own `name_ar`, `name_fa` and `name_ur`, each in the language of the
 * country the place is in. A place the data has no name for in that language gets none.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature } from 'geojson';
import { drawable } from './label-text.ts';
import { text } from './io.ts';

/** A place's name in the language of its country: [BCP 47 code, name]. */
export type LocalName = [language: string, name: string];

/** A place's names in the languages a story may be written in, by language (`fa: 'پاکستان'`). */
export type Translations = Record<string, string>;

interface Extract {
  languages: Record<string, string>;
  countries: Record<string, LocalName>;
  towns: Record<string, LocalName>;
  translations: {
    languages: string[];
    countries: Record<string, Translations>;
    towns: Record<string, Translations>;
  };
}

/** The committed extract, relative to the repository root. */
export const NAMES_FILE = 'geo/natural-earth-5-names.json';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let extract: Extract | undefined;
const names = () =>
  (extract ??= JSON.parse(readFileSync(resolve(root, NAMES_FILE), 'utf8')) as Extract);

/** Bidirectional controls some names carry; the text plugin orders the letters itself. */
const CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

function tidy(language: string, name: string, english: string): LocalName | undefined {
  const clean = name.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  return clean && clean !== english ? [language, clean] : undefined;
}

/** The language of a country's local names (by Natural Earth's ADM0_A3), if it has one. */
export function languageOf(a3: string): string | undefined {
  return names().languages[a3];
}

/** A country's local name, by ADM0_A3. */
export function countryLocal(a3: string, english: string): LocalName | undefined {
  const found = names().countries[a3];
  return found && tidy(found[0], found[1], english);
}

/** A town's local name, by its Natural Earth feature (matched on its Wikidata id). */
export function townLocal(town: Feature, english: string): LocalName | undefined {
  const found = names().towns[text(town, 'wikidataid')];
  return found && tidy(found[0], found[1], english);
}

/** A regional province's local name, from its own name_ar, name_fa or name_ur. */
export function provinceLocal(province: Feature, english: string): LocalName | undefined {
  const language = languageOf(text(province, 'adm0_a3'));
  const name = language && text(province, `name_${language}`);
  return language && name ? tidy(language, name, english) : undefined;
}

/** Tidies each name of `names`, leaving out those the same as the English name. */
function tidyAll(names: Translations | undefined, english: string): Translations {
  const kept: Translations = {};
  for (const [language, name] of Object.entries(names ?? {})) {
    const tidied = tidy(language, name, english);
    if (tidied) kept[language] = tidied[1];
  }
  return kept;
}

/** A country's names in the languages stories may be written in, by ADM0_A3. */
export function countryTranslations(a3: string, english: string): Translations {
  return tidyAll(names().translations.countries[a3], english);
}

/** A town's names in those languages (matched on its Wikidata id). */
export function townTranslations(town: Feature, english: string): Translations {
  return tidyAll(names().translations.towns[text(town, 'wikidataid')], english);
}

/** A regional province's names in those languages, from its own name_ar, name_fa, name_ur. */
export function provinceTranslations(province: Feature, english: string): Translations {
  const found = names().translations.languages.map((language) => [
    language,
    text(province, `name_${language}`),
  ]);
  return tidyAll(Object.fromEntries(found.filter(([, name]) => name)), english);
}

/** The properties a place or a label carries for those names: `name_fa` and so on. */
export function translatedProperties(names: Translations | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(names ?? {}).map(([language, name]) => [`name_${language}`, name]),
  );
}

/**
 * The same for the basemap's tiles, without a name that is the label's local name already
 * (Persian in Iran, Urdu in Pakistan...): the style takes `name_local` for it (see `nameIn`).
 */
export function tileTranslations(
  names: Translations,
  local: LocalName | undefined,
): Record<string, string> {
  const kept = Object.entries(names).filter(
    ([language, name]) =>
      !(local && canDraw(local[1]) && local[0] === language && local[1] === name),
  );
  return translatedProperties(Object.fromEntries(kept));
}

/** Whether the map's glyph ranges can draw every character of a name. */
export function canDraw(name: string): boolean {
  return [...name].every((char) => drawable(char) || /\u200c|\u200d/.test(char));
}

/** The properties a feature carries for its local name: in the places files. */
export function localProperties(local: LocalName | undefined): Record<string, string> {
  return local ? { local_lang: local[0], local_name: local[1] } : {};
}

/** The same for the basemap's tiles, which keep only names the map's fonts can draw. */
export function tileProperties(local: LocalName | undefined): Record<string, string> {
  return local && canDraw(local[1]) ? { lang: local[0], name_local: local[1] } : {};
}

/** A place's local name and its names in the languages a story may be written in. */
export interface Naming {
  local?: LocalName | undefined;
  names?: Translations | undefined;
}

/** A country's naming, by ADM0_A3. */
export function countryNaming(a3: string, english: string): Naming {
  return { local: countryLocal(a3, english), names: countryTranslations(a3, english) };
}

/** A town's naming, by its Natural Earth feature. */
export function townNaming(town: Feature, english: string): Naming {
  return { local: townLocal(town, english), names: townTranslations(town, english) };
}

/** A regional province's naming, from its own columns. */
export function provinceNaming(province: Feature, english: string): Naming {
  return {
    local: provinceLocal(province, english),
    names: provinceTranslations(province, english),
  };
}

/** The properties a place carries in the places files for its naming. */
export function placeProperties({ local, names }: Naming): Record<string, string> {
  return { ...localProperties(local), ...translatedProperties(names) };
}

/** The same for a label in the basemap's tiles (see `tileProperties`, `tileTranslations`). */
export function labelProperties({ local, names }: Naming): Record<string, string> {
  return { ...tileProperties(local), ...tileTranslations(names ?? {}, local) };
}
