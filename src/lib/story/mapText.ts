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

/** A place's English name, with its local name in brackets when the map shows one. */
function nameOf(place: PlaceInfo, localOf: LocalOf): string {
  const local = localOf(place);
  return local ? `${place.name} (${OPEN}${local.lang}${MID}${local.name}${CLOSE})` : place.name;
}

function describePlace(place: PlaceInfo, localOf: LocalOf): string {
  const local = localOf(place);
  switch (place.kind) {
    case 'country':
    case 'border':
      return nameOf(place, localOf);
    case 'province':
    case 'district': {
      const quoted = local ? `${OPEN}${local.lang}${MID}${local.name}${CLOSE}; ` : '';
      return `${place.name} (${quoted}${place.kind}, ${place.country})`;
    }
    default:
      return `${nameOf(place, localOf)}, ${place.country}`;
  }
}

function listing(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function describeArrow(
  arrow: Annotation,
  places: Gazetteer,
  locale: string,
  localOf: LocalOf,
): string {
  const from = { ...places.get(arrow.from)!, name: nameOf(places.get(arrow.from)!, localOf) };
  const to = { ...places.get(arrow.to)!, name: nameOf(places.get(arrow.to)!, localOf) };
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
  localOf: LocalOf = () => undefined,
): string {
  return describeMapParts(camera, highlight, annotations, places, locale, localOf)
    .map((part) => part.text)
    .join('');
}

/**
 * The same description in parts: every local name it quotes is a part of its own with its
 * language, for the page to mark with `lang` (screen readers then read it in that language).
 */
export function describeMapParts(
  camera: Camera,
  highlight: readonly string[],
  annotations: readonly Annotation[],
  places: Gazetteer,
  locale: string,
  localOf: LocalOf = () => undefined,
): MapTextPart[] {
  const sentences: string[] = [];
  const name = (id: string) => nameOf(places.get(id)!, localOf);
  if (camera.kind === 'frame') {
    sentences.push(`The map shows ${listing(camera.places.map(name))}.`);
  } else {
    const [lon, lat] = camera.center;
    sentences.push(`The map is centred near ${lat.toFixed(1)}° N, ${lon.toFixed(1)}° E.`);
  }
  if (highlight.length > 0) {
    const names = highlight.map((id) => describePlace(places.get(id)!, localOf));
    sentences.push(`Highlighted: ${listing(names)}.`);
  }
  for (const arrow of annotations) sentences.push(describeArrow(arrow, places, locale, localOf));
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
