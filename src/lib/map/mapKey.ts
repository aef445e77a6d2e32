import { AREA_KINDS } from '../geo/places.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Words } from '../i18n/words.ts';
import type { Step, StoryPlace } from '../story/types.ts';

/** A kind of symbol the map draws for a step. */
export type KeySymbol =
  'area' | 'place' | 'border' | 'strike' | 'strike-direction' | 'movement' | 'movement-direction';

/**
 * What each symbol means, as the key says it (the names of its messages): what it is (said in
 * words to screen readers, and by the symbol's colour to the eye), then what to read into it.
 */
export const KEY_TEXT: Record<KeySymbol, { kind?: MessageKey; text: MessageKey }> = {
  area: { text: 'keyArea' },
  place: { text: 'keyPlace' },
  border: { text: 'keyBorder' },
  strike: { text: 'keyStrike' },
  'strike-direction': { kind: 'keyStrike', text: 'keyStrikeDirection' },
  movement: { text: 'keyMovement' },
  'movement-direction': { kind: 'keyMovementKind', text: 'keyMovementDirection' },
};

/** A symbol's meaning in one sentence, as a screen reader hears it. */
export function keySentence(symbol: KeySymbol, words: Words): string {
  const { kind, text } = KEY_TEXT[symbol];
  const meaning = words.t(text);
  if (!kind) return meaning;
  return `${words.t(kind)}: ${meaning.charAt(0).toLocaleLowerCase(words.language)}${meaning.slice(1)}`;
}

/** The symbols a step's map uses, in the key's order; the key shows these and no others. */
export function keySymbols(step: Step, places: Readonly<Record<string, StoryPlace>>): KeySymbol[] {
  const found = new Set<KeySymbol>();
  for (const id of step.highlight) {
    const kind = places[id]?.kind;
    if (kind === undefined) continue;
    if (kind === 'border') found.add('border');
    else if (AREA_KINDS.includes(kind)) found.add('area');
    else found.add('place');
  }
  for (const arrow of step.annotations) {
    found.add(arrow.directionOnly ? `${arrow.kind}-direction` : arrow.kind);
  }
  return (Object.keys(KEY_TEXT) as KeySymbol[]).filter((symbol) => found.has(symbol));
}
