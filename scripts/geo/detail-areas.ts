/**
 * Where the basemap archive gets its close-up band: around what the stories in `story/` frame
 * closely. Every step that frames places less than 15° across, and may zoom in past the world's
 * tiles, adds its framed area widened by 1° on each side.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BBox } from 'geojson';
import { WORLD_MAXZOOM } from '../../src/lib/map/archive.ts';
import { DEFAULT_MAX_ZOOM } from '../../src/lib/map/applyMapState.ts';
import { loadStory, type BuiltInPlaces } from '../load-story.ts';

const MAX_SPAN = 15;
const MARGIN = 1;

/** The detail areas for every story in `storyDir`, rounded to 0.1°, in story and step order. */
export function detailAreas(storyDir: string, builtIn: BuiltInPlaces): BBox[] {
  const stories = readdirSync(storyDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const areas: BBox[] = [];
  const seen = new Set<string>();
  const round = (value: number) => Math.round(value * 10) / 10;
  for (const name of stories) {
    const { story } = loadStory(join(storyDir, name), builtIn);
    for (const step of story?.steps ?? []) {
      const camera = step.camera;
      if (camera.kind !== 'frame' || (camera.maxZoom ?? DEFAULT_MAX_ZOOM) <= WORLD_MAXZOOM)
        continue;
      const [w, s, e, n] = camera.bounds;
      if (e - w > MAX_SPAN || n - s > MAX_SPAN) continue;
      const area: BBox = [
        round(Math.max(-180, w - MARGIN)),
        round(Math.max(-85, s - MARGIN)),
        round(Math.min(180, e + MARGIN)),
        round(Math.min(85, n + MARGIN)),
      ];
      if (!seen.has(area.join())) areas.push(area);
      seen.add(area.join());
    }
  }
  return areas;
}
