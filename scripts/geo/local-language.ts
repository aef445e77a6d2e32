/** Which language a country's local names are in, from CLDR's territory data. */

/** CLDR's languages of one territory (`supplemental/territoryInfo.json`). */
export interface TerritoryLanguages {
  languagePopulation?: Record<string, { _populationPercent?: string; _officialStatus?: string }>;
}

/**
 * Natural Earth entities CLDR has no territory for (their ISO code is -99), by ADM0_A3, with
 * the language of their own administration.
 */
export const LANGUAGE_OVERRIDES: Readonly<Record<string, string>> = {
  CYN: 'tr', // Northern Cyprus
  SOL: 'so', // Somaliland
};

/**
 * A country's local language: its most widely spoken official (or de facto official) language
 * other than English, as a BCP 47 tag (`fa`, `ur`, `zh-Hant`). English-speaking countries have
 * none: their names are already the map's first line.
 */
export function localLanguage(
  a3: string,
  territory: TerritoryLanguages | undefined,
): string | undefined {
  if (LANGUAGE_OVERRIDES[a3]) return LANGUAGE_OVERRIDES[a3];
  const official = Object.entries(territory?.languagePopulation ?? {})
    .filter(([, info]) => ['official', 'de_facto_official'].includes(info._officialStatus ?? ''))
    .map(([code, info]) => ({ code, share: Number(info._populationPercent ?? 0) }))
    .filter(({ code }) => code !== 'en')
    .sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
  return official[0]?.code.replace(/_/g, '-');
}
