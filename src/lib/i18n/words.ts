import type { Message, MessageKey, Messages, TextDirection } from './messages.ts';

/** What fills a message's `{name}` holes: numbers are written in the language's digits. */
export type Values = Record<string, string | number>;

/** A piece of a message: plain text, or the name of a hole the caller fills with markup. */
export type Part = { text: string } | { slot: string };

/**
 * The page's own words in the story's language: its messages (resolved at build time, with the
 * story's overrides), its plural rules and number formats from `Intl`, and its direction.
 */
export class Words {
  readonly language: string;
  readonly dir: TextDirection;
  readonly #messages: Partial<Messages>;
  readonly #plural: Intl.PluralRules;
  readonly #number: Intl.NumberFormat;

  constructor(messages: Partial<Messages>, language: string, dir: TextDirection = 'ltr') {
    this.#messages = messages;
    this.language = language;
    this.dir = dir;
    this.#plural = new Intl.PluralRules(language);
    this.#number = new Intl.NumberFormat(language);
  }

  /** The message `key` with its holes filled; plural forms are chosen by `values.count`. */
  t(key: MessageKey, values: Values = {}): string {
    const text = this.#pick(this.#messages[key], values['count']) ?? key;
    return text.replace(/\{(\w+)\}/g, (hole, name: string) => {
      const value = values[name];
      if (value === undefined) return hole;
      return typeof value === 'number' ? this.#number.format(value) : value;
    });
  }

  /**
   * The message cut at the holes named in `slots`, for the caller to fill with markup (a link,
   * a key cap); the other holes are filled from `values`.
   */
  parts(key: MessageKey, slots: readonly string[], values: Values = {}): Part[] {
    const kept = Object.fromEntries(slots.map((slot) => [slot, `\u0000${slot}\u0000`]));
    return this.t(key, { ...values, ...kept })
      .split('\u0000')
      .map((piece, i) => (i % 2 === 1 ? { slot: piece } : { text: piece }))
      .filter((part) => !('text' in part) || part.text !== '');
  }

  /** A number in the language's digits. */
  number(value: number): string {
    return this.#number.format(value);
  }

  /** Degrees with one decimal, in the language's digits, and their hemisphere: "26.7° N". */
  degrees(value: number, positive: 'north' | 'east', negative: 'south' | 'west'): string {
    const text = new Intl.NumberFormat(this.language, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(Math.abs(value));
    return this.t(value < 0 ? negative : positive, { degrees: text });
  }

  /** Text whose ASCII digits (a clock, `3 / 14`) are written in the language's own. */
  digits(text: string): string {
    return text.replace(/[0-9]/g, (digit) => this.#number.format(Number(digit)));
  }

  /** The arrows for going back and forward, pointing the way the text reads. */
  get arrows(): { back: string; forward: string } {
    return this.dir === 'rtl' ? { back: '→', forward: '←' } : { back: '←', forward: '→' };
  }

  #pick(message: Message | undefined, count: unknown): string | undefined {
    if (message === undefined) return undefined;
    if (typeof message === 'string') return message;
    const form = typeof count === 'number' ? this.#plural.select(count) : 'other';
    return message[form] ?? message.other;
  }
}

let current = new Words({}, 'en');

/** Makes these the page's words; the app calls it once, with the story's. */
export function useWords(words: Words): void {
  current = words;
}

/** The page's words, as `useWords` set them. */
export function words(): Words {
  return current;
}

/** The page's message `key`, its holes filled (see `Words.t`). */
export function t(key: MessageKey, values?: Values): string {
  return current.t(key, values);
}
