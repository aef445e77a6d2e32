/**
 * `tsx bench/check-budgets.ts [dist]`: checks the byte budgets of bench/budgets.json against a
 * production build (run by `npm test` after `vite build`). Prints every figure; exits 1 with one
 * line per missed budget, or when the recorded first-screen list no longer matches the build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkBytes, kB, readBudgets, readFirstScreen, siteBytes, verdictLine } from './budgets.ts';
import { CATEGORIES, type Category } from './bytes.ts';
import { storyStyleSize } from './style.ts';

function fail(message: string): never {
  console.error(`check-budgets: ${message}`);
  process.exit(1);
}

const root = process.argv[2] ?? 'dist';
if (!existsSync(join(root, 'index.html')) || !existsSync(join(root, 'story.json'))) {
  fail(`no production build in ${root}/ (index.html, story.json): run \`vite build\` first.`);
}
const record = readFirstScreen();
if (!record) fail('bench/first-screen.json is missing: run `npm run bench` to record it.');

const bytes = siteBytes(root, record.files, storyStyleSize(), record.ranges);
if (bytes.missing.length > 0) {
  fail(
    `bench/first-screen.json lists files the build in ${root}/ does not have: ` +
      `${bytes.missing.join(', ')}. The page changed what it loads: run \`npm run bench\` to re-record.`,
  );
}

console.log(`Bytes of ${root}/ (gzip level 9; first screen / whole build):`);
for (const [category, label] of Object.entries(CATEGORIES)) {
  const first = bytes.firstScreen[category as Category].gzip;
  const total = bytes.total[category as Category].gzip;
  console.log(`  ${label.padEnd(24)} ${kB(first).padStart(10)} / ${kB(total).padStart(10)}`);
}
console.log(
  `  ${'total'.padEnd(24)} ${kB(bytes.firstScreen.total.gzip).padStart(10)} / ${kB(bytes.total.total.gzip).padStart(10)}`,
);
console.log(`  style built in code (in JS): ${kB(bytes.style.gzip)}`);

const verdicts = checkBytes(bytes, readBudgets());
console.log('Byte budgets (bench/budgets.json):');
for (const verdict of verdicts) console.log(`  ${verdictLine(verdict)}`);
const missed = verdicts.filter((verdict) => !verdict.pass);
if (missed.length > 0) {
  fail(
    `${missed.length} byte budget(s) missed: ` +
      missed.map((v) => `${v.label} is ${kB(v.value)}, over ${kB(v.limit)}`).join('; ') +
      '. Make the story lighter rather than loosening bench/budgets.json.',
  );
}
console.log('All byte budgets pass.');
