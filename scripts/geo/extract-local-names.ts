/**
 * Writes `geo/natural-earth-5-names.json`, the local names `npm run geo` gives the basemap's and
 * the gazetteer's countries and towns: each country's local language, from CLDR's territory data
 * (`cldr-core`), and the names Natural Earth 5 has in that language for countries (1:10m Admin 0)
 * and towns (1:50m Populated Places, by Wikidata id). Natural Earth 4.0, which the rest of the
 * build reads, has no such names. Run by hand when either source changes:
 *
 *   tsx scripts/geo/extract-local-names.ts <folder with the Natural Earth 5 tables>
 *
 * The folder holds `ne_10m_admin_0_countries.tsv` and `ne_50m_populated_places.tsv` as tables
 * with a header row (tab-separated, UTF-8), converted from Natural Earth's own DBF files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { NAME_LANGUAGES } from '../../src/lib/map/archive.ts';
import { LANGUAGE_OVERRIDES, localLanguage, type TerritoryLanguages } from './local-language.ts';

type Row = Record<string, string>;

function readTable(path: string): Row[] {
  const [header, ...lines] = readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean);
  const keys = header!.split('\t').map((key) => key.toUpperCase());
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(keys.map((key, i) => [key, (cells[i] ?? '').trim()]));
  });
}

/** The Natural Earth column of a language's names, if it has one. */
function column(language: string): string {
  return language === 'zh-Hant' ? 'NAME_ZHT' : `NAME_${language.toUpperCase()}`;
}

const folder = process.argv.slice(2).find((arg) => arg !== '--');
if (!folder) {
  console.error('Usage: tsx scripts/geo/extract-local-names.ts <folder with the tables>');
  process.exit(1);
}
const require = createRequire(import.meta.url);
const territories = (
  require('cldr-core/supplemental/territoryInfo.json') as {
    supplemental: { territoryInfo: Record<string, TerritoryLanguages> };
  }
).supplemental.territoryInfo;
const cldrVersion = (require('cldr-core/package.json') as { version: string }).version;

const countries = readTable(join(folder, 'ne_10m_admin_0_countries.tsv'));
const languages: Record<string, string> = {};
const countryNames: Record<string, [string, string]> = {};
for (const country of countries) {
  const a3 = country['ADM0_A3']!;
  const iso = [country['ISO_A2'], country['ISO_A2_EH']].find((code) => code && code !== '-99');
  const language = localLanguage(a3, iso ? territories[iso] : undefined);
  if (!language || !(column(language) in country)) continue;
  languages[a3] = language;
  const name = country[column(language)];
  if (name && name !== country['NAME_EN']) countryNames[a3] = [language, name];
}

const towns: Record<string, [string, string]> = {};
for (const town of readTable(join(folder, 'ne_50m_populated_places.tsv'))) {
  const language = languages[town['ADM0_A3']!];
  const id = town['WIKIDATAID'];
  const name = language && town[column(language)];
  if (id && name && name !== town['NAME_EN'] && name !== town['NAME']) towns[id] = [language, name];
}

/**
 * Names in the languages a story may be written in right to left and the map's fonts draw (Arabic
 * script): a story in one of them names places in its own language where the data has a name.
 */
const STORY_LANGUAGES = NAME_LANGUAGES;

function namesIn(row: Row): Record<string, string> | undefined {
  const found: Record<string, string> = {};
  for (const language of STORY_LANGUAGES) {
    const name = row[column(language)];
    if (name) found[language] = name;
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

const translated = { countries: {} as Record<string, object>, towns: {} as Record<string, object> };
for (const country of countries) {
  const names = namesIn(country);
  if (names) translated.countries[country['ADM0_A3']!] = names;
}
for (const town of readTable(join(folder, 'ne_50m_populated_places.tsv'))) {
  const names = namesIn(town);
  if (names && town['WIKIDATAID']) translated.towns[town['WIKIDATAID']] = names;
}

const sorted = <T>(record: Record<string, T>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
const out = {
  about: `Local names from Natural Earth 5 (public domain): countries from 1:10m Admin 0 - Countries, towns from 1:50m Populated Places by Wikidata id. Each country's local language is its most widely spoken official language other than English in CLDR ${cldrVersion} (cldr-core, Unicode licence), except ${Object.keys(LANGUAGE_OVERRIDES).join(', ')} (scripts/geo/local-language.ts). Translations: the names Natural Earth 5 has in ${STORY_LANGUAGES.join(', ')}, for stories written in them. Made by scripts/geo/extract-local-names.ts.`,
  languages: sorted(languages),
  countries: sorted(countryNames),
  towns: sorted(towns),
  translations: {
    languages: STORY_LANGUAGES,
    countries: sorted(translated.countries),
    towns: sorted(translated.towns),
  },
};
const text = `{\n${Object.entries(out)
  .map(([key, value]) => `"${key}":${JSON.stringify(value)}`)
  .join(',\n')}\n}\n`;
writeFileSync('geo/natural-earth-5-names.json', text);
console.log(
  `geo/natural-earth-5-names.json: ${Object.keys(languages).length} countries' languages, ${Object.keys(countryNames).length} country names, ${Object.keys(towns).length} town names.`,
);
