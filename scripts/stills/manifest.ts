import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StepStills, Story } from '../../src/lib/story/types.ts';
import type { Drawn } from './drawn.ts';
import { STILL_KINDS, stillFile, type StillKind } from './kinds.ts';

/** `manifest.json` in a story's stills folder: what drew each step's pictures, and their sizes. */
export interface StillsManifest {
  $comment?: string;
  /** The story, as `npm run stills` was given it. */
  story: string;
  /** The browser and MapLibre that drew the pictures. */
  renderer: { chromium: string; maplibre: string };
  steps: Record<string, { drawn: Drawn; bytes: Record<StillKind, number> }>;
}

/** The manifest's name in a stills folder. */
export const MANIFEST = 'manifest.json';

/** Reads a stills folder's manifest; undefined when there is none or it does not parse. */
export function readManifest(folder: string): StillsManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')) as StillsManifest;
  } catch {
    return undefined;
  }
}

/** A step whose pictures are older than what they show. */
export interface StaleStep {
  id: string;
  /** The line of its heading in the story. */
  line: number;
  /** What changed since: `its map` (places, camera, arrows), `the basemap`, `the map's code`. */
  changed: string[];
}

/** The state of a story's pictures. */
export interface StillsCheck {
  stale: StaleStep[];
  /** Steps with no picture at all (new steps, or files not in the folder). */
  missing: string[];
}

const CHANGES: Record<keyof Drawn, string> = {
  map: 'its map',
  basemap: 'the basemap',
  style: "the map's code or fonts",
};

/**
 * Compares each step's pictures with what would draw them now. `exists` says whether a file of
 * the stills folder is there.
 */
export function checkStills(
  story: Story,
  manifest: StillsManifest | undefined,
  drawn: ReadonlyMap<string, Drawn>,
  exists: (file: string) => boolean,
): StillsCheck {
  const check: StillsCheck = { stale: [], missing: [] };
  for (const step of story.steps) {
    const entry = manifest?.steps[step.id];
    const kinds = Object.keys(STILL_KINDS) as StillKind[];
    if (!entry || !kinds.every((kind) => exists(stillFile(step.id, kind)))) {
      check.missing.push(step.id);
      continue;
    }
    const now = drawn.get(step.id)!;
    const changed = (Object.keys(CHANGES) as (keyof Drawn)[])
      .filter((part) => entry.drawn[part] !== now[part])
      .map((part) => CHANGES[part]);
    if (changed.length > 0) check.stale.push({ id: step.id, line: step.line, changed });
  }
  return check;
}

/**
 * The build's warning, one line each: which pictures are stale or missing and what to run. Empty
 * when every picture is current.
 */
export function stillsWarning(check: StillsCheck, storyFile: string, folder: string): string[] {
  if (check.stale.length === 0 && check.missing.length === 0) return [];
  const lines: string[] = [];
  if (check.stale.length > 0) {
    lines.push(
      `${check.stale.length} step picture(s) in ${folder}/ are older than what they show:`,
      ...check.stale.map(
        (step) =>
          `  ${storyFile}:${step.line}: '${step.id}' (changed since: ${step.changed.join(', ')})`,
      ),
    );
  }
  if (check.missing.length > 0) {
    lines.push(`No picture yet in ${folder}/ for: ${check.missing.join(', ')}.`);
  }
  lines.push(
    `Readers without WebGL and link previews show these pictures: run \`npm run stills -- ${storyFile}\` to remake them (it needs Chromium), then commit ${folder}/.`,
  );
  return lines;
}

/** The pictures a step has in the folder, as the page finds them under `stills/`. */
export function stepStills(folder: string, stepId: string): StepStills | undefined {
  const kinds = Object.keys(STILL_KINDS) as StillKind[];
  if (!kinds.every((kind) => existsSync(join(folder, stillFile(stepId, kind))))) return undefined;
  const picture = (kind: StillKind) => ({
    src: `stills/${stillFile(stepId, kind)}`,
    width: STILL_KINDS[kind].width,
    height: STILL_KINDS[kind].height,
  });
  return { wide: picture('wide'), narrow: picture('narrow'), preview: picture('preview') };
}
