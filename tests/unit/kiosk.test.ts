import { describe, expect, it } from 'vitest';
import { ReloadPolicy, type KeyValueStore } from '../../src/lib/kiosk/reloadPolicy.ts';
import { msUntilClockTime } from '../../src/lib/kiosk/dailyReload.ts';
import { holdWakeLock } from '../../src/lib/kiosk/wakeLock.ts';
import { Watchdog } from '../../src/lib/kiosk/watchdog.ts';
import { CONTEXT_GRACE, watchContext } from '../../src/lib/map/contextWatch.ts';
import { clockTime, readPageOptions } from '../../src/lib/state/mode.ts';

/** A clock that only moves when told to, with timeouts and intervals. */
function fakeClock(start = 1_000_000) {
  let now = start;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void; every?: number }>();
  const add = (run: () => void, ms: number, every?: number) => {
    timers.set(next, { at: now + ms, run, every });
    return next++;
  };
  const remove = (handle: unknown) => void timers.delete(handle as number);
  return {
    now: () => now,
    setTimeout: (run: () => void, ms: number) => add(run, ms),
    clearTimeout: remove,
    setInterval: (run: () => void, ms: number) => add(run, ms, ms),
    clearInterval: remove,
    pending: () => timers.size,
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        const [id, timer] = due;
        now = timer.at;
        if (timer.every) timer.at += timer.every;
        else timers.delete(id);
        timer.run();
      }
      now = end;
    },
  };
}

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const MINUTE = 60_000;

describe('ReloadPolicy', () => {
  it('allows a first reload at once, then one a minute, longer after reloads in a row', () => {
    const policy = new ReloadPolicy(memoryStore());
    let now = 5 * MINUTE;
    expect(policy.allowedAt(now)).toBe(now);
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      now = policy.allowedAt(now);
      policy.recordReload(now);
      waits.push((policy.allowedAt(now) - now) / MINUTE);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 30, 30]);
    expect(policy.record.reloads).toBe(7);
  });

  it('starts afresh after a healthy spell, and keeps the count', () => {
    const store = memoryStore();
    const policy = new ReloadPolicy(store);
    policy.recordReload(1);
    policy.recordReload(MINUTE);
    expect(policy.allowedAt(2 * MINUTE)).toBe(3 * MINUTE);
    expect(policy.allowedAt(61 * MINUTE)).toBe(61 * MINUTE);
    policy.recordReload(61 * MINUTE);
    expect(new ReloadPolicy(store).record).toEqual({ reloads: 3, last: 61 * MINUTE, streak: 1 });
  });

  it('reads nonsense in storage as no reloads', () => {
    const store = memoryStore();
    store.setItem('map-story:kiosk-reloads', '{"reloads":"many"');
    expect(new ReloadPolicy(store).record).toEqual({ reloads: 0, last: 0, streak: 0 });
  });
});

describe('Watchdog', () => {
  function watchdog(playing = true) {
    const clock = fakeClock();
    const store = memoryStore();
    let reloads = 0;
    const dog = new Watchdog({
      clock,
      policy: new ReloadPolicy(store),
      reload: () => reloads++,
      playing: () => playing,
      dwell: () => 10,
      limit: 60,
    });
    return { dog, clock, store, reloads: () => reloads };
  }

  it('leaves a kiosk alone while it moves on and its map settles', () => {
    const { dog, clock, reloads } = watchdog();
    for (let i = 0; i < 100; i++) {
      dog.mapSettled(false);
      clock.advance(3000);
      dog.mapSettled(true);
      clock.advance(10_000);
      dog.progressed();
    }
    expect(reloads()).toBe(0);
  });

  it('reloads a kiosk that has not moved on for its dwell and the margin', () => {
    const { dog, clock, reloads } = watchdog();
    dog.mapSettled(true);
    clock.advance(70_000);
    expect(reloads()).toBe(0);
    clock.advance(5000);
    expect(reloads()).toBe(1);
  });

  it('does not expect a paused kiosk to move on', () => {
    const { dog, clock, reloads } = watchdog(false);
    dog.mapSettled(true);
    clock.advance(10 * MINUTE);
    expect(reloads()).toBe(0);
  });

  it('reloads when the map has not settled for the limit', () => {
    const { dog, clock, reloads } = watchdog();
    dog.mapSettled(false);
    for (let t = 0; t < 60_000; t += 5000) {
      clock.advance(5000);
      dog.progressed();
    }
    expect(reloads()).toBe(0);
    clock.advance(5000);
    expect(reloads()).toBe(1);
  });

  it('spaces reloads out: an error soon after a reload waits its minute', () => {
    const { dog, clock, store, reloads } = watchdog();
    dog.failed('an uncaught error');
    clock.advance(0);
    expect(reloads()).toBe(1);
    dog.dispose();
    // The page after the reload, with the same storage.
    let second = 0;
    const next = new Watchdog({
      clock,
      policy: new ReloadPolicy(store),
      reload: () => second++,
      playing: () => true,
      dwell: () => 10,
      limit: 60,
    });
    clock.advance(10_000);
    next.failed('an uncaught error');
    next.failed('another');
    clock.advance(49_999);
    expect(second).toBe(0);
    clock.advance(1);
    expect(second).toBe(1);
    expect(new ReloadPolicy(store).record.reloads).toBe(2);
    next.dispose();
  });

  it('leaves no timer behind when disposed', () => {
    const { dog, clock } = watchdog();
    dog.failed('an uncaught error');
    dog.dispose();
    expect(clock.pending()).toBe(0);
  });
});

