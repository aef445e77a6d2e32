import { readFileSync } from 'node:fs';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { previewTags, stepPage, stepPreview, storyPreview } from '../../scripts/link-preview.ts';
import { drawnSteps, type Drawn } from '../../scripts/stills/drawn.ts';
import { stillsFolder } from '../../scripts/stills/kinds.ts';
import { checkStills, stillsWarning, type StillsManifest } from '../../scripts/stills/manifest.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import { leaveStepPage } from '../../src/lib/state/stepPage.ts';
import { gazetteerFrom } from '../../src/lib/story/gazetteer.ts';
import { parseStory } from '../../src/lib/story/parse.ts';
import type { Story } from '../../src/lib/story/types.ts';

const FILE = 'tests/fixtures/stories/good.md';
const PLACES: FeatureCollection = JSON.parse(readFileSync('tests/fixtures/places.geojson', 'utf8'));
const SHARED = { basemap: 'basemap-1', style: 'style-1' };

function parse(text: string) {
  return parseStory(text, FILE, gazetteerFrom(PLACES));
}
const goodText = readFileSync(FILE, 'utf8');
const good = (): Story => parse(goodText).story!;

/** A manifest as `npm run stills` would write it for `story` drawn from `places`. */
function manifestFor(story: Story, places = PLACES): StillsManifest {
  const drawn = drawnSteps(story, places, SHARED);
  const bytes = { wide: 1, narrow: 1, preview: 1 };
  return {
    story: FILE,
    renderer: { chromium: 'test', maplibre: 'test' },
    steps: Object.fromEntries(
      story.steps.map((step) => [step.id, { drawn: drawn.get(step.id)!, bytes }]),
    ),
  };
}

const everyFile = () => true;

describe('the staleness check', () => {
  it('finds nothing stale in pictures drawn from the story as it is', () => {
    const story = good();
    const check = checkStills(
      story,
      manifestFor(story),
      drawnSteps(story, PLACES, SHARED),
      everyFile,
    );
    expect(check).toEqual({ stale: [], missing: [] });
    expect(stillsWarning(check, FILE, 'tests/fixtures/stories/stills/good')).toEqual([]);
  });

  it("names the step whose map changed, with its heading's line, and the command to run", () => {
    const before = good();
    const after = parse(goodText.replace('max-zoom: 7', 'max-zoom: 5')).story!;
    const check = checkStills(
      after,
      manifestFor(before),
      drawnSteps(after, PLACES, SHARED),
      everyFile,
    );
    expect(check.stale).toEqual([{ id: 'harbour-strike', line: 25, changed: ['its map'] }]);
    expect(check.missing).toEqual([]);
    const warning = stillsWarning(check, FILE, stillsFolder(FILE));
    expect(warning[0]).toBe(
      '1 step picture(s) in tests/fixtures/stories/stills/good/ are older than what they show:',
    );
    expect(warning[1]).toBe(`  ${FILE}:25: 'harbour-strike' (changed since: its map)`);
    expect(warning.at(-1)).toContain(`run \`npm run stills -- ${FILE}\``);
  });

  it('finds the steps that show a place whose shape changed, and only those', () => {
    const story = good();
    const moved = structuredClone(PLACES);
    // Only the first step names the province (framed and highlighted); the second shows the town.
    const province = moved.features.find((feature) => feature.id === 'east-province')!;
    (province.geometry as Polygon).coordinates[0]![0]![0]! += 0.5;
    const now = drawnSteps(story, moved, SHARED);
    const check = checkStills(story, manifestFor(story), now, everyFile);
    expect(check.stale).toEqual([{ id: 'harbour-strike', line: 25, changed: ['its map'] }]);
  });

  it('finds every step stale when the basemap or the drawing code changed', () => {
    const story = good();
    const now = drawnSteps(story, PLACES, { basemap: 'basemap-2', style: 'style-2' });
    const check = checkStills(story, manifestFor(story), now, everyFile);
    expect(check.stale.map((step) => step.changed)).toEqual(
      story.steps.map(() => ['the basemap', "the map's code or fonts"]),
    );
  });

  it('lists steps with no picture: a new step, a lost file, no manifest at all', () => {
    const story = good();
    const drawn: Map<string, Drawn> = drawnSteps(story, PLACES, SHARED);
    const lost = checkStills(
      story,
      manifestFor(story),
      drawn,
      (file) => file !== 'envoy-narrow.webp',
    );
    expect(lost).toEqual({ stale: [], missing: ['envoy'] });
    const none = checkStills(story, undefined, drawn, everyFile);
    expect(none.missing).toEqual(['harbour-strike', 'envoy']);
    expect(stillsWarning(none, FILE, 'x').join('\n')).toContain(
      'No picture yet in x/ for: harbour-strike, envoy.',
    );
  });
});

