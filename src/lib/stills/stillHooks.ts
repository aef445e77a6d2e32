import type { FeatureCollection } from 'geojson';
import type { Story } from '../story/types.ts';
import { makeStills } from './makeStills.ts';

/** One size of picture `npm run stills` asks for, and the encodings it wants of it. */
export interface StillRequest {
  /** The picture's pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel of the map that draws it. */
  pixelRatio: number;
  /** e.g. `[{ type: 'image/webp', quality: 0.82 }, { type: 'image/png' }]`. */
  encodings: { type: string; quality?: number }[];
  /** The ids of the steps to draw (all of them when absent). */
  steps?: string[];
}

/** A step's picture in each encoding asked for, as `data:` URLs (in the order asked). */
export interface StillData {
  stepId: string;
  data: string[];
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the picture could not be read'));
    reader.readAsDataURL(blob);
  });
}

/** Encodes a lossless picture again, in another type. */
async function encode(png: Blob, type: string, quality: number | undefined): Promise<Blob> {
  if (type === 'image/png') return png;
  const bitmap = await createImageBitmap(png);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  bitmap.close();
  return canvas.convertToBlob({ type, quality });
}

/**
 * Pictures of every step at one size, drawn by `makeStills` (the same map, style and framing as
 * the page's) and encoded as asked: what `npm run stills` writes into the story's folder.
 */
export async function stillsAsData(story: Story, request: StillRequest): Promise<StillData[]> {
  const response = await fetch(new URL('geo/places.geojson', document.baseURI));
  if (!response.ok) throw new Error(`geo/places.geojson: ${response.status}`);
  const places = (await response.json()) as FeatureCollection;
  const made: StillData[] = [];
  const { width, height, pixelRatio } = request;
  const size = { width: width / pixelRatio, height: height / pixelRatio, pixelRatio };
  const wanted = request.steps;
  const steps = wanted ? story.steps.filter((step) => wanted.includes(step.id)) : story.steps;
  for await (const still of makeStills(story, places, size, steps)) {
    const blobs = await Promise.all(
      request.encodings.map(({ type, quality }) => encode(still.blob, type, quality)),
    );
    made.push({ stepId: still.stepId, data: await Promise.all(blobs.map(dataUrl)) });
  }
  return made;
}

/** Puts `stillsAsData` on `window.mapStory.stills`, beside what `?hooks` already put there. */
export function exposeStills(story: Story): void {
  const host = window as unknown as { mapStory?: Record<string, unknown> };
  host.mapStory = {
    ...host.mapStory,
    stills: (request: StillRequest) => stillsAsData(story, request),
  };
}
