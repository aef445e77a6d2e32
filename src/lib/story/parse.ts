import type { Code, Heading, RootContent } from 'mdast';
import type { Problem } from '../problem.ts';
import { sortProblems } from '../problem.ts';
import { findFrontMatter, readFrontMatter, type PlacesFileRef } from './frontMatter.ts';
import type { Gazetteer, PlaceInfo } from './gazetteer.ts';
import { pageMessages, storyWords } from '../i18n/catalogues.ts';
import type { PageMessages } from '../i18n/messages.ts';
import { Words } from '../i18n/words.ts';
import { formatDate } from './dates.ts';
import { checkLabelLanguages, shownLocal } from './labels.ts';
import { describeMapParts } from './mapText.ts';
import { namedIn } from './placeNames.ts';
import { parseMarkdown, plainText, toSafeHtml, unsafeProse } from './markdown.ts';
import { readSlide } from './slide.ts';
import { readStep } from './step.ts';
import type { LocalName, Step, Story } from './types.ts';
import { YamlBlock } from './yamlFields.ts';

/** A parsed story (when it could be read at all) and everything wrong with it. */
export interface ParseResult {
  story: Story | undefined;
  problems: Problem[];
  /** Where the front matter's `labels:` is, for warnings about the labels (see load-story). */
  labelsAt?: { line: number; column: number };
  /** What a build lets through but a writer should know (e.g. words falling back to English). */
  warnings: Problem[];
  /**
   * The page's own words in the story's language, with the story's overrides (`messages:`),
   * without those used only at build time; the build puts them in the page beside the story.
   */
  messages?: PageMessages;
}

/** A story's own places file, once read and checked (see `places:` in the front matter). */
export interface OwnPlaces {
  /** Its places, when it could be read; the story may name them besides the built-in ones. */
  places: Gazetteer | undefined;
  /** Problems in the file itself, located in it. */
  problems: Problem[];
  /** Why it could not be read at all, to be reported at `places:` in the story. */
  unreadable?: string;
}

/** A `##` section as found in the Markdown tree. */
interface Section {
  heading: Heading;
  block: Code | undefined;
  prose: RootContent[];
}

/** Reports a file that is not text at all, pointing at the first offending character. */
function notText(text: string, file: string): Problem | undefined {
  // NUL bytes and undecodable bytes are what mark a file as binary.
  // eslint-disable-next-line no-control-regex
  const at = text.search(/[\u0000\uFFFD]/);
  if (at < 0) return undefined;
  const before = text.slice(0, at).split('\n');
  return {
    file,
    line: before.length,
    column: before.at(-1)!.length + 1,
    message: 'This file is not text (it holds binary data); save the story as UTF-8 Markdown.',
  };
}

/**
 * Turns a story script into typed data with sanitised HTML, checking it against the places it
 * may name. Never throws on bad input: every problem is collected, in file order.
 */
export function parseStory(
  source: string,
  file: string,
  builtIn: Gazetteer,
  readPlaces?: (name: string) => OwnPlaces,
): ParseResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const at = (line: number, column: number, message: string) =>
    problems.push({ file, line, column, message });
  if (text.trim() === '') {
    at(1, 1, 'The file is empty. A story starts with front matter; see docs/story-format.md.');
    return { story: undefined, problems, warnings };
  }
  const binary = notText(text, file);
  if (binary) return { story: undefined, problems: [binary], warnings };

  const lines = text.split('\n');
  const span = findFrontMatter(lines);
  if (typeof span === 'string') {
    at(1, 1, span);
    return { story: undefined, problems, warnings };
  }
  const front = readFrontMatter(span, file, problems, warnings);
  const places = withOwnPlaces(builtIn, front?.places, readPlaces, problems);
  if (front?.labels) checkLabelLanguages(front.labels, places);
  const labels = front?.labels?.codes ?? [];
  // A local name the same as the name in the story's language is not said twice.
  const localOf = (place: PlaceInfo) => {
    const local = shownLocal(labels, place.local);
    return local?.name === place.name ? undefined : local;
  };
  // Blank out the front matter so Markdown positions stay those of the file.
  const body = lines.map((line, i) => (i < span.lastLine ? '' : line)).join('\n');
  const { intro, sections } = splitSections(parseMarkdown(body).children, at);

  const language = front?.language ?? 'en';
  const resolved = storyWords(language, front?.messages);
  const words = new Words(resolved.messages, language, resolved.dir);
  // What the map and its description call each place: its name in the story's language, if any.
  const named = namedIn(places, language);
  const context = { places, sourceIds: new Set(front?.sources.map((s) => s.id)), words };
  const steps: Step[] = [];
  const firstLineOf = new Map<string, number>();
  for (const section of sections) {
    const line = section.heading.position!.start.line;
    const title = plainText(section.heading).trim();
    if (!section.block) {
      at(
        line,
        1,
        `The step '${title}' has no \`\`\`step block right after its heading; add one with its id, date, camera and sources.`,
      );
      continue;
    }
    const blockLine = section.block.position!.start.line + 1;
    const yaml = new YamlBlock(section.block.value, file, blockLine, problems);
    if (!yaml.root) continue;
    const meta = readStep(yaml, context);
    if (!meta) continue;
    const first = firstLineOf.get(meta.id);
    if (first !== undefined) {
      at(
        blockLine,
        1,
        `The step id '${meta.id}' is already used by the step on line ${first}; step ids must be unique.`,
      );
    }
    firstLineOf.set(meta.id, line);
    for (const unsafe of unsafeProse(section.prose)) at(unsafe.line, unsafe.column, unsafe.message);
    if (section.prose.length === 0)
      at(line, 1, `The step '${title}' has no text; write what happened below its step block.`);
    const parts = meta.mapText
      ? undefined
      : describeMapParts(meta.camera, meta.highlight, meta.annotations, named, words, localOf);
    const mapText = meta.mapText ?? parts!.map((part) => part.text).join('');
    const { slide, ...rest } = meta;
    const slideText = readSlide(slide, section.prose, title);
    for (const problem of slideText.problems) at(problem.line, problem.column, problem.message);
    steps.push({
      ...rest,
      index: steps.length,
      title,
      dateText: readable(() => formatDate(meta.date, language), meta.date),
      mapText,
      ...(parts?.some((part) => part.lang) ? { mapTextParts: parts } : {}),
      html: toSafeHtml(section.prose),
      slideHtml: slideText.html,
      line,
    });
  }
  for (const unsafe of unsafeProse(intro)) at(unsafe.line, unsafe.column, unsafe.message);
  if (sections.length === 0) {
    at(
      span.lastLine + 1,
      1,
      "The story has no steps. Start each one with a '## Heading' followed by a ```step block.",
    );
  }
  if (!front) return { story: undefined, problems: sortProblems(problems), warnings };
  const story: Story = {
    ...front,
    labels,
    dir: resolved.dir,
    dateText: readable(() => formatDate(front.date, language), front.date),
    sources: front.sources.map((source) => ({
      ...source,
      dateText: readable(() => formatDate(source.date, language), source.date),
    })),
    introHtml: toSafeHtml(intro),
    steps,
    places: namedPlaces(steps, named, localOf),
    file,
  };
  const labelsAt = front.labels && { line: front.labels.line, column: front.labels.column };
  return {
    story,
    problems: sortProblems(problems),
    warnings,
    messages: pageMessages(resolved.messages),
    ...(labelsAt ? { labelsAt } : {}),
  };
}

