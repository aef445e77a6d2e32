import type { EN } from './en.ts';

/** The name of one of the page's own messages. */
export type MessageKey = keyof typeof EN;

/** The plural categories of `Intl.PluralRules`, as a message's forms are named. */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** A message in plural forms, chosen by its `{count}`; `other` is the one always given. */
export type PluralMessage = Partial<Record<(typeof PLURAL_FORMS)[number], string>> & {
  other: string;
};

/** One message: a text with `{name}` holes, or its plural forms. */
export type Message = string | PluralMessage;

/** Every message of the page, in one language. */
export type Messages = Record<MessageKey, Message>;

/**
 * Messages written into the story at build time (the map's description in words, an arrow's
 * default label), which the page itself never needs: they are not shipped to it.
 */
export const BUILD_KEYS = [
  'mapShows',
  'mapCentred',
  'highlighted',
  'placeIn',
  'placeOf',
  'province',
  'district',
  'arrowStrike',
  'arrowMovement',
  'arrowWhen',
  'arrowMarks',
  'arrowFrom',
  'arrowStrikeArea',
  'arrowMovementArea',
  'strikeBy',
] as const satisfies readonly MessageKey[];

/** The messages the page receives. */
export type PageMessages = Omit<Messages, (typeof BUILD_KEYS)[number]>;

/** Which way a story's text runs. */
export type TextDirection = 'ltr' | 'rtl';
