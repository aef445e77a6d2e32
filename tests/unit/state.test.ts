import { describe, expect, it } from 'vitest';
import { KioskPlayer, type Clock } from '../../src/lib/state/kioskPlayer.svelte.ts';
import { slideAction } from '../../src/lib/state/keys.ts';
import { readPageOptions } from '../../src/lib/state/mode.ts';
import { activeIndexAt } from '../../src/lib/state/stepScroller.ts';
import { indexFromHash, StoryState, type UrlHost } from '../../src/lib/state/storyState.svelte.ts';
import type { Step } from '../../src/lib/story/types.ts';

const steps = ['one', 'two', 'three'].map((id, index) => ({ id, index }) as Step);

function fakeHost(hash = ''): UrlHost & { urls: string[] } {
  const urls: string[] = [];
  const host = {
    urls,
    location: { hash, pathname: '/story/', search: '?mode=present' },
    history: {
      state: null,
      replaceState(_data: unknown, _unused: string, url?: string) {
        urls.push(url!);
        host.location.hash = new URL(url!, 'http://x').hash;
      },
    },
  };
  return host;
}

describe('StoryState', () => {
  it('starts at the step the URL names, or at the first', () => {
    expect(new StoryState(steps, fakeHost('#three')).index).toBe(2);
    expect(new StoryState(steps, fakeHost('#nowhere')).index).toBe(0);
    expect(indexFromHash(steps, '')).toBe(0);
  });

  it('clamps, loops when asked, and writes #id without losing the query', () => {
    const host = fakeHost();
    const state = new StoryState(steps, host);
    state.writeUrl();
    expect(host.urls).toEqual([]);
    state.previous();
    expect(state.index).toBe(0);
    state.next();
    state.writeUrl();
    state.writeUrl();
    state.go(99);
    expect(state.step.id).toBe('three');
    state.next();
    expect(state.index).toBe(2);
    state.next(true);
    expect(state.index).toBe(0);
    state.writeUrl();
    expect(host.urls).toEqual(['/story/?mode=present#two', '/story/?mode=present#one']);
  });
});

describe('StoryState.followUrl', () => {
  it('moves to the step an edited #step, Back or Forward names, until stopped', () => {
    const host = fakeHost('#one');
    const state = new StoryState(steps, host);
    const events = new EventTarget();
    const stop = state.followUrl(events);
    host.location.hash = '#three';
    events.dispatchEvent(new Event('hashchange'));
    expect(state.index).toBe(2);
    host.location.hash = '#two';
    events.dispatchEvent(new Event('popstate'));
    expect(state.index).toBe(1);
    host.location.hash = '#source-ap';
    events.dispatchEvent(new Event('hashchange'));
    expect(state.index).toBe(1);
    stop();
    host.location.hash = '#one';
    events.dispatchEvent(new Event('hashchange'));
    expect(state.index).toBe(1);
  });
});

describe('StoryState.act', () => {
  it('does what each slide key asks, looping only when told', () => {
    const state = new StoryState(steps, fakeHost());
    state.act('last');
    state.act('next');
    expect(state.index).toBe(2);
    state.act('next', true);
    expect(state.index).toBe(0);
    state.act('previous');
    expect(state.index).toBe(0);
    state.act('next');
    state.act('first');
    expect(state.index).toBe(0);
  });
});

describe('slideAction', () => {
  const key = (key: string, extra: Partial<KeyboardEvent> = {}) =>
    slideAction({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...extra });

  it('maps clicker and keyboard keys', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => key(k))).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => key(k))).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect(key(' ', { shiftKey: true })).toBe('previous');
    expect([key('Home'), key('End')]).toEqual(['first', 'last']);
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(key('a')).toBeUndefined();
    expect(key('ArrowRight', { altKey: true })).toBeUndefined();
    expect(key('Home', { ctrlKey: true })).toBeUndefined();
  });
});

describe('readPageOptions', () => {
  it('reads the mode and kiosk timings, ignoring nonsense', () => {
    const none = {
      talk: undefined,
      notes: false,
      resetAfter: 120,
      reloadAt: undefined,
      updateEvery: 60,
      watchdog: 60,
    };
    expect(readPageOptions('')).toEqual({
      mode: 'scroll',
      dwell: undefined,
      resumeAfter: 30,
      ...none,
    });
    expect(readPageOptions('?mode=kiosk&dwell=2.5&resume=5')).toEqual({
      mode: 'kiosk',
      dwell: 2.5,
      resumeAfter: 5,
      ...none,
    });
    expect(readPageOptions('?mode=slides&dwell=-1&resume=x')).toEqual({
      mode: 'scroll',
      dwell: undefined,
      resumeAfter: 30,
      ...none,
    });
    expect(readPageOptions('?mode=speaker&talk=20')).toMatchObject({ mode: 'speaker', talk: 20 });
    expect(readPageOptions('?mode=print&notes')).toMatchObject({ mode: 'print', notes: true });
    expect(readPageOptions('?mode=kiosk&update=0.5')).toMatchObject({ updateEvery: 0.5 });
    expect(readPageOptions('?mode=kiosk&update=0')).toMatchObject({ updateEvery: 60 });
  });
});

