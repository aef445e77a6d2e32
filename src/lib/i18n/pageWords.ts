import type { PageMessages } from './messages.ts';

/**
 * The page's own words, as the build put them in the page: a JSON data block
 * (`scripts/static-html.ts`, `wordsBlock`). Empty when there is none (a message then shows its
 * name), or when it cannot be read.
 */
export function readPageWords(document: Document): Partial<PageMessages> {
  try {
    const block = document.getElementById('page-words');
    return block?.textContent ? (JSON.parse(block.textContent) as Partial<PageMessages>) : {};
  } catch {
    return {};
  }
}
