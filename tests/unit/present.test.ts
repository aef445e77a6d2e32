import { describe, expect, it } from 'vitest';
import {
  DeckLink,
  isDeckMessage,
  type ChannelLike,
  type DeckRole,
} from '../../src/lib/present/deckLink.ts';
import { SlideNumberEntry } from '../../src/lib/present/jump.svelte.ts';
import { deckAction } from '../../src/lib/present/keymap.ts';
import { clockText, pace, talkMinutes } from '../../src/lib/present/pacing.ts';
import { swipeMove } from '../../src/lib/present/swipe.ts';
import { TalkTimer } from '../../src/lib/present/talkTimer.svelte.ts';

/** A BroadcastChannel between windows of one test, delivering only when told to. */
class Hub {
  readonly queue: { from: FakeChannel; message: unknown }[] = [];
  readonly channels = new Set<FakeChannel>();
  open(): FakeChannel {
    const channel = new FakeChannel(this);
    this.channels.add(channel);
    return channel;
  }
  /** Delivers everything sent, including what is sent in reply, as a browser would. */
  deliver(): void {
    while (this.queue.length > 0) {
      const { from, message } = this.queue.shift()!;
      for (const channel of this.channels) {
        if (channel !== from)
          channel.listeners.forEach((listen) => listen({ data: message } as MessageEvent));
      }
    }
  }
}

class FakeChannel implements ChannelLike {
  readonly listeners = new Set<(event: MessageEvent) => void>();
  constructor(readonly hub: Hub) {}
  postMessage(message: unknown) {
    this.hub.queue.push({ from: this, message: structuredClone(message) });
  }
  addEventListener(_type: 'message', listener: (event: MessageEvent) => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: (event: MessageEvent) => void) {
    this.listeners.delete(listener);
  }
  close() {
    this.hub.channels.delete(this);
  }
}

/** One window: its slide, blackout and link. */
function open(hub: Hub, role: DeckRole, index = 0) {
  const window = { index, blackout: false, peers: [0, 0] as [number, number] };
  const link = new DeckLink(hub.open(), {
    role,
    index: () => window.index,
    blackout: () => window.blackout,
    go: (i) => (window.index = i),
    setBlackout: (on) => (window.blackout = on),
    onpeers: (audience, speakers) => (window.peers = [audience, speakers]),
  });
  const act = (change: () => void) => {
    change();
    link.moved();
    link.blackoutChanged();
    hub.deliver();
  };
  return { window, link, act };
}

describe('the deck link between windows', () => {
  it('opens a speaker view on the deck’s slide, and moves both ways', () => {
    const hub = new Hub();
    const deck = open(hub, 'audience', 4);
    hub.deliver();
    const speaker = open(hub, 'speaker', 0);
    hub.deliver();
    expect(speaker.window.index).toBe(4);
    expect(deck.window.peers).toEqual([0, 1]);
    expect(speaker.window.peers).toEqual([1, 0]);
    speaker.act(() => (speaker.window.index = 5));
    expect(deck.window.index).toBe(5);
    deck.act(() => (deck.window.index = 2));
    expect(speaker.window.index).toBe(2);
    deck.act(() => (deck.window.blackout = true));
    expect(speaker.window.blackout).toBe(true);
    speaker.act(() => (speaker.window.blackout = false));
    expect(deck.window.blackout).toBe(false);
  });

  it('brings a reloaded window back to the deck’s slide', () => {
    const hub = new Hub();
    const deck = open(hub, 'audience', 3);
    const speaker = open(hub, 'speaker', 3);
    hub.deliver();
    speaker.act(() => (speaker.window.index = 7));
    // The audience window reloads: its address still says slide 3 if it was stale.
    deck.link.close();
    const reloaded = open(hub, 'audience', 3);
    hub.deliver();
    expect(reloaded.window.index).toBe(7);
    expect(speaker.window.peers).toEqual([1, 0]);
    // The speaker view reloads, from the slide in its own address.
    speaker.link.close();
    hub.deliver();
    expect(reloaded.window.peers).toEqual([0, 0]);
    const again = open(hub, 'speaker', 0);
    hub.deliver();
    expect(again.window.index).toBe(7);
  });

  it('lets a speaker view opened first wait for a deck, then join it', () => {
    const hub = new Hub();
    const speaker = open(hub, 'speaker', 0);
    hub.deliver();
    expect(speaker.window.peers).toEqual([0, 0]);
    const deck = open(hub, 'audience', 6);
    hub.deliver();
    expect(speaker.window.index).toBe(6);
    expect(deck.window.index).toBe(6);
    expect(deck.window.peers).toEqual([0, 1]);
  });

  it('does not echo a change that came from the channel', () => {
    const hub = new Hub();
    const deck = open(hub, 'audience', 0);
    const speaker = open(hub, 'speaker', 0);
    hub.deliver();
    deck.act(() => (deck.window.index = 1));
    speaker.link.moved();
    expect(hub.queue).toEqual([]);
  });

  it('ignores what is not a deck message', () => {
    expect(isDeckMessage({ kind: 'go', from: 'x', role: 'audience', index: 2 })).toBe(true);
    expect(isDeckMessage({ kind: 'go', from: 'x', role: 'audience', index: -1 })).toBe(false);
    expect(isDeckMessage({ kind: 'hack', from: 'x', role: 'audience' })).toBe(false);
    expect(isDeckMessage({ kind: 'go', from: 'x', role: 'kiosk', index: 1 })).toBe(false);
    expect(isDeckMessage('go')).toBe(false);
  });
});

