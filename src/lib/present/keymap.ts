import type { MessageKey, TextDirection } from '../i18n/messages.ts';
import { slideAction, type SlideAction } from '../state/keys.ts';

/** What a key asks of the deck, in either window. */
export type DeckAction =
  | { kind: 'move'; move: SlideAction }
  | { kind: 'blackout' }
  | { kind: 'overview' }
  | { kind: 'escape' }
  | { kind: 'goto' }
  | { kind: 'digit'; digit: number }
  | { kind: 'enter' }
  | { kind: 'erase' }
  | { kind: 'help' }
  | { kind: 'speaker' }
  | { kind: 'fullscreen' };

type KeyEvent = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>;

/**
 * The deck's action for a key, following reveal.js where presenters already know the keys: B, .
 * or / (a clicker's blackout button) black the screen out; Esc or O, the overview; G or a slide
 * number then Enter, a jump; ? the key map; S the speaker view (N too: the notes live there).
 * Undefined for keys that are not ours, including any with Ctrl, Alt or Meta held.
 */
export function deckAction(event: KeyEvent, dir: TextDirection = 'ltr'): DeckAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  const move = slideAction(event, dir);
  if (move) return { kind: 'move', move };
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (/^[0-9]$/.test(key)) return { kind: 'digit', digit: Number(key) };
  switch (key) {
    case 'b':
    case '.':
    case '/':
      return { kind: 'blackout' };
    case 'o':
      return { kind: 'overview' };
    case 'Escape':
      return { kind: 'escape' };
    case 'g':
      return { kind: 'goto' };
    case 'Enter':
      return { kind: 'enter' };
    case 'Backspace':
      return { kind: 'erase' };
    case '?':
      return { kind: 'help' };
    case 's':
    case 'n':
      return { kind: 'speaker' };
    case 'f':
      return { kind: 'fullscreen' };
    default:
      return undefined;
  }
}

/**
 * The key map as the `?` overlay and the README show it, with what each row does as the name
 * of its message; in a right-to-left story ← goes forward and → back.
 */
export function keyMap(dir: TextDirection = 'ltr'): { keys: string[]; does: MessageKey }[] {
  const [forward, back] = dir === 'rtl' ? ['←', '→'] : ['→', '←'];
  return [
    { keys: [forward, '↓', 'Page Down', 'Space'], does: 'keysNext' },
    { keys: [back, '↑', 'Page Up', 'Shift+Space'], does: 'keysPrevious' },
    { keys: ['Home', 'End'], does: 'keysEnds' },
    { keys: ['G', '1–9 … Enter'], does: 'keysGoTo' },
    { keys: ['Esc', 'O'], does: 'keysOverview' },
    { keys: ['B', '.', '/'], does: 'keysBlackout' },
    { keys: ['S'], does: 'keysSpeaker' },
    { keys: ['F'], does: 'keysFullScreen' },
    { keys: ['?'], does: 'keysHelp' },
  ];
}