describe('activeIndexAt', () => {
  it('picks the last step whose top has passed the reading line', () => {
    expect(activeIndexAt([500, 1500, 2500], 400)).toBe(0);
    expect(activeIndexAt([-900, 100, 1100], 400)).toBe(1);
    expect(activeIndexAt([-3000, -2000, -1000], 400)).toBe(2);
  });
});

/** A clock that only moves when told to. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock & { advance(ms: number): void; pending(): number } = {
    setTimeout(run, ms) {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
    pending: () => timers.size,
  };
  return clock;
}

describe('KioskPlayer', () => {
  function player(resumeAfter = 30, resetAfter = 120) {
    const clock = fakeClock();
    let advances = 0;
    let restarts = 0;
    const kiosk = new KioskPlayer({
      resumeAfter: () => resumeAfter,
      resetAfter: () => resetAfter,
      readyTimeout: 20,
      advance: () => advances++,
      restart: () => restarts++,
      clock,
    });
    return { kiosk, clock, advances: () => advances, restarts: () => restarts };
  }

  it('dwells on a step from the moment its map is ready', () => {
    const { kiosk, clock, advances } = player();
    kiosk.begin(5);
    clock.advance(3000);
    kiosk.ready();
    expect(kiosk.dwelling).toBe(true);
    clock.advance(4999);
    expect(advances()).toBe(0);
    clock.advance(1);
    expect(advances()).toBe(1);
  });

  it('waits at the end of a dwell for a busy map, and no longer than for a step', () => {
    const { kiosk, clock, advances } = player();
    kiosk.begin(2);
    kiosk.ready();
    kiosk.setMapBusy(true);
    clock.advance(5000);
    expect([advances(), kiosk.dwelling]).toEqual([0, true]);
    kiosk.ready();
    kiosk.setMapBusy(false);
    expect([advances(), kiosk.dwelling]).toEqual([1, false]);
    kiosk.begin(2);
    kiosk.ready();
    kiosk.setMapBusy(true);
    clock.advance(2000 + 19_999);
    expect(advances()).toBe(1);
    clock.advance(1);
    expect(advances()).toBe(2);
  });

  it('starts the dwell anyway when the map never settles', () => {
    const { kiosk, clock, advances } = player();
    kiosk.begin(2);
    clock.advance(20_000 + 2000);
    expect(advances()).toBe(1);
  });

  it('pauses on input and resumes after a quiet spell, restarting the step', () => {
    const { kiosk, clock, advances } = player(10);
    kiosk.begin(5);
    kiosk.ready();
    clock.advance(4000);
    kiosk.interrupt();
    expect(kiosk.paused).toBe(true);
    clock.advance(9000);
    kiosk.interrupt();
    clock.advance(9999);
    expect([kiosk.paused, advances()]).toEqual([true, 0]);
    clock.advance(1);
    expect(kiosk.paused).toBe(false);
    kiosk.ready();
    clock.advance(5000);
    expect(advances()).toBe(1);
  });

  it('waits for the map before each dwell, and says so', () => {
    const { kiosk } = player();
    kiosk.begin(5);
    expect([kiosk.waiting, kiosk.dwelling]).toEqual([true, false]);
    kiosk.ready();
    expect([kiosk.waiting, kiosk.dwelling]).toEqual([false, true]);
  });

  it('starts again from the first step after a long quiet spell', () => {
    // Still paused when the reset is due (resume later than reset): at once.
    const paused = player(300, 120);
    paused.kiosk.begin(5);
    paused.kiosk.interrupt();
    paused.clock.advance(119_999);
    expect(paused.restarts()).toBe(0);
    paused.clock.advance(1);
    expect([paused.restarts(), paused.kiosk.paused]).toEqual([1, false]);
    // Playing again by then (the default 30 s then 120 s): at the end of the step it plays.
    const playing = player(30, 120);
    playing.kiosk.begin(200);
    playing.kiosk.interrupt();
    playing.clock.advance(30_000);
    playing.kiosk.ready();
    playing.clock.advance(90_000);
    expect([playing.restarts(), playing.advances()]).toEqual([0, 0]);
    playing.clock.advance(200_000);
    expect([playing.restarts(), playing.advances()]).toEqual([1, 0]);
    playing.kiosk.begin(5);
    playing.kiosk.ready();
    playing.clock.advance(5000);
    expect([playing.restarts(), playing.advances()]).toEqual([1, 1]);
  });

  it('leaves no timer behind when disposed', () => {
    const { kiosk, clock } = player();
    kiosk.begin(5);
    kiosk.interrupt();
    kiosk.dispose();
    expect(clock.pending()).toBe(0);
  });
});
