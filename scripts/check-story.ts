import { readdirSync } from 'node:fs';
import { formatProblem, formatWarning } from '../src/lib/problem.ts';
import { loadStory, readBuiltInPlaces } from './load-story.ts';

/**
 * `npm run check:story -- [--places <file.geojson>] <file.md> …` checks story scripts (all of
 * story/*.md when none is named) against the places they may name (the built-in ones, or those
 * of `--places` instead, and each story's own places file), prints every problem as
 * `path:line:col: message` and exits 1 if there were any.
 */
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const placesAt = args.indexOf('--places');
const placesFile = placesAt >= 0 ? args.splice(placesAt, 2)[1] : undefined;
const builtIn = readBuiltInPlaces(placesFile ? [placesFile] : undefined);
const files =
  args.length > 0
    ? args
    : readdirSync('story')
        .filter((name) => name.endsWith('.md'))
        .map((name) => `story/${name}`);

let failed = false;
for (const file of files) {
  const { story, problems, warnings } = loadStory(file, builtIn);
  for (const problem of problems) console.error(formatProblem(problem));
  for (const warning of warnings) console.warn(formatWarning(warning));
  if (problems.length > 0) {
    failed = true;
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    console.error(`${file}: ${count}; the story will not build until they are fixed.`);
  } else {
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    console.log(
      `${file}: ok, ${count(story!.steps.length, 'step')}, ${count(story!.sources.length, 'source')}.`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