describe('the deck’s keys', () => {
  const key = (k: string, shiftKey = false, ctrlKey = false) =>
    deckAction({ key: k, shiftKey, ctrlKey, altKey: false, metaKey: false });

  it('maps reveal.js’s keys and ours', () => {
    expect(key('PageDown')).toEqual({ kind: 'move', move: 'next' });
    expect(key(' ', true)).toEqual({ kind: 'move', move: 'previous' });
    for (const k of ['b', 'B', '.', '/']) expect(key(k)).toEqual({ kind: 'blackout' });
    expect(key('o')).toEqual({ kind: 'overview' });
    expect(key('Escape')).toEqual({ kind: 'escape' });
    expect(key('g')).toEqual({ kind: 'goto' });
    expect(key('7')).toEqual({ kind: 'digit', digit: 7 });
    expect(key('?')).toEqual({ kind: 'help' });
    expect(key('s')).toEqual({ kind: 'speaker' });
    expect(key('N')).toEqual({ kind: 'speaker' });
    expect(key('f')).toEqual({ kind: 'fullscreen' });
    expect(key('r', false, true)).toBeUndefined();
    expect(key('x')).toBeUndefined();
  });

  it('reads a slide number typed then Enter', () => {
    const entry = new SlideNumberEntry();
    entry.type(1);
    entry.type(2);
    expect(entry.open).toBe(true);
    expect(entry.commit(14)).toBe(11);
    expect(entry.open).toBe(false);
    entry.begin();
    entry.type(9);
    entry.type(9);
    expect(entry.commit(14)).toBe(13);
    entry.begin();
    expect(entry.commit(14)).toBeUndefined();
    entry.type(3);
    entry.erase();
    entry.type(0);
    expect(entry.commit(14)).toBeUndefined();
  });

  it('takes digits, erase and Enter while open; another key closes it and passes on', () => {
    const entry = new SlideNumberEntry();
    const went: number[] = [];
    const go = (index: number) => went.push(index);
    expect(entry.take({ kind: 'digit', digit: 4 }, 14, go)).toBe(false);
    entry.begin();
    expect(entry.take({ kind: 'digit', digit: 4 }, 14, go)).toBe(true);
    expect(entry.take({ kind: 'digit', digit: 2 }, 14, go)).toBe(true);
    expect(entry.take({ kind: 'erase' }, 14, go)).toBe(true);
    expect(entry.take({ kind: 'enter' }, 14, go)).toBe(true);
    expect(went).toEqual([3]);
    entry.begin();
    expect(entry.take({ kind: 'escape' }, 14, go)).toBe(true);
    expect(entry.open).toBe(false);
    entry.begin();
    expect(entry.take({ kind: 'move', move: 'next' }, 14, go)).toBe(false);
    expect(entry.open).toBe(false);
    expect(went).toEqual([3]);
  });
});

describe('pacing a talk', () => {
  const weights = [10, 10, 20, 20];

  it('plans each slide by its share of the talk', () => {
    // A 10-minute talk: 100 s, 100 s, 200 s, 200 s.
    expect(pace(weights, 10, 2, 250)).toMatchObject({
      verdict: 'on time',
      plannedStart: 200,
      plannedEnd: 400,
      offset: 0,
    });
  });

  it('says ahead or behind beyond a margin of 15 s or 2.5 % of the talk', () => {
    expect(pace(weights, 10, 2, 190).verdict).toBe('on time');
    expect(pace(weights, 10, 2, 180)).toMatchObject({ verdict: 'ahead', offset: -20 });
    expect(pace(weights, 10, 1, 216)).toMatchObject({ verdict: 'behind', offset: 16 });
    expect(pace(weights, 60, 0, 0).verdict).toBe('on time');
  });

  it('reads ?talk= and writes times', () => {
    expect(talkMinutes('?mode=speaker&talk=20')).toBe(20);
    expect(talkMinutes('?talk=-3')).toBeUndefined();
    expect(talkMinutes('?talk=abc')).toBeUndefined();
    expect(talkMinutes('')).toBeUndefined();
    expect(clockText(65)).toBe('1:05');
    expect(clockText(3725)).toBe('1:02:05');
  });
});

describe('swipes', () => {
  it('takes a quick sideways stroke as a move, and nothing else', () => {
    expect(swipeMove(-120, 10, 200)).toBe('next');
    expect(swipeMove(120, -20, 200)).toBe('previous');
    expect(swipeMove(-30, 0, 200)).toBeUndefined();
    expect(swipeMove(-120, 90, 200)).toBeUndefined();
    expect(swipeMove(-120, 0, 2000)).toBeUndefined();
  });
});

describe('the talk timer', () => {
  it('starts, pauses, resets and survives a reload', () => {
    let now = 1000;
    const saved = new Map<string, string>();
    const store = {
      getItem: (key: string) => saved.get(key) ?? null,
      setItem: (key: string, value: string) => void saved.set(key, value),
    };
    const timer = new TalkTimer(() => now, store);
    expect(timer.elapsed()).toBe(0);
    timer.start();
    now += 5000;
    expect(timer.elapsed()).toBe(5);
    timer.pause();
    now += 60_000;
    expect(timer.elapsed()).toBe(5);
    timer.start();
    now += 2000;
    const reloaded = new TalkTimer(() => now, store);
    expect(reloaded.running).toBe(true);
    expect(reloaded.elapsed()).toBe(7);
    reloaded.reset();
    expect(reloaded.elapsed()).toBe(0);
    expect(reloaded.running).toBe(false);
  });
});
