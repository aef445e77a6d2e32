/**
 * A story's places named in its own language: a story written in Persian calls Pakistan
 * پاکستان where the data has a Persian name for it (`name_fa` in the places files), and keeps
 * the English name elsewhere, marked as English so that a screen reader reads it as such.
 */
import type { Gazetteer, PlaceInfo } from './gazetteer.ts';

/** The language part of a BCP 47 tag (`fa` of `fa-IR`), lower case. */
export function baseLanguage(tag: string): string {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return tag.split('-')[0]!.toLowerCase();
  }
}

/**
 * The places with their names (and their countries' names) in `language` where the data has
 * them; a name left in English carries `nameLang: 'en'` (`countryLang` for the country's).
 * An English story's places are returned as they are.
 */
export function namedIn(places: Gazetteer, language: string): Gazetteer {
  const base = baseLanguage(language);
  if (base === 'en') return places;
  const countries = new Map<string, string>();
  for (const place of places.values()) {
    const name = place.names?.[base];
    if (place.kind === 'country' && name) countries.set(place.name, name);
  }
  const named = new Map<string, PlaceInfo>();
  for (const [id, place] of places) {
    const name = place.names?.[base];
    const country = countries.get(place.country);
    named.set(id, {
      ...place,
      ...(name ? { name } : { nameLang: 'en' }),
      ...(country ? { country } : place.country ? { countryLang: 'en' } : {}),
    });
  }
  return named;
}
