import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problem.ts';
import { gazetteerFrom } from '../../src/lib/story/gazetteer.ts';
import { parseStory } from '../../src/lib/story/parse.ts';
import type { Annotation } from '../../src/lib/story/types.ts';

const places = gazetteerFrom(JSON.parse(readFileSync('tests/fixtures/places.geojson', 'utf8')));

function parseFixture(name: string) {
  const file = `tests/fixtures/stories/${name}`;
  return parseStory(new TextDecoder().decode(readFileSync(file)), file, places);
}

function problemsOf(name: string): string[] {
  return parseFixture(name).problems.map(formatProblem);
}

describe('a good script', () => {
  const { story, problems } = parseFixture('good.md');

  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('reads the front matter into typed values', () => {
    expect(story?.title).toBe('A test story');
    expect(story?.basemap).toEqual({ kind: 'default' });
    expect(story?.sources.map((s) => [s.id, s.label, s.date, s.url ?? s.file])).toEqual([
      ['wire', 'Wire', '2024-01-19', 'https://example.org/wire'],
      ['archive', 'Not named in our copy', '2024-01', '001.txt'],
    ]);
    // Written for readers at build time, so the page formats no dates itself.
    expect(story?.dateText).toBe('January 29, 2024');
    expect(story?.sources.map((s) => s.dateText)).toEqual(['January 19, 2024', 'January 2024']);
    expect(story?.introHtml).toBe('<p>An introduction with <em>emphasis</em>.</p>');
  });

  it('reads each step, with its span, camera and defaults', () => {
    const [strike, envoy] = story!.steps;
    expect(strike).toMatchObject({
      id: 'harbour-strike',
      index: 0,
      title: 'A strike on Harbour Town',
      dateStart: '2024-01-16',
      dateEnd: '2024-01-17',
      dateText: 'January 16–17, 2024',
      highlight: ['east-province'],
      dwell: 9,
      sources: ['wire', 'archive'],
      line: 25,
    });
    expect(strike?.camera).toEqual({
      kind: 'frame',
      bounds: [63, 25, 65, 27],
      places: ['harbour-town', 'east-province'],
      maxZoom: 7,
      bearing: 0,
      pitch: 0,
    });
    expect(envoy).toMatchObject({
      id: 'envoy',
      dateStart: '2024-01-18',
      dwell: 12,
      sources: ['wire'],
    });
    expect(envoy?.camera).toEqual({
      kind: 'view',
      center: [62.5, 27.5],
      zoom: 5,
      bearing: 0,
      pitch: 0,
    });
  });

  it('draws a direction-only arrow from an area and a full arc from a point', () => {
    const [strike, envoy] = story!.steps.map((step) => step.annotations[0]!) as [
      Annotation,
      Annotation,
    ];
    expect(strike.directionOnly).toBe(true);
    expect(strike.path).toHaveLength(2);
    // The stub ends just short of the target and starts west of it, towards Westland.
    expect(strike.path[1]![0]).toBeCloseTo(64, 0);
    expect(strike.path[0]![0]).toBeLessThan(strike.path[1]![0]);
    expect(envoy.directionOnly).toBe(false);
    expect(envoy.path.length).toBeGreaterThan(10);
    expect(envoy.path.at(-1)![0]).toBeCloseTo(61, 0);
  });

  it('describes the map in words', () => {
    expect(story!.steps[0]!.mapText).toBe(
      'The map shows Harbour Town and East Province. Highlighted: East Province (province, Eastland). ' +
        'An arrow marks a strike by Westland on Harbour Town (January 16, 2024). ' +
        'It points from the direction of Westland only: the reports give no launch site.',
    );
  });

  it('renders a slide text, or else the first paragraph, for slides', () => {
    expect(story!.steps[0]!.slideHtml).toBe(
      '<ul>\n<li>Westland struck <em>Harbour Town</em>.</li>\n<li>16 or 17 January.</li>\n</ul>',
    );
    expect(story!.steps[1]!.slideHtml).toBe('<p>The envoy flew home.</p>');
  });

  it('sanitises prose and keeps links from sending a referrer', () => {
    expect(story!.steps[0]!.html).toBe(
      '<p>Westland struck <strong>Harbour Town</strong>, ' +
        '<a href="https://example.org/wire" rel="noopener noreferrer">the wire said</a>.</p>',
    );
  });
});

