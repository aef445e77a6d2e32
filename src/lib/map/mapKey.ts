import { AREA_KINDS } from '../geo/places.ts';
import type { Step, StoryPlace } from '../story/types.ts';

/** A kind of symbol the map draws for a step. */
export type KeySymbol =
  'area' | 'place' | 'border' | 'strike' | 'strike-direction' | 'movement' | 'movement-direction';

/**
 * What each symbol means, as the key says it: what it is (said in words to screen readers, and
 * by the symbol's colour to the eye), then what to read into it.
 */
export const KEY_TEXT: Record<KeySymbol, { kind?: string; text: string }> = {
  area: { text: 'Area in this step' },
  place: { text: 'Town or city in this step' },
  border: { text: 'Border in this step' },
  strike: { text: 'Strike' },
  'strike-direction': { kind: 'Strike', text: 'Direction only; launch site not reported' },
  movement: { text: 'Movement of people' },
  'movement-direction': { kind: 'Movement', text: 'Direction only; starting point not reported' },
};

/** A symbol's meaning in one sentence, as a screen reader hears it. */
export function keySentence(symbol: KeySymbol): string {
  const { kind, text } = KEY_TEXT[symbol];
  return kind ? `${kind}: ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
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
