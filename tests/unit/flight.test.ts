import { describe, expect, it } from 'vitest';
import type { CameraTarget } from '../../src/lib/map/applyMapState.ts';
import {
  ease,
  FlightClock,
  flyFromFirstFrame,
  STRETCH,
  type FlyingMap,
} from '../../src/lib/map/flight.ts';

/**
 * A map that plans flights as MapLibre does, as far as timing goes: a flight of `natural(speed)`
 * milliseconds from the call, whose frames pass `easing((now - start) / duration)`, and which ends
 * by itself when that reaches 1.
 */
function flyingMap(natural: (speed: number) => number) {
  let time = 0;
  const calls: string[] = [];
  let flight: { start: number; duration: number; easing: (t: number) => number } | undefined;
  const map: FlyingMap = {
    flyTo: (options) => {
      calls.push('flyTo');
      const duration = natural(options.speed ?? 1.2);
      flight = {
        start: time,
        duration: duration > options.maxDuration ? 0 : duration,
        easing: options.easing ?? ease,
      };
    },
    getCenter: () => ({ lng: 50, lat: 30 }),
    getZoom: () => 4,
    stop: () => {
      calls.push('stop');
      flight = undefined;
    },
    triggerRepaint: () => calls.push('triggerRepaint'),
  };
  return {
    map,
    calls,
    now: () => time,
    /** Moves time on by `ms` and draws a frame: the flight's progress (`k`), if it runs. */
    frame(ms: number): number | undefined {
      time += ms;
      if (!flight) return undefined;
      const t = Math.min((time - flight.start) / flight.duration, 1);
      const k = flight.easing(t);
      if (t === 1) flight = undefined;
      return k;
    },
    get flying() {
      return flight !== undefined;
    },
  };
}

const target: CameraTarget = { center: [64, 26], zoom: 6, bearing: 0, pitch: 0 };
// MapLibre's flight time at a speed, for a path of 0.36 "screenfuls": 300 ms at the default 1.2.
const natural = (speed: number) => (1000 * 0.36) / speed;

describe('ease', () => {
  it('is CSS ease, MapLibre’s default for flights', () => {
    expect(ease(0)).toBe(0);
    expect(ease(1)).toBe(1);
    // Points of the curve cubic-bezier(0.25, 0.1, 0.25, 1), from its parameter s.
    const bezier = (p1: number, p2: number, s: number) =>
      3 * p1 * s * (1 - s) ** 2 + 3 * p2 * s * s * (1 - s) + s ** 3;
    for (let s = 0.05; s < 1; s += 0.05) {
      expect(ease(bezier(0.25, 0.25, s))).toBeCloseTo(bezier(0.1, 1, s), 9);
    }
    expect(ease(0.5)).toBeGreaterThan(0.8);
  });
});

describe('flyFromFirstFrame', () => {
  it('shows a flight whose first frame comes after its natural end from the start', async () => {
    const fake = flyingMap(natural);
    flyFromFirstFrame(fake.map, target, 4500, fake.now);
    // Drawing the step's text holds the first frame back by 500 ms, longer than the flight.
    expect(fake.frame(500)).toBe(0);
    expect(fake.frame(150)).toBeCloseTo(ease(0.5), 6);
    expect(fake.frame(100)).toBeCloseTo(ease(250 / 300), 6);
    expect(fake.calls).toEqual(['flyTo']);
    // The frame at 300 ms after the first lands on the target, and the flight is then stopped.
    expect(fake.frame(60)).toBe(1);
    await Promise.resolve();
    expect(fake.calls).toEqual(['flyTo', 'stop', 'triggerRepaint']);
    expect(fake.flying).toBe(false);
  });

  it('keeps MapLibre’s pace when frames come on time', async () => {
    const fake = flyingMap(natural);
    flyFromFirstFrame(fake.map, target, 4500, fake.now);
    const frames: number[] = [];
    while (fake.flying && frames.length < 100) {
      const k = fake.frame(16);
      if (k !== undefined) frames.push(k);
      await Promise.resolve();
    }
    // The first frame at 16 ms starts the clock; 300 ms later, at the 20th frame, it ends.
    expect(frames.length).toBe(20);
    expect(frames[0]).toBe(0);
    expect(frames.at(-1)).toBe(1);
    expect(frames.every((k, i) => i === 0 || k > frames[i - 1]!)).toBe(true);
    const clock = new FlightClock(fake.now, () => undefined);
    fake.frame(16);
    clock.easing(16 / (300 * STRETCH));
    expect(clock.duration).toBeCloseTo(300, 6);
  });

  it('leaves a flight that keeps centre and zoom to MapLibre', () => {
    const fake = flyingMap(natural);
    const recorded: unknown[] = [];
    const flyTo = fake.map.flyTo;
    fake.map.flyTo = (options) => {
      recorded.push(options);
      return flyTo(options);
    };
    flyFromFirstFrame(fake.map, { center: [50, 30], zoom: 4, bearing: 30, pitch: 0 }, 4500);
    expect(recorded).toEqual([
      { center: [50, 30], zoom: 4, bearing: 30, pitch: 0, essential: true, maxDuration: 4500 },
    ]);
  });

  it('never stops a later move when an earlier flight reaches its end', async () => {
    const fake = flyingMap(natural);
    const easings: ((t: number) => number)[] = [];
    const flyTo = fake.map.flyTo;
    fake.map.flyTo = (options) => {
      if (options.easing) easings.push(options.easing);
      return flyTo(options);
    };
    flyFromFirstFrame(fake.map, target, 4500, fake.now);
    fake.frame(16);
    fake.frame(400);
    // In the frame that ends the first flight, before its end is acted on, another one starts.
    flyFromFirstFrame(fake.map, { ...target, zoom: 7 }, 4500, fake.now);
    await Promise.resolve();
    expect(easings).toHaveLength(2);
    expect(fake.calls).toEqual(['flyTo', 'flyTo']);
    expect(fake.flying).toBe(true);
  });

  it('still cuts a flight MapLibre finds too long', () => {
    const fake = flyingMap(() => 10_000 * STRETCH);
    flyFromFirstFrame(fake.map, target, 4500, fake.now);
    expect(fake.frame(16)).toBe(1);
  });
});
