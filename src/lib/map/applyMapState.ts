import type { Feature, FeatureCollection, GeoJSON } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import type { Camera, LngLat } from '../story/types.ts';
import type { MapState } from './mapState.ts';
import { OVERLAY_MAXZOOM, OVERLAY_SOURCE } from './basemapStyle.ts';
import { endFlight, flyFromFirstFrame, type FlyingMap } from './flight.ts';
import { fitSubject, type Padding, type Subject } from './fit.ts';
import { TILE_SIZE, fromMercator, toMercator } from './mercator.ts';
import { primerFeatures, storyFeatures, type StoryPart } from './storyLayers.ts';

export type { Padding } from './fit.ts';

/** A camera MapLibre can jump or fly to. */
export interface CameraTarget {
  center: LngLat;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** The parts of a MapLibre map that showing a step uses; tests pass a recording fake. */
export interface StoryMapLike extends FlyingMap {
  getSource(id: string): unknown;
  cameraForBounds(
    bounds: LngLatBoundsLike,
    options: { padding: Padding; maxZoom: number; bearing: number },
  ): { center?: unknown; zoom?: number } | undefined;
  jumpTo(options: CameraTarget): unknown;
  getContainer(): { clientWidth: number; clientHeight: number };
}

/** Never zoom closer than this when framing places; a single town stays in its region. */
export const DEFAULT_MAX_ZOOM = 9;
const FLIGHT_MAX_MS = 4500;
const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * Moves an explicit camera's centre so that its point appears in the middle of the part of the
 * map the text leaves uncovered, rather than under the text.
 */
export function offsetCenter(
  center: LngLat,
  zoom: number,
  bearing: number,
  padding: Padding,
): LngLat {
  const dx = (padding.left - padding.right) / 2;
  const dy = (padding.top - padding.bottom) / 2;
  const angle = (bearing * Math.PI) / 180;
  const rx = dx * Math.cos(angle) - dy * Math.sin(angle);
  const ry = dx * Math.sin(angle) + dy * Math.cos(angle);
  const world = TILE_SIZE * 2 ** zoom;
  const [cx, cy] = toMercator(center);
  return fromMercator([cx - rx / world, cy - ry / world]);
}

function toLngLat(center: unknown): LngLat {
  if (Array.isArray(center)) return [Number(center[0]), Number(center[1])];
  const { lng, lat } = center as { lng: number; lat: number };
  return [lng, lat];
}

/**
 * Where the camera goes for a step, given how much of the map the text covers. A framed step seen
 * straight down and north up is fitted with its whole subject, labels included, in the clear
 * part (`fitSubject`); otherwise MapLibre fits the framed places' bounds.
 */
export function cameraFor(
  map: StoryMapLike,
  camera: Camera,
  padding: Padding,
  subject?: Subject,
): CameraTarget {
  if (camera.kind === 'view') {
    const center = offsetCenter(camera.center, camera.zoom, camera.bearing, padding);
    return { center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch };
  }
  const maxZoom = camera.maxZoom ?? DEFAULT_MAX_ZOOM;
  if (subject && camera.bearing === 0 && camera.pitch === 0) {
    const { clientWidth, clientHeight } = map.getContainer();
    const fitted =
      fitSubject(subject, clientWidth, clientHeight, padding, maxZoom) ??
      fitSubject(subject, clientWidth, clientHeight, NO_PADDING, maxZoom);
    if (fitted) return { ...fitted, bearing: 0, pitch: 0 };
  }
  const [west, south, east, north] = camera.bounds;
  const options = { maxZoom, bearing: camera.bearing };
  const bounds: LngLatBoundsLike = [west, south, east, north];
  // When the window is too small for the padding, frame the places on the whole map instead.
  const fitted =
    map.cameraForBounds(bounds, { ...options, padding }) ??
    map.cameraForBounds(bounds, { ...options, padding: NO_PADDING });
  return {
    center: fitted ? toLngLat(fitted.center) : [(west + east) / 2, (south + north) / 2],
    zoom: fitted?.zoom ?? 3,
    bearing: camera.bearing,
    pitch: camera.pitch,
  };
}

/**
 * Shows a step: highlighted places, labels, arrows and camera all follow from `state` alone, so applying it twice,
 * or after any other step, ends in the same picture. `keep` is what the overlay holds besides the
 * story (the basemap's margin), written back with each step. `overlay: false` leaves the overlay
 * as it is, for a map whose overlay already holds this state's `overlayData` (a map created
 * with it); `setData` would have MapLibre's worker cut the same tiles again.
 */
export function applyMapState(
  map: StoryMapLike,
  state: MapState,
  padding: Padding,
  animate: boolean,
  keep: Feature[] = [],
  { overlay = true }: { overlay?: boolean } = {},
): void {
  if (overlay) setOverlay(map, state, keep);
  const target = cameraFor(map, state.camera, padding, state.subject);
  if (animate) {
    flyFromFirstFrame(map, target, FLIGHT_MAX_MS);
  } else {
    endFlight(map);
    map.jumpTo(target);
  }
  map.triggerRepaint();
}

/** What the overlay holds for `state`: `keep`, then the state's places, labels and arrows, then any `extra`. */
export function overlayData(
  state: MapState,
  keep: Feature[] = [],
  extra?: Record<StoryPart, Feature[]>,
): FeatureCollection {
  const part = (collection: FeatureCollection, name: StoryPart): FeatureCollection => ({
    type: 'FeatureCollection',
    features: [...collection.features, ...(extra?.[name] ?? [])],
  });
  const parts = {
    place: part(state.places, 'place'),
    label: part(state.labels, 'label'),
    arrow: part(state.arrows, 'arrow'),
  };
  return storyFeatures(parts, keep);
}

function setOverlay(
  map: StoryMapLike,
  state: MapState,
  keep: Feature[],
  extra?: Record<StoryPart, Feature[]>,
): void {
  const source = map.getSource(OVERLAY_SOURCE) as { setData(data: GeoJSON): unknown } | undefined;
  source?.setData(overlayData(state, keep, extra));
}

/**
 * Shows `state` again with the transparent primer features at `at` (see `primerFeatures`), so that
 * MapLibre compiles every story shader while this step is read. The camera stays; the next step
 * drops the primers.
 */
export function primeMap(map: StoryMapLike, state: MapState, keep: Feature[], at: LngLat): void {
  setOverlay(map, state, keep, primerFeatures(at));
}

/** The overlay tile (at its highest zoom, or the map's if lower) a point falls in. */
function overlayTile(point: LngLat, zoom: number): string {
  const z = Math.max(0, Math.min(OVERLAY_MAXZOOM, Math.floor(zoom)));
  const n = 2 ** z;
  const [x, y] = toMercator(point).map((value) => Math.floor(value * n));
  return `${z}/${x}/${y}`;
}

/** Pixels beyond the edge of the map for the primers: past MapLibre's 100 px label-collision margin. */
const PRIMER_MARGIN = 200;

/**
 * A point just off the map where the primers are drawn but seen by no one and collide with no
 * label: beyond one edge, yet in an overlay tile that also covers that edge (so it is drawn).
 * `unproject` turns a pixel of the map into longitude and latitude. Undefined when every edge
 * has a tile boundary just beyond it.
 */
export function primerPoint(
  width: number,
  height: number,
  zoom: number,
  unproject: (pixel: [number, number]) => LngLat,
): LngLat | undefined {
  const m = PRIMER_MARGIN;
  const edges: [[number, number], [number, number]][] = [
    [
      [0, height / 2],
      [-m, height / 2],
    ],
    [
      [width, height / 2],
      [width + m, height / 2],
    ],
    [
      [width / 2, height],
      [width / 2, height + m],
    ],
    [
      [width / 2, 0],
      [width / 2, -m],
    ],
  ];
  for (const [edge, beyond] of edges) {
    const inside = unproject(edge);
    const outside = unproject(beyond);
    if (overlayTile(inside, zoom) === overlayTile(outside, zoom)) return outside;
  }
  return undefined;
}
