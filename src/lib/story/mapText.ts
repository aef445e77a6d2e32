import { formatDate } from './dates.ts';
import type { Gazetteer, PlaceInfo } from './gazetteer.ts';
import type { Annotation, Camera } from './types.ts';

function describePlace(place: PlaceInfo): string {
  switch (place.kind) {
    case 'country':
    case 'border':
      return place.name;
    case 'province':
    case 'district':
      return `${place.name} (${place.kind}, ${place.country})`;
    default:
      return `${place.name}, ${place.country}`;
  }
}

function listing(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function describeArrow(arrow: Annotation, places: Gazetteer, locale: string): string {
  const from = places.get(arrow.from)!;
  const to = places.get(arrow.to)!;
  const when = arrow.when ? ` (${formatDate(arrow.when, locale)})` : '';
  const what =
    arrow.kind === 'strike'
      ? `a strike by ${arrow.who} on ${to.name}${when}`
      : `${arrow.who} going to ${to.name}${when}`;
  const origin = arrow.directionOnly
    ? `It points from the direction of ${from.name} only: the reports give no ${arrow.kind === 'strike' ? 'launch site' : 'starting point'}.`
    : `It runs from ${from.name}.`;
  return `An arrow marks ${what}. ${origin}`;
}

/**
 * A short description of what the map shows at a step, for readers who cannot see it:
 * what is in view, what is highlighted, and what the arrows mean.
 */
export function describeMap(
  camera: Camera,
  highlight: readonly string[],
  annotations: readonly Annotation[],
  places: Gazetteer,
  locale: string,
): string {
  const sentences: string[] = [];
  if (camera.kind === 'frame') {
    sentences.push(`The map shows ${listing(camera.places.map((id) => places.get(id)!.name))}.`);
  } else {
    const [lon, lat] = camera.center;
    sentences.push(`The map is centred near ${lat.toFixed(1)}° N, ${lon.toFixed(1)}° E.`);
  }
  if (highlight.length > 0) {
    const names = highlight.map((id) => describePlace(places.get(id)!));
    sentences.push(`Highlighted: ${listing(names)}.`);
  }
  for (const arrow of annotations) sentences.push(describeArrow(arrow, places, locale));
  return sentences.join(' ');
}
