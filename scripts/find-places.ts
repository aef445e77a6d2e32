/** Finding built-in places by words of their name, for `npm run places`. */
import { slugOf } from '../src/lib/geo/place-ids.ts';
import { PLACE_KINDS } from '../src/lib/geo/places.ts';
import type { PlaceInfo } from '../src/lib/story/gazetteer.ts';

/** The places matching every word, best first: exact names, then by kind, then by id. */
export function findPlaces(places: Iterable<PlaceInfo>, words: readonly string[]): PlaceInfo[] {
  const wanted = words.map(slugOf).filter((word) => word !== '');
  const whole = slugOf(words.join(' '));
  const kindOrder = (place: PlaceInfo) => PLACE_KINDS.indexOf(place.kind);
  return [...places]
    .filter((place) => {
      const haystack = `${place.id} ${slugOf(place.name)} ${slugOf(place.country)}`;
      return wanted.every((word) => haystack.includes(word));
    })
    .sort(
      (a, b) =>
        Number(slugOf(b.name) === whole) - Number(slugOf(a.name) === whole) ||
        kindOrder(a) - kindOrder(b) ||
        a.id.localeCompare(b.id),
    );
}
