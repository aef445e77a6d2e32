import type { TextDirection } from '../i18n/messages.ts';

/** What a key press asks a slide show to do. */
export type SlideAction = 'next' | 'previous' | 'first' | 'last';

/**
 * The slide action for a key, as clickers and keyboards send them (a clicker sends PageDown and
 * PageUp), or undefined for keys that are not ours, including any with Ctrl, Alt or Meta held.
 * The arrow that points the way the story reads goes forward: → left to right, ← right to left.
 */
export function slideAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>,
  dir: TextDirection = 'ltr',
): SlideAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  const key =
    dir === 'rtl' && event.key.startsWith('Arrow')
      ? ({ ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' }[event.key] ?? event.key)
      : event.key;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
      return event.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}
