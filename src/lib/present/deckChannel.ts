import { channelName, DeckLink, type DeckSide } from './deckLink.ts';

/**
 * Joins this window to its deck over a BroadcastChannel, and says goodbye when the page goes.
 * Returns the link and what leaves the deck; no link where the browser has no BroadcastChannel.
 */
export function joinDeck(
  side: DeckSide,
  title: string,
): { link: DeckLink | undefined; leave: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { link: undefined, leave: () => {} };
  const link = new DeckLink(new BroadcastChannel(channelName(location.pathname, title)), side);
  const leave = () => link.close();
  window.addEventListener('pagehide', leave);
  return {
    link,
    leave: () => {
      window.removeEventListener('pagehide', leave);
      leave();
    },
  };
}