describe('link previews', () => {
  const story = good();
  const withPictures = (url?: string): Story => ({
    ...story,
    url,
    steps: story.steps.map((step) => ({
      ...step,
      stills: {
        wide: { src: `stills/${step.id}.webp`, width: 1200, height: 630 },
        narrow: { src: `stills/${step.id}-narrow.webp`, width: 800, height: 1000 },
        preview: { src: `stills/${step.id}.png`, width: 1200, height: 630 },
      },
    })),
  });

  it("give the story's page its title, dek and first step's picture, absolute under url:", () => {
    const tags = previewTags(storyPreview(withPictures('https://example.org/story/')));
    expect(tags).toContain('<meta property="og:title" content="A test story" />');
    expect(tags).toContain('<meta property="og:description" content="Two places, two steps." />');
    expect(tags).toContain(
      '<meta property="og:image" content="https://example.org/story/stills/harbour-strike.png" />',
    );
    expect(tags).toContain('<meta property="og:image:width" content="1200" />');
    expect(tags).toContain('<link rel="canonical" href="https://example.org/story/" />');
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
  });

  it("give a step's page its own title and picture, one folder down, and no canonical without url:", () => {
    const pictured = withPictures();
    const envoy = pictured.steps[1]!;
    const tags = previewTags(stepPreview(pictured, envoy));
    expect(tags).toContain(`<meta property="og:title" content="${envoy.title}" />`);
    expect(tags).toContain('<meta property="og:image" content="../stills/envoy.png" />');
    expect(tags.some((tag) => tag.includes('canonical'))).toBe(false);
    const page = stepPage(
      '<html lang="en"><head><title>A test story</title>\n    <meta name="description" content="x" />\n<script src="./assets/a.js"></script></head></html>',
      pictured,
      envoy,
    );
    expect(page).toContain('<html data-step-page="envoy" lang="en">');
    expect(page).toContain('src="../assets/a.js"');
    expect(page).not.toContain('content="x"');
    expect(page.match(/<title>/g)).toHaveLength(1);
  });

  it('go without a picture when a step has none, rather than name a missing file', () => {
    const tags = previewTags(storyPreview(story));
    expect(tags.some((tag) => tag.includes('og:image'))).toBe(false);
    expect(tags).toContain('<meta name="twitter:card" content="summary" />');
  });

  it("open the story at the step: a step's page becomes the story's address with #step", () => {
    const calls: string[] = [];
    const page = {
      location: {
        href: 'https://example.org/story/envoy/?mode=present',
        hash: '',
        search: '?mode=present',
      },
      history: {
        state: null,
        replaceState: (_: unknown, __: string, url?: string) => calls.push(url!),
      },
    };
    leaveStepPage('envoy', page);
    expect(calls).toEqual(['https://example.org/story/?mode=present#envoy']);
    leaveStepPage(undefined, page);
    expect(calls).toHaveLength(1);
  });
});

describe('the front matter and step ids for link previews', () => {
  it('reads url: as a folder address', () => {
    const story = parse(
      goodText.replace('language: en', 'language: en\nurl: https://example.org/s'),
    ).story!;
    expect(story.url).toBe('https://example.org/s/');
  });

  it('refuses a url: that is not a web address, and a step id that is a folder of the build', () => {
    const text = goodText
      .replace('language: en', 'language: en\nurl: example.org/s?x=1')
      .replace('id: harbour-strike', 'id: assets');
    expect(parse(text).problems.map(formatProblem)).toEqual([
      `${FILE}:7:6: url must be the address the story is published at, like https://example.org/my-story/ (no query or #), not 'example.org/s?x=1'.`,
      `${FILE}:29:5: The step id 'assets' is the name of one of the build's folders (assets, geo, glyphs, stills), and each step gets a page at /assets/; choose another.`,
    ]);
  });
});