/** The built-in places and those of the story's own file, which it reports problems in. */
function withOwnPlaces(
  builtIn: Gazetteer,
  ref: PlacesFileRef | undefined,
  readPlaces: ((name: string) => OwnPlaces) | undefined,
  problems: Problem[],
): Gazetteer {
  if (!ref) return builtIn;
  const own = readPlaces?.(ref.name) ?? {
    places: undefined,
    problems: [],
    unreadable: 'A places file is read only when a story is built or checked from its file.',
  };
  if (own.unreadable) ref.report(own.unreadable);
  problems.push(...own.problems);
  return own.places ? new Map([...builtIn, ...own.places]) : builtIn;
}

/**
 * Dates are written for readers here, at build time, so the page needs no date formatting of its
 * own. A date already reported as a problem is shown as written.
 */
function readable(format: () => string, written: string): string {
  try {
    return format();
  } catch {
    return written;
  }
}

/** The places the steps use, with their names and label points. */
function namedPlaces(
  steps: readonly Step[],
  places: Gazetteer,
  localOf: (place: PlaceInfo) => LocalName | undefined,
): Story['places'] {
  const ids = new Set<string>();
  for (const step of steps) {
    if (step.camera.kind === 'frame') step.camera.places.forEach((id) => ids.add(id));
    step.highlight.forEach((id) => ids.add(id));
    step.annotations.forEach((arrow) => ids.add(arrow.from).add(arrow.to));
  }
  const named: Story['places'] = {};
  for (const id of [...ids].sort()) {
    const place = places.get(id)!;
    const local = localOf(place);
    named[id] = {
      name: place.name,
      ...(local ? { local } : {}),
      kind: place.kind,
      anchor: place.anchor,
      bounds: place.bounds,
    };
  }
  return named;
}

/** Splits the document at its `##` headings; an `#` title before them is dropped. */
function splitSections(
  nodes: readonly RootContent[],
  at: (line: number, column: number, message: string) => void,
): { intro: RootContent[]; sections: Section[] } {
  const intro: RootContent[] = [];
  const sections: Section[] = [];
  for (const node of nodes) {
    const current = sections.at(-1);
    if (node.type === 'heading' && node.depth === 2) {
      sections.push({ heading: node, block: undefined, prose: [] });
    } else if (node.type === 'heading' && node.depth === 1) {
      if (current)
        at(
          node.position!.start.line,
          1,
          "A '#' heading inside the story; use '##' to start a step or '###' for a subheading.",
        );
    } else if (node.type === 'code' && node.lang === 'step') {
      if (!current)
        at(
          node.position!.start.line,
          1,
          "This step block has no '##' heading above it; each step starts with one.",
        );
      else if (current.block || current.prose.length > 0)
        at(
          node.position!.start.line,
          1,
          'A step block must come right after its heading, and only once per step.',
        );
      else current.block = node;
    } else if (current) {
      current.prose.push(node);
    } else {
      intro.push(node);
    }
  }
  return { intro, sections };
}
