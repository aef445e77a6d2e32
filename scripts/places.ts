/**
 * `npm run places -- <words>`: lists the places a story can name whose id, name or country
 * holds every word, with their kind and country, so a writer can find the id to use. Areas
 * without an outline (known by a label point only) say so: they can be framed, not highlighted.
 */
import { slugOf } from '../src/lib/geo/place-ids.ts';
import type { PlaceInfo } from '../src/lib/story/gazetteer.ts';
import { findPlaces } from './find-places.ts';
import { readBuiltInPlaces } from './load-story.ts';

const LIMIT = 40;

function line(place: PlaceInfo, width: number): string {
  const note = place.outline ? '' : '  (no outline: frame only)';
  const name = slugOf(place.name) === place.id ? '' : `  "${place.name}"`;
  const where = place.kind === 'country' ? '' : `, ${place.country}`;
  return `${place.id.padEnd(width)}  ${place.kind}${where}${name}${note}`;
}

const words = process.argv.slice(2).filter((arg) => arg !== '--');
if (words.length === 0) {
  console.error('Name a place: npm run places -- <words>, e.g. npm run places -- punjab');
  process.exit(1);
}
const { gazetteer, problems } = readBuiltInPlaces();
for (const problem of problems) console.error(`${problem.file}: ${problem.message}`);
const found = findPlaces(gazetteer.values(), words);
if (found.length === 0) {
  console.log(
    `No built-in place matches "${words.join(' ')}". A story can add its own in a places file (see docs/story-format.md).`,
  );
  process.exit(1);
}
const shown = found.slice(0, LIMIT);
const width = Math.max(...shown.map((place) => place.id.length));
for (const place of shown) console.log(line(place, width));
if (found.length > LIMIT) {
  console.log(
    `… and ${found.length - LIMIT} more; add a word (a country, say) to narrow the list.`,
  );
}
