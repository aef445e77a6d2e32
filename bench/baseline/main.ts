/**
 * The baseline: bare MapLibre with the story's basemap (same style, archive and glyphs, read
 * through the same `pmtiles` protocol), moved through the story's cameras with plain `flyTo`,
 * and nothing else. It keeps the story's page
 * contract (`data-mode`, `data-active-step`, `data-map-state` on `<html>`) so the bench
 * measures both pages the same way.
 *
 * `?steps=id@lon,lat,zoom,bearing,pitch;…` gives the cameras (the story's settled views);
 * `?mode=kiosk&dwell=<s>` flies to each in turn after `dwell` seconds at the last, looping;
 * `&labels=en,local&language=en-GB` draw the basemap's labels as the story's front matter asks.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { Protocol } from 'pmtiles';
import { ARCHIVE_PATH } from '../../src/lib/map/archive.ts';
import { basemapStyle } from '../../src/lib/map/basemapStyle.ts';

interface Stop {
  id: string;
  camera: { center: [number, number]; zoom: number; bearing: number; pitch: number };
}

function readStops(text: string): Stop[] {
  return text.split(';').map((entry) => {
    const [id = '', view = ''] = entry.split('@');
    const [lon = 0, lat = 0, zoom = 0, bearing = 0, pitch = 0] = view.split(',').map(Number);
    return { id, camera: { center: [lon, lat], zoom, bearing, pitch } };
  });
}

function absolute(path: string): string {
  return new URL(path, document.baseURI).href;
}

const params = new URLSearchParams(window.location.search);
const stops = readStops(params.get('steps') ?? 'start@60,30,4,0,0');
const kiosk = params.get('mode') === 'kiosk';
const dwell = Number(params.get('dwell') ?? 1) * 1000;
const root = document.documentElement;
let index = 0;

maplibregl.setWorkerUrl(workerUrl);
maplibregl.addProtocol('pmtiles', new Protocol().tile);
root.dataset['mode'] = kiosk ? 'kiosk' : 'scroll';
root.dataset['activeStep'] = stops[0]!.id;
const map = new maplibregl.Map({
  container: 'map',
  // The story's labels (`labels=en,local`) and language, all in the style from the start.
  style: basemapStyle({
    archive: absolute(ARCHIVE_PATH),
    glyphs: `${absolute('glyphs/')}{fontstack}/{range}.pbf`,
    labels: params.get('labels')?.split(',').filter(Boolean) ?? [],
    language: params.get('language') ?? 'en',
  }),
  ...stops[0]!.camera,
  interactive: false,
  maxPitch: 85,
});

function next() {
  index = (index + 1) % stops.length;
  root.dataset['activeStep'] = stops[index]!.id;
  root.dataset['mapState'] = 'moving';
  // The story's flights have the same options; its repaint makes a step with an unchanged
  // camera end in `idle` too.
  map.flyTo({ ...stops[index]!.camera, essential: true, maxDuration: 4500 });
  map.triggerRepaint();
}

map.on('idle', () => {
  if (root.dataset['mapState'] === 'idle') return;
  root.dataset['mapState'] = 'idle';
  if (kiosk) window.setTimeout(next, dwell);
});
