/** "Did you mean" for place ids, over every place a story may name. */
import { closestAll } from './closest.ts';
import type { Gazetteer, PlaceInfo } from './gazetteer.ts';

function described(place: PlaceInfo): string {
  const where = place.country && place.kind !== 'country' ? `, ${place.country}` : '';
  return `'${place.id}' (${place.kind}${where})`;
}

function either(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * A hint for an id the gazetteer does not have: the places of that name in several countries
 * (`hyderabad` → `hyderabad-pk`, `hyderabad-in`), else the nearest ids. Empty when none is near.
 */
export function suggestPlaces(id: string, places: Gazetteer): string {
  const namesakes = [...places.values()].filter((place) =>
    new RegExp(`^${id.replace(/[^a-z0-9-]/g, '')}-[a-z]{2,3}(-\\d+)?$`).test(place.id),
  );
  const picks =
    namesakes.length > 0
      ? namesakes.slice(0, 6)
      : closestAll(id, places.keys(), 3).map((near) => places.get(near)!);
  if (picks.length === 0) return '';
  const more =
    namesakes.length > picks.length ? `, or one of ${namesakes.length - picks.length} more` : '';
  return ` Did you mean ${either(picks.map(described))}${more}?`;
}
