import { EN } from '../i18n/en.ts';
import { Words } from '../i18n/words.ts';
import { formatDate } from './dates.ts';
import type { Gazetteer, PlaceInfo } from './gazetteer.ts';
import type { Annotation, Camera, LocalName, MapTextPart } from './types.ts';

/** Which local name, if any, the description quotes beside a place's name. */
export type LocalOf = (place: PlaceInfo) => LocalName | undefined;

// A quoted local name is marked inside the sentences by private-use characters, then split out
// into a part of its own (`describeMapParts`): no markup is ever built from the names' text.
const OPEN = '\ue000';
const MID = '\ue001';
const CLOSE = '\ue002';

const quote = (local: LocalName) => `${OPEN}${local.lang}${MID}${local.name}${CLOSE}`;

/** A place's own name, marked with its language where that is not the story's. */
function ownName(place: PlaceInfo): string {
  return place.nameLang ? quote({ lang: place.nameLang, name: place.name }) : place.name;
}

/** A place's country, marked the same way. */
function countryOf(place: PlaceInfo): string {
  return place.countryLang
    ? quote({ lang: place.countryLang, name: place.country })
    : place.country;
}

/** A place's name, with its local name in brackets when the map shows one. */
function nameOf(place: PlaceInfo, localOf: LocalOf): string {
  const local = localOf(place);
  return local ? `${ownName(place)} (${quote(local)})` : ownName(place);
}

function describePlace(place: PlaceInfo, words: Words, localOf: LocalOf): string {
  const local = localOf(place);
  switch (place.kind) {
    case 'country':
    case 'border':
      return nameOf(place, localOf);
    case 'province':
    case 'district':
      return words.t('placeIn', {
        name: ownName(place),
        kind: local ? `${quote(local)}; ${words.t(place.kind)}` : words.t(place.kind),
        country: countryOf(place),
      });
    default:
      return words.t('placeOf', { name: nameOf(place, localOf), country: countryOf(place) });
  }
}

/** "A, B and C", as the language writes a list. */
function listing(names: string[], words: Words): string {
  return new Intl.ListFormat(words.language, { type: 'conjunction' }).format(names);
}

function describeArrow(
  arrow: Annotation,
  places: Gazetteer,
  words: Words,
  localOf: LocalOf,
): string {
  const from = nameOf(places.get(arrow.from)!, localOf);
  const to = nameOf(places.get(arrow.to)!, localOf);
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

/**
 * A short description of what the map shows at a step, for readers who cannot see it (what is
 * in view, what is highlighted, what the arrows mean), in the story's words and in parts: every
 * local name it quotes is a part of its own with its language, for the page to mark with `lang`
 * (screen readers then read it in that language).
 */
export function describeMapParts(
  camera: Camera,
  highlight: readonly string[],
  annotations: readonly Annotation[],
  places: Gazetteer,
  words: Words = new Words(EN, 'en'),
  localOf: LocalOf = () => undefined,
): MapTextPart[] {
  const sentences: string[] = [];
  if (camera.kind === 'frame') {
    const names = camera.places.map((id) => nameOf(places.get(id)!, localOf));
    sentences.push(words.t('mapShows', { places: listing(names, words) }));
  } else {
    const [lon, lat] = camera.center;
    sentences.push(
      words.t('mapCentred', {
        lat: words.degrees(lat, 'north', 'south'),
        lon: words.degrees(lon, 'east', 'west'),
      }),
    );
  }
  if (highlight.length > 0) {
    const names = highlight.map((id) => describePlace(places.get(id)!, words, localOf));
    sentences.push(words.t('highlighted', { places: listing(names, words) }));
  }
  for (const arrow of annotations) sentences.push(describeArrow(arrow, places, words, localOf));
  return splitParts(sentences.join(' '));
}

function splitParts(text: string): MapTextPart[] {
  const parts: MapTextPart[] = [];
  for (const [i, piece] of text.split(new RegExp(`${OPEN}|${CLOSE}`)).entries()) {
    if (i % 2 === 0) {
      if (piece) parts.push({ text: piece });
    } else {
      const [lang, name] = piece.split(MID) as [string, string];
      parts.push({ text: name, lang });
    }
  }
  return parts;
}
