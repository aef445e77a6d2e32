import { EN } from '../i18n/en.ts';
import { Words } from '../i18n/words.ts';
import { formatDate } from './dates.ts';
import type { Gazetteer, PlaceInfo } from './gazetteer.ts';
import type { Annotation, Camera } from './types.ts';

function describePlace(place: PlaceInfo, words: Words): string {
  switch (place.kind) {
    case 'country':
    case 'border':
      return place.name;
    case 'province':
    case 'district':
      return words.t('placeIn', {
        name: place.name,
        kind: words.t(place.kind),
        country: place.country ?? '',
      });
    default:
      return words.t('placeOf', { name: place.name, country: place.country ?? '' });
  }
}

/** "A, B and C", as the language writes a list. */
function listing(names: string[], words: Words): string {
  return new Intl.ListFormat(words.language, { type: 'conjunction' }).format(names);
}

function describeArrow(arrow: Annotation, places: Gazetteer, words: Words): string {
  const from = places.get(arrow.from)!.name;
  const to = places.get(arrow.to)!.name;
  const done = words.t(arrow.kind === 'strike' ? 'arrowStrike' : 'arrowMovement', {
    who: arrow.who,
    to,
  });
  const what = arrow.when
    ? words.t('arrowWhen', { what: done, when: formatDate(arrow.when, words.language) })
    : done;
  const origin = arrow.directionOnly
    ? words.t(arrow.kind === 'strike' ? 'arrowStrikeArea' : 'arrowMovementArea', { from })
    : words.t('arrowFrom', { from });
  return words.t('arrowMarks', { what, origin });
}

/** Degrees with one decimal, in the language's digits, and the hemisphere's letter. */
function degrees(
  value: number,
  words: Words,
  [positive, negative]: ['north' | 'east', 'south' | 'west'],
) {
  const text = new Intl.NumberFormat(words.language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(Math.abs(value));
  return words.t(value < 0 ? negative : positive, { degrees: text });
}

/**
 * A short description of what the map shows at a step, for readers who cannot see it:
 * what is in view, what is highlighted, and what the arrows mean, in the story's words.
 */
export function describeMap(
  camera: Camera,
  highlight: readonly string[],
  annotations: readonly Annotation[],
  places: Gazetteer,
  words: Words = new Words(EN, 'en'),
): string {
  const sentences: string[] = [];
  if (camera.kind === 'frame') {
    const names = camera.places.map((id) => places.get(id)!.name);
    sentences.push(words.t('mapShows', { places: listing(names, words) }));
  } else {
    const [lon, lat] = camera.center;
    sentences.push(
      words.t('mapCentred', {
        lat: degrees(lat, words, ['north', 'south']),
        lon: degrees(lon, words, ['east', 'west']),
      }),
    );
  }
  if (highlight.length > 0) {
    const names = highlight.map((id) => describePlace(places.get(id)!, words));
    sentences.push(words.t('highlighted', { places: listing(names, words) }));
  }
  for (const arrow of annotations) sentences.push(describeArrow(arrow, places, words));
  return sentences.join(' ');
}
