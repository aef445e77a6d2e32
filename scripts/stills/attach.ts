import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Story } from '../../src/lib/story/types.ts';
import { drawnSteps, sharedDrawing } from './drawn.ts';
import { STILL_KINDS, stillFile, stillsFolder, type StillKind } from './kinds.ts';
import { checkStills, readManifest, stepStills, stillsWarning } from './manifest.ts';

/** A story's committed pictures, as the build uses them. */
export interface StoryStills {
  /** The stills folder, absolute. */
  folder: string;
  /** The files to copy into the build's `stills/`, by name. */
  files: string[];
  /** The build's warning about stale or missing pictures, line by line (empty if none). */
  warning: string[];
}

/**
 * Finds a story's pictures (`story/stills/<story-name>/`), gives each step that has them its
 * `stills`, and checks each against what would draw it now. `storyFile` is relative to `root`;
 * `places` are the shapes the story's places are drawn with.
 */
export function attachStills(
  root: string,
  storyFile: string,
  story: Story,
  places: FeatureCollection | undefined,
): StoryStills {
  const relativeFolder = stillsFolder(storyFile);
  const folder = resolve(root, relativeFolder);
  const files: string[] = [];
  for (const step of story.steps) {
    step.stills = stepStills(folder, step.id);
    if (!step.stills) continue;
    files.push(
      ...(Object.keys(STILL_KINDS) as StillKind[]).map((kind) => stillFile(step.id, kind)),
    );
  }
  const check = checkStills(
    story,
    readManifest(folder),
    drawnSteps(story, places, sharedDrawing(root)),
    (file) => existsSync(join(folder, file)),
  );
  return { folder, files, warning: stillsWarning(check, storyFile, relativeFolder) };
}
