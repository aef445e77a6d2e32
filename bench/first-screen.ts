/**
 * The first screen's file list, recorded from the story's cold loads and kept in
 * bench/first-screen.json, so that `npm test` can count the first screen without a browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArchiveParts, parseRange } from './archive-parts.ts';
import { stableName } from './bytes.ts';
import { FIRST_SCREEN_FILE, readFirstScreen, type FirstScreenRecord } from './budgets.ts';

/** The recorded list, whether it differs from the committed one, and files not seen every run. */
export interface RecordedFirstScreen {
  files: string[];
  /** The parts of files read by range requests (the basemap archive), by file. */
  ranges: Record<string, string[]>;
  changed: boolean;
  /** Files some runs fetched before the first idle and others did not. */
  sometimes: string[];
}

function sitePath(url: string, site: string): string {
  const path = decodeURIComponent(new URL(url).pathname.slice(new URL(site).pathname.length));
  return stableName(path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

/** The parts each range request of one run read, named (see archive-parts.ts), by file. */
function rangeParts(requests: readonly string[], site: string, dir: string): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  const archives = new Map<string, ArchiveParts>();
  for (const request of requests) {
    const [url = '', range] = request.split('#');
    if (!range || !url.startsWith(site)) continue;
    const path = sitePath(url, site);
    if (!archives.has(path)) archives.set(path, new ArchiveParts(readFileSync(join(dir, path))));
    const bounds = parseRange(range);
    const name = bounds && archives.get(path)!.nameOf(bounds[0], bounds[1] - bounds[0] + 1);
    byFile.set(path, [...(byFile.get(path) ?? []), name ?? range]);
  }
  return byFile;
}

/** Each part as often as the run that read it most often did, sorted. */
function mostOf(runs: readonly Map<string, string[]>[]): Record<string, string[]> {
  const files = [...new Set(runs.flatMap((run) => [...run.keys()]))].sort();
  return Object.fromEntries(
    files.map((file) => {
      const most = new Map<string, number>();
      for (const run of runs) {
        const counts = new Map<string, number>();
        for (const name of run.get(file) ?? []) counts.set(name, (counts.get(name) ?? 0) + 1);
        for (const [name, n] of counts) most.set(name, Math.max(most.get(name) ?? 0, n));
      }
      const names = [...most].flatMap(([name, n]) => Array<string>(n).fill(name));
      return [file, names.sort()];
    }),
  );
}

/**
 * The union of what each run requested from `site` (built in `dir`) before the first idle, as
 * stable names, and the parts of files read by range requests. With `recordedWith`,
 * bench/first-screen.json is rewritten when either changed.
 */
export function recordFirstScreen(
  runs: readonly (readonly string[])[],
  site: string,
  dir: string,
  recordedWith?: string,
): RecordedFirstScreen {
  const whole = (requests: readonly string[]) =>
    requests
      .filter((url) => url.startsWith(site) && !url.includes('#'))
      .map((url) => sitePath(url, site));
  const perRun = runs.map((requests) => new Set(whole(requests)));
  const files = [...new Set(perRun.flatMap((paths) => [...paths]))].sort();
  const sometimes = files.filter((file) => perRun.some((paths) => !paths.has(file)));
  const ranges = mostOf(runs.map((requests) => rangeParts(requests, site, dir)));
  if (!recordedWith) return { files, ranges, changed: false, sometimes };
  const committed = readFirstScreen();
  const changed =
    JSON.stringify([committed?.files, committed?.ranges]) !== JSON.stringify([files, ranges]);
  if (changed) {
    const record: FirstScreenRecord = {
      $comment:
        'Written by `npm run bench`: what the story fetched before its map first reached idle, cold, at 1280×800 in scroll mode (hashes as [hash]); `ranges` names the parts of the basemap archive its range requests read (see bench/archive-parts.ts). `npm test` sums these files and parts with index.html’s closure and MapLibre’s worker.',
      recordedWith,
      files,
      ranges,
    };
    writeFileSync(FIRST_SCREEN_FILE, `${JSON.stringify(record, null, 2)}\n`);
  }
  return { files, ranges, changed, sometimes };
}
