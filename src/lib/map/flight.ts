/**
 * Flights timed from their first drawn frame.
 *
 * MapLibre times a flight from the call to `flyTo`. When the first frame comes late (a slow
 * machine still drawing a step's new text, a busy main thread), the flight has run on unseen and
 * its first frame jumps ahead; when the delay outlasts a short flight, the flight is over before
 * anyone saw it: a cut where the reader should see a move. So MapLibre is asked for the same
 * flight `STRETCH` times slower (it plans the same path at any speed), and the flight's progress
 * is read from a clock of our own that starts at its first frame and runs for the flight's
 * natural duration; then the flight is stopped, on its last camera.
 */
import type { CameraTarget } from './applyMapState.ts';
import { TILE_SIZE, toMercator } from './mercator.ts';

/** How many times slower MapLibre is told to fly than the flight is shown. */
export const STRETCH = 1000;

/** MapLibre's default easing for flights, CSS `ease`: cubic-bezier(0.25, 0.1, 0.25, 1). */
export function ease(t: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return 1;
  const [x1, y1, x2, y2] = [0.25, 0.1, 0.25, 1];
  const curve = (a: number, b: number, s: number) =>
    3 * a * s * (1 - s) ** 2 + 3 * b * s * s * (1 - s) + s ** 3;
  // Solve x(s) = t by bisection: x is increasing on [0, 1] for these control points.
  let low = 0;
  let high = 1;
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (curve(x1, x2, mid) < t) low = mid;
    else high = mid;
  }
  return curve(y1, y2, (low + high) / 2);
}

/**
 * The clock of one flight. `easing` is handed to MapLibre, which calls it at each frame with its
 * own progress `t` through the stretched flight; the first call tells when the flight was first
 * drawn and, from `t`, how long it would naturally last. `onEnd` is called once, from the frame
 * that reaches the end.
 */
export class FlightClock {
  readonly #now: () => number;
  readonly #onEnd: () => void;
  readonly #calledAt: number;
  #firstFrameAt: number | undefined;
  #duration = 0;
  #ended = false;

  constructor(now: () => number, onEnd: () => void) {
    this.#now = now;
    this.#onEnd = onEnd;
    this.#calledAt = now();
  }

  /** The flight's natural duration in milliseconds, once its first frame has been drawn. */
  get duration(): number | undefined {
    return this.#firstFrameAt === undefined ? undefined : this.#duration;
  }

  readonly easing = (t: number): number => {
    if (t >= 1) return 1;
    const at = this.#now();
    if (this.#firstFrameAt === undefined) {
      // Nothing to measure the flight by yet: it starts at its first camera.
      if (t <= 0) return 0;
      this.#duration = (at - this.#calledAt) / t / STRETCH;
      this.#firstFrameAt = at;
      return 0;
    }
    const progress = this.#duration > 0 ? (at - this.#firstFrameAt) / this.#duration : 1;
    if (progress < 1) return ease(progress);
    if (!this.#ended) {
      this.#ended = true;
      this.#onEnd();
    }
    return 1;
  };
}

/** The parts of a MapLibre map a timed flight uses. */
export interface FlyingMap {
  flyTo(
    options: CameraTarget & {
      essential: boolean;
      maxDuration: number;
      speed?: number;
      easing?: (t: number) => number;
    },
  ): unknown;
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  stop(): unknown;
  triggerRepaint(): void;
}

/** The flight each map is on, if one of ours. */
const flights = new WeakMap<object, FlightClock>();

/** MapLibre's default flight speed (screenfuls per second, see `flyTo`). */
const SPEED = 1.2;

/** Mercator x and y of a point, in pixels of the world at `zoom`. */
function worldPixel(point: readonly [number, number], zoom: number): [number, number] {
  const size = TILE_SIZE * 2 ** zoom;
  const [x, y] = toMercator(point);
  return [x * size, y * size];
}

/**
 * Flies to `target` along MapLibre's path and at its pace, timed from the first frame drawn.
 * A flight that changes neither centre nor zoom (MapLibre eases those instead) is left to
 * MapLibre as it is.
 */
export function flyFromFirstFrame(
  map: FlyingMap,
  target: CameraTarget,
  maxDuration: number,
  now: () => number = () => performance.now(),
): void {
  const { lng, lat } = map.getCenter();
  const zoom = map.getZoom();
  const [x0, y0] = worldPixel([lng, lat], zoom);
  const [x1, y1] = worldPixel(target.center, zoom);
  if (Math.abs(zoom - target.zoom) < 1e-6 && Math.hypot(x1 - x0, y1 - y0) < 1e-3) {
    flights.delete(map);
    map.flyTo({ ...target, essential: true, maxDuration });
    return;
  }
  const clock = new FlightClock(now, () => {
    // After the frame that drew the last camera: end the flight there, and draw once more so
    // the map can report that it is idle.
    queueMicrotask(() => {
      if (flights.get(map) !== clock) return;
      flights.delete(map);
      map.stop();
      map.triggerRepaint();
    });
  });
  flights.set(map, clock);
  map.flyTo({
    ...target,
    essential: true,
    speed: SPEED / STRETCH,
    maxDuration: maxDuration * STRETCH,
    easing: clock.easing,
  });
}

/** Forgets the map's flight, as a cut or another move replaces it. */
export function endFlight(map: object): void {
  flights.delete(map);
}
