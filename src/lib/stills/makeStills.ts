import type { FeatureCollection } from 'geojson';
import type * as maplibregl from 'maplibre-gl';
import { applyMapState } from '../map/applyMapState.ts';
import { ARCHIVE_PATH } from '../map/archive.ts';
import { basemapStyle } from '../map/basemapStyle.ts';
import { loadMapCode } from '../map/mapCode.ts';
import { mapStateFor, placeContent } from '../map/mapState.ts';
import { addStoryLayers, PLACES_ATTRIBUTION, storyLayers } from '../map/storyLayers.ts';
import type { Step, Story } from '../story/types.ts';

/** The size and kind of pictures to make. */
export interface StillOptions {
  /** CSS pixels of the picture; the map is framed in it as the live map frames its clear area. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel (defaults to 1). */
  pixelRatio?: number;
  /** `image/png` (the default), `image/webp` or `image/jpeg`. */
  type?: string;
  /** 0–1, for WebP and JPEG. */
  quality?: number;
  /** Gives up on a step whose map has not settled after this many ms (default 30 s). */
  timeout?: number;
}

/** One step's picture. */
export interface Still {
  index: number;
  stepId: string;
  blob: Blob;
}

/** A file of the built story, as an absolute URL (MapLibre's workers need one). */
function absolute(path: string): string {
  return new URL(path, document.baseURI).href;
}

function settle(map: maplibregl.Map, timeout: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      map.off('idle', done);
      reject(new Error(`the map did not settle on ${what} within ${timeout / 1000} s`));
    }, timeout);
    function done() {
      clearTimeout(timer);
      resolve();
    }
    map.once('idle', done);
  });
}

/**
 * Pictures of steps as the live map shows them at rest (the same style, framing, highlights,
 * labels and arrows), made one step at a time on one hidden MapLibre map that keeps its drawing
 * buffer, and removed when done. Yields each picture as soon as it is made; throws when there is
 * no WebGL or the map cannot load. For the printed handout, and for any later use of still
 * pictures (link previews, readers without WebGL).
 */
export async function* makeStills(
  story: Story,
  places: FeatureCollection | undefined,
  options: StillOptions,
  steps: readonly Step[] = story.steps,
): AsyncGenerator<Still> {
  const { Map, openArchive } = await loadMapCode();
  const content = placeContent(story, places);
  const archive = absolute(ARCHIVE_PATH);
  if (story.basemap.kind === 'default') await openArchive(archive);
  const timeout = options.timeout ?? 30_000;
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-200000px',
    top: '0',
    width: `${options.width}px`,
    height: `${options.height}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  let map: maplibregl.Map | undefined;
  try {
    map = new Map({
      container,
      style:
        story.basemap.kind === 'url'
          ? story.basemap.url
          : basemapStyle({
              archive,
              glyphs: `${absolute('glyphs/')}{fontstack}/{range}.pbf`,
              overlayAttribution: PLACES_ATTRIBUTION,
              layers: storyLayers(),
              labels: story.labels,
              language: story.language,
            }),
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      pixelRatio: options.pixelRatio ?? 1,
      maxPitch: 85,
      validateStyle: story.basemap.kind === 'url',
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    const current = map;
    // The arrowheads' images join before any tile is cut, as on the live map.
    current.once('style.load', () => addStoryLayers(current));
    await new Promise<void>((resolve, reject) => {
      current.once('load', () => resolve());
      current.once('error', (event) => reject(event.error ?? new Error('the map style failed')));
    });
    const inset = Math.round(Math.min(options.width, options.height) * 0.06);
    const padding = { top: inset, right: inset, bottom: inset, left: inset };
    for (const step of steps) {
      const settled = settle(current, timeout, `'${step.id}'`);
      applyMapState(current, mapStateFor(step, content), padding, false);
      await settled;
      const blob = await new Promise<Blob | null>((resolve) =>
        current.getCanvas().toBlob(resolve, options.type ?? 'image/png', options.quality),
      );
      if (!blob) throw new Error(`the picture of '${step.id}' could not be read from the map`);
      yield { index: step.index, stepId: step.id, blob };
    }
  } finally {
    map?.remove();
    container.remove();
  }
}
