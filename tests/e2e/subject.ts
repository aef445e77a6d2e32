import type { Page } from '@playwright/test';

/**
 * What a step is about, as the map really draws it: with every basemap layer hidden, the map
 * shows the sea's colour and the story's own layers (outlines, arrows, heads, labels, dots), so
 * every pixel of another colour is part of the step's subject. Needs a page opened with `?hooks`.
 */
export async function hideBasemap(page: Page): Promise<void> {
  await setBasemap(page, 'none');
}

/** Shows the basemap hidden by `hideBasemap` again. */
export async function showBasemap(page: Page): Promise<void> {
  await setBasemap(page, 'visible');
}

async function setBasemap(page: Page, visibility: 'none' | 'visible'): Promise<void> {
  await page.waitForFunction(() => 'mapStory' in window);
  await page.evaluate(
    (visibility) =>
      new Promise<void>((done) => {
        type Layer = { id: string; type: string };
        const map = (
          window as unknown as {
            mapStory: {
              map: {
                getStyle(): { layers: Layer[] };
                setLayoutProperty(id: string, name: string, value: string): void;
                once(event: string, run: () => void): void;
                triggerRepaint(): void;
              };
            };
          }
        ).mapStory.map;
        for (const layer of map.getStyle().layers) {
          if (layer.type !== 'background' && !layer.id.startsWith('story-')) {
            map.setLayoutProperty(layer.id, 'visibility', visibility);
          }
        }
        map.once('idle', () => done());
        map.triggerRepaint();
      }),
    visibility,
  );
}

/** How much of the step's subject the reader sees, as the page is now. */
export interface SubjectView {
  /** Pixels of the subject on the map (counted on every other row and column). */
  pixels: number;
  /** Share of them that text or controls cover. */
  coveredShare: number;
  /** Subject pixels on the map's edge, or beyond the window: the subject is cut. */
  cut: number;
}

/**
 * Measures the subject of the active step, once the basemap is hidden and the map idle: reads the
 * map's next frame from WebGL as it is drawn, takes every pixel not of the sea's colour as the
 * subject's, and asks the page what covers each such pixel: anything the browser finds there
 * other than the map (text, timeline, buttons), or the key, scale, locator and credits, which
 * take no input.
 */
export async function viewSubject(page: Page): Promise<SubjectView> {
  return page.evaluate(
    () =>
      new Promise<SubjectView>((done) => {
        const map = (
          window as unknown as {
            mapStory: {
              map: {
                getCanvas(): HTMLCanvasElement;
                once(event: string, run: () => void): void;
                triggerRepaint(): void;
              };
            };
          }
        ).mapStory.map;
        const canvas = map.getCanvas();
        map.once('render', () => {
          const gl = canvas.getContext('webgl2')!;
          const { drawingBufferWidth: width, drawingBufferHeight: height } = gl;
          const data = new Uint8Array(width * height * 4);
          gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, data);
          const box = canvas.getBoundingClientRect();
          const scale = width / box.width;
          const story = document.querySelector('.story-map')!;
          const overlays = [
            ...document.querySelectorAll('.map-aside .legend, .locator, .maplibregl-ctrl'),
          ]
            .map((element) => element.getBoundingClientRect())
            .filter((b) => b.width > 0 && b.height > 0);
          // Asked once per cell of 4 by 4 pixels: what covers the map varies far more slowly.
          const cells = new Map<number, boolean>();
          const covers = (x: number, y: number) => {
            const key = Math.floor(y / 4) * 100_000 + Math.floor(x / 4);
            let over = cells.get(key);
            if (over === undefined) {
              over =
                overlays.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom) ||
                !story.contains(document.elementFromPoint(x, y));
              cells.set(key, over);
            }
            return over;
          };
          const sea = [0xd8, 0xe1, 0xe6];
          let pixels = 0;
          let covered = 0;
          let cut = 0;
          for (let row = 0; row < height; row += 2) {
            for (let column = 0; column < width; column += 2) {
              const i = (row * width + column) * 4;
              const delta =
                Math.abs(data[i]! - sea[0]!) +
                Math.abs(data[i + 1]! - sea[1]!) +
                Math.abs(data[i + 2]! - sea[2]!);
              if (delta <= 30) continue;
              pixels++;
              // WebGL's rows run from the bottom.
              const x = box.left + column / scale;
              const y = box.top + (height - 1 - row) / scale;
              const edge = row < 2 || column < 2 || row >= height - 2 || column >= width - 2;
              if (edge || x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) {
                cut++;
              } else if (covers(x, y)) {
                covered++;
              }
            }
          }
          done({ pixels, coveredShare: pixels === 0 ? 0 : covered / pixels, cut });
        });
        map.triggerRepaint();
      }),
  );
}
