/**
 * The first screen's file list, recorded from the story's cold loads and kept in
 * bench/first-screen.json, so that `npm test` can count the first screen without a browser.
 */
import { writeFileSync } from 'node:fs';
import { stableName } from './bytes.ts';
import { FIRST_SCREEN_FILE, readFirstScreen, type FirstScreenRecord } from './budgets.ts';

/** The recorded list, whether it differs from the committed one, and files not seen every run. */
export interface RecordedFirstScreen {
  files: string[];
  changed: boolean;
  /** Files some runs fetched before the first idle and others did not. */
  sometimes: string[];
}

function sitePaths(requests: readonly string[], site: string): string[] {
  return requests
    .filter((url) => url.startsWith(site))
    .map((url) => {
      const path = decodeURIComponent(new URL(url).pathname.slice(new URL(site).pathname.length));
      return stableName(path === '' || path.endsWith('/') ? `${path}index.html` : path);
    });
}

/**
 * The union of what each run requested from `site` before the first idle, as stable names.
 * With `recordedWith`, bench/first-screen.json is rewritten when the list changed.
 */
export function recordFirstScreen(
  runs: readonly (readonly string[])[],
  site: string,
  recordedWith?: string,
): RecordedFirstScreen {
  const perRun = runs.map((requests) => new Set(sitePaths(requests, site)));
  const files = [...new Set(perRun.flatMap((paths) => [...paths]))].sort();
  const sometimes = files.filter((file) => perRun.some((paths) => !paths.has(file)));
  if (!recordedWith) return { files, changed: false, sometimes };
  const committed = readFirstScreen();
  const changed = JSON.stringify(committed?.files) !== JSON.stringify(files);
  if (changed) {
    const record: FirstScreenRecord = {
      $comment:
        'Written by `npm run bench`: what the story fetched before its map first reached idle, cold, at 1280×800 in scroll mode (hashes as [hash]). `npm test` sums these files with index.html’s closure and MapLibre’s worker.',
      recordedWith,
      files,
    };
    writeFileSync(FIRST_SCREEN_FILE, `${JSON.stringify(record, null, 2)}\n`);
  }
  return { files, changed, sometimes };
}
