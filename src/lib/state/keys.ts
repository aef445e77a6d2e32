/** What a key press asks a slide show to do. */
export type SlideAction = 'next' | 'previous' | 'first' | 'last';

/**
 * The slide action for a key, as clickers and keyboards send them (a clicker sends PageDown and
 * PageUp), or undefined for keys that are not ours, including any with Ctrl, Alt or Meta held.
 */
export function slideAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>,
): SlideAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  switch (event.key) {
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
