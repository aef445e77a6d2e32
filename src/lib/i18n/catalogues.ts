import { textDirection } from './direction.ts';
import { EN } from './en.ts';
import { FA } from './fa.ts';
import {
  BUILD_KEYS,
  type Message,
  type MessageKey,
  type Messages,
  type PageMessages,
  type TextDirection,
} from './messages.ts';

/** The languages the page has its own words in, by primary language subtag. */
export const CATALOGUES: Readonly<Record<string, Messages>> = { en: EN, fa: FA };

/** Every message's name, in the English catalogue's order. */
export const MESSAGE_KEYS = Object.keys(EN) as MessageKey[];

/** A story's words, resolved at build time: the page receives these and no others. */
export interface StoryWords {
  dir: TextDirection;
  messages: Messages;
  /** The catalogue used: the story's language's, or English when it has none. */
  catalogue: string;
}

/**
 * The words of a story in `language` (a BCP 47 tag: `fa-IR` takes the `fa` catalogue), with the
 * story's own `overrides` over them. A language without a catalogue gets English words.
 */
export function storyWords(
  language: string,
  overrides: Readonly<Partial<Record<MessageKey, Message>>> = {},
): StoryWords {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  const catalogue = primary in CATALOGUES ? primary : 'en';
  return {
    dir: textDirection(language),
    messages: { ...CATALOGUES[catalogue]!, ...overrides },
    catalogue,
  };
}

/** The messages the page needs, without those used only at build time. */
export function pageMessages(messages: Messages): PageMessages {
  const page: Partial<Messages> = { ...messages };
  for (const key of BUILD_KEYS) delete page[key];
  return page as PageMessages;
}

/** The `{name}` holes of a message, in all its forms. */
export function holesOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(
    texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)),
  );
}