describe('watchContext', () => {
  function watch() {
    const clock = fakeClock();
    const canvas = new EventTarget();
    const seen: string[] = [];
    const watcher = watchContext(
      canvas,
      {
        lost: () => seen.push('lost'),
        restored: () => seen.push('restored'),
        giveUp: (reason) => seen.push(`give up: ${reason}`),
      },
      clock,
    );
    const fire = (type: string) => canvas.dispatchEvent(new Event(type));
    return { clock, fire, seen, watcher };
  }

  it('recovers in place when the context comes back and the map draws', () => {
    const { clock, fire, seen, watcher } = watch();
    fire('webglcontextlost');
    clock.advance(CONTEXT_GRACE.restore * 1000 - 1);
    fire('webglcontextrestored');
    clock.advance(500);
    watcher.drew();
    clock.advance(60_000);
    expect(seen).toEqual(['lost', 'restored']);
  });

  it('gives up on a context that is not given back', () => {
    const { clock, fire, seen } = watch();
    fire('webglcontextlost');
    clock.advance(CONTEXT_GRACE.restore * 1000);
    expect(seen).toEqual(['lost', 'give up: the WebGL context was not given back']);
  });

  it('gives up on a map that does not draw after its context came back', () => {
    const { clock, fire, seen } = watch();
    fire('webglcontextlost');
    fire('webglcontextrestored');
    clock.advance(CONTEXT_GRACE.draw * 1000);
    expect(seen.at(-1)).toMatch(/did not draw again/);
  });

  it('stops listening and timing when stopped', () => {
    const { clock, fire, seen, watcher } = watch();
    fire('webglcontextlost');
    watcher.stop();
    fire('webglcontextlost');
    expect(clock.pending()).toBe(0);
    expect(seen).toEqual(['lost']);
  });
});

describe('kiosk options', () => {
  it('reads a daily reload time, reset and watchdog limits', () => {
    expect(clockTime('03:30')).toBe(210);
    expect(clockTime('7:05')).toBe(425);
    expect([clockTime('24:00'), clockTime('3h'), clockTime(null)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const options = readPageOptions('?mode=kiosk&reset=300&reload=04:00&watchdog=1');
    expect([options.resetAfter, options.reloadAt, options.watchdog]).toEqual([300, 240, 2]);
  });
});

describe('msUntilClockTime', () => {
  it('counts to the next time of day, today or tomorrow', () => {
    const at = (h: number, m: number) => new Date(2026, 0, 15, h, m, 0, 0);
    expect(msUntilClockTime(4 * 60, at(3, 0))).toBe(60 * MINUTE);
    expect(msUntilClockTime(4 * 60, at(4, 0))).toBe(24 * 60 * MINUTE);
    expect(msUntilClockTime(4 * 60, at(23, 30))).toBe(4.5 * 60 * MINUTE);
  });
});

describe('holdWakeLock', () => {
  it('takes the lock, takes it again when the page is shown, and lets it go', async () => {
    const events = new EventTarget();
    let visibilityState: DocumentVisibilityState = 'visible';
    const requests: string[] = [];
    let released = 0;
    const seen: string[] = [];
    const release = holdWakeLock(
      {
        navigator: {
          wakeLock: {
            request: async (type) => {
              requests.push(type);
              return { release: async () => void released++ };
            },
          },
        },
        document: {
          get visibilityState() {
            return visibilityState;
          },
          addEventListener: events.addEventListener.bind(events),
          removeEventListener: events.removeEventListener.bind(events),
        },
      },
      (state) => seen.push(state),
    );
    await Promise.resolve();
    visibilityState = 'hidden';
    events.dispatchEvent(new Event('visibilitychange'));
    visibilityState = 'visible';
    events.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    expect([requests, seen]).toEqual([
      ['screen', 'screen'],
      ['held', 'held'],
    ]);
    release();
    events.dispatchEvent(new Event('visibilitychange'));
    expect([requests.length, released]).toEqual([2, 1]);
  });

  it('says so where there is no wake lock', () => {
    const seen: string[] = [];
    const events = new EventTarget();
    holdWakeLock(
      {
        navigator: {},
        document: {
          visibilityState: 'visible',
          addEventListener: events.addEventListener.bind(events),
          removeEventListener: events.removeEventListener.bind(events),
        },
      },
      (state) => seen.push(state),
    )();
    expect(seen).toEqual(['unsupported']);
  });
});
