import type { RootContent } from 'mdast';
import { parseMarkdown, plainText, toSafeHtml, unsafeProse } from './markdown.ts';

/**
 * The most words a slide text may hold. At the deck's type size (2.6 % of the screen's height,
 * see Slides.svelte) a slide's text panel takes about this many words, with the title, a
 * three-line date note and the sources, on the smallest screen a deck is checked on (1024×768).
 */
export const SLIDE_WORD_LIMIT = 55;

/** A `slide:` text as written, and where its text starts in the story. */
export interface SlideSource {
  text: string;
  line: number;
  column: number;
  /** Written as a block (`slide: |`): each of its lines keeps its place in the file. */
  block: boolean;
  /** Where `slide:` itself was written, for problems about the text as a whole. */
  keyLine: number;
  keyColumn: number;
}

/** A problem with a slide text, located in the story. */
export interface SlideProblem {
  line: number;
  column: number;
  message: string;
}

/** The number of words in Markdown nodes, as a reader counts them. */
export function wordCount(nodes: readonly RootContent[]): number {
  return nodes
    .map((node) => plainText(node))
    .join(' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * The slide's HTML: the step's `slide:` text when it has one, else the first paragraph of its
 * prose, checked as prose is (nothing executable), for length and, in a slide text, for headings
 * (the step's title is the slide's heading). Problems are located in the story file.
 */
export function readSlide(
  source: SlideSource | undefined,
  prose: readonly RootContent[],
  title: string,
): { html: string; problems: SlideProblem[] } {
  const problems: SlideProblem[] = [];
  if (!source) {
    const first = prose.find((node) => node.type === 'paragraph');
    if (!first) return { html: '', problems };
    const words = wordCount([first]);
    if (words > SLIDE_WORD_LIMIT) {
      const start = first.position?.start;
      problems.push({
        line: start?.line ?? 1,
        column: start?.column ?? 1,
        message: `The step '${title}' has no 'slide:' text, and its first paragraph, which slides show instead, has ${words} words: more than a slide holds (${SLIDE_WORD_LIMIT}). Add a shorter 'slide:' to its step block.`,
      });
    }
    return { html: toSafeHtml([first]), problems };
  }
  // Every line of a block keeps its indent; a quoted or plain value is exact on its first line.
  const at = (line: number, column: number) => ({
    line: source.line + line - 1,
    column: source.block || line === 1 ? source.column + column - 1 : column,
  });
  const nodes = parseMarkdown(source.text).children;
  if (nodes.length === 0) {
    problems.push({
      line: source.keyLine,
      column: source.keyColumn,
      message:
        "The 'slide:' text is empty. Write a line or two for the slide, or remove 'slide:' to show the first paragraph.",
    });
    return { html: '', problems };
  }
  for (const unsafe of unsafeProse(nodes)) {
    problems.push({ ...at(unsafe.line, unsafe.column), message: unsafe.message });
  }
  for (const node of nodes) {
    if (node.type !== 'heading') continue;
    const start = node.position?.start;
    problems.push({
      ...at(start?.line ?? 1, start?.column ?? 1),
      message:
        "A slide text cannot hold a heading: the step's title is the slide's heading. Write a line or a bullet instead.",
    });
  }
  const words = wordCount(nodes);
  if (words > SLIDE_WORD_LIMIT) {
    problems.push({
      line: source.keyLine,
      column: source.keyColumn,
      message: `The 'slide:' text has ${words} words, more than a slide holds (${SLIDE_WORD_LIMIT}). Cut it: the full prose stays in the reading mode and the speaker view.`,
    });
  }
  return { html: toSafeHtml(nodes), problems };
}