describe('broken scripts', () => {
  it('refuses an empty file', () => {
    expect(problemsOf('empty.md')).toEqual([
      'tests/fixtures/stories/empty.md:1:1: The file is empty. A story starts with front matter; see docs/story-format.md.',
    ]);
  });

  it('refuses a binary file', () => {
    expect(problemsOf('binary.md')).toEqual([
      'tests/fixtures/stories/binary.md:1:1: This file is not text (it holds binary data); save the story as UTF-8 Markdown.',
    ]);
  });

  it('asks for front matter', () => {
    expect(problemsOf('no-front-matter.md')).toEqual([
      "tests/fixtures/stories/no-front-matter.md:1:1: A story starts with front matter: a line '---', then title, dek, byline, date, language and sources, then another '---'.",
    ]);
    expect(problemsOf('unclosed-front-matter.md')).toEqual([
      "tests/fixtures/stories/unclosed-front-matter.md:1:1: The front matter opened here is never closed; add a line '---' after it.",
    ]);
  });

  it('points at broken YAML in a step block', () => {
    expect(problemsOf('bad-yaml.md')).toEqual([
      "tests/fixtures/stories/bad-yaml.md:21:1: This YAML cannot be read: a '[' opened above is never closed with ']'.",
    ]);
  });

  it('reports every problem at once, in file order', () => {
    const file = 'tests/fixtures/stories/many-problems.md';
    expect(problemsOf('many-problems.md')).toEqual(
      [
        "5:7: '2024-01-32' is not a date: January 2024 has 31 days.",
        "7:1: 'colour' is not a key of the front matter. Known keys: title, dek, byline, date, language, basemap, url, places, labels, sources, messages.",
        "12:11: '2024-13' is not a date: months run from 01 to 12.",
        "13:10: The url 'ftp://example.org/wire' must start with https:// or http://.",
        "14:5: The source id 'wire' is already used on line 9; give each source its own id.",
        "25:7: '2024-02-30' is not a date: February 2024 has 29 days.",
        "26:9: 'harbor-town' is not a place a story can name. Did you mean 'harbour-town' (city, Eastland)?",
        "27:1: 'highlite' is not a key of a step. Did you mean 'highlight'? Known keys: id, date, date-note, frame, max-zoom, camera, bearing, pitch, highlight, annotations, dwell, notes, sources, map-text, slide.",
        "28:17: The source 'ap' is not declared in the front matter's sources. Add it there first.",
        '31:11: Raw HTML is not allowed in a story and would be dropped; write it in Markdown.',
        '31:27: Raw HTML is not allowed in a story and would be dropped; write it in Markdown.',
        "31:41: The link 'javascript:alert(1)' is not allowed; links must start with https://, http://, mailto: or #.",
        "36:1: The step id 'strike' is already used by the step on line 21; step ids must be unique.",
        "37:7: The span '2024-01-18/2024-01-17' ends before it starts; write the earlier date first.",
        '38:26: The latitude 95 is out of range: it must lie between -90 and 90. Is it [longitude, latitude]?',
        "38:37: 'zoom' is 30, out of range: it must lie between 0 and 22.",
        "39:8: 'dwell' is 0, out of range: it must lie between 1 and 600.",
        '40:10: Cite at least one source for every step.',
        "42:11: The annotation kind 'bombing' is unknown; use 'strike' or 'movement'.",
        "44:9: 'nowhere' is not a place a story can name. Find ids with npm run places -- <words>, add it to the story's places file, or use an explicit camera.",
        "50:1: The step 'A step without a block' has no ```step block right after its heading; add one with its id, date, camera and sources.",
        "54:1: The step 'Empty step' has no text; write what happened below its step block.",
        "57:5: The step id 'Empty Step' may use only lowercase letters, digits and hyphens, as it becomes the link #Empty Step.",
      ].map((problem) => `${file}:${problem}`),
    );
  });

  it('refuses slide texts that are empty, unsafe, too long or not text, where they are written', () => {
    const file = 'tests/fixtures/stories/bad-slides.md';
    expect(problemsOf('bad-slides.md')).toEqual(
      [
        "21:1: The 'slide:' text is empty. Write a line or two for the slide, or remove 'slide:' to show the first paragraph.",
        '35:10: Raw HTML is not allowed in a story and would be dropped; write it in Markdown.',
        '35:16: Raw HTML is not allowed in a story and would be dropped; write it in Markdown.',
        "35:25: The link 'javascript:alert(1)' is not allowed; links must start with https://, http://, mailto: or #.",
        "36:3: A slide text cannot hold a heading: the step's title is the slide's heading. Write a line or a bullet instead.",
        "48:1: The 'slide:' text has 56 words, more than a slide holds (55). Cut it: the full prose stays in the reading mode and the speaker view.",
        "60:8: 'slide' must be a piece of text (Markdown); write it as a block: 'slide: |'.",
        "75:1: The step 'No slide, long first paragraph' has no 'slide:' text, and its first paragraph, which slides show instead, has 56 words: more than a slide holds (55). Add a shorter 'slide:' to its step block.",
      ].map((problem) => `${file}:${problem}`),
    );
  });

  it('never lets script tags or javascript links into the HTML', () => {
    const html = parseFixture('many-problems.md')
      .story!.steps.map((step) => step.html)
      .join('');
    expect(html).not.toMatch(/<script|javascript:|onerror/i);
  });
});
