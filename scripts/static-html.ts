import type { PageMessages } from '../src/lib/i18n/messages.ts';
import { Words } from '../src/lib/i18n/words.ts';
import type { Basemap, Story } from '../src/lib/story/types.ts';

/** Text made safe for HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The id of the element that carries the page's words (see `wordsBlock`). */
export const WORDS_ID = 'page-words';

/**
 * The page's own words as a JSON data block, which the page reads as it starts
 * (`src/lib/i18n/pageWords.ts`). They are data, like the story's text, and travel in the page,
 * not in its script; a data block is never run, so the page's CSP has nothing to allow.
 */
export function wordsBlock(messages: Partial<PageMessages> = {}): string {
  // `<` escaped, so no text of a message can close the element.
  const json = JSON.stringify(messages).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${WORDS_ID}">${json}</script>`;
}

/**
 * The whole story as plain HTML for readers without JavaScript, placed in a `<noscript>`.
 * Step prose is the sanitised HTML the parser made; everything else is escaped here.
 */
export function noscriptStory(story: Story, messages: Partial<PageMessages> = {}): string {
  const words = new Words(messages, story.language, story.dir);
  const label = new Map(story.sources.map((source) => [source.id, source.label]));
  // The step's picture (`npm run stills`), where there is one; `./` so a step's page can move it.
  const stillFigure = ({ stills, mapText }: Story['steps'][number]) =>
    stills
      ? `<figure><img src="./${escapeHtml(stills.wide.src)}" width="${stills.wide.width}" ` +
        `height="${stills.wide.height}" alt="${escapeHtml(mapText)}" loading="lazy" /></figure>`
      : '';
  const steps = story.steps
    .map(
      (step) =>
        `<section id="${escapeHtml(step.id)}"><h2>${escapeHtml(step.title)}</h2>` +
        `<p><time datetime="${escapeHtml(step.date.split('/')[0]!)}">${escapeHtml(step.dateText)}</time>` +
        `${step.dateNote ? ` (${escapeHtml(step.dateNote)})` : ''}</p>${stillFigure(step)}${step.html}` +
        `<p>${escapeHtml(words.t('sources'))}: ` +
        `${escapeHtml(step.sources.map((id) => label.get(id) ?? id).join(words.t('listSeparator')))}</p></section>`,
    )
    .join('\n');
  const sources = story.sources
    .map(
      (source) =>
        `<li id="source-${escapeHtml(source.id)}">${escapeHtml(source.label)}: ${escapeHtml(source.headline)}. ` +
        `${escapeHtml(source.publisher)}, ${escapeHtml(source.dateText)}.</li>`,
    )
    .join('');
  return (
    `<noscript><main class="noscript-story"><h1>${escapeHtml(story.title)}</h1><p>${escapeHtml(story.dek)}</p>` +
    `<p>${escapeHtml(story.byline)}, ${escapeHtml(story.dateText)}</p>${story.introHtml}\n${steps}\n` +
    `<h2>${escapeHtml(words.t('sources'))}</h2><ol>${sources}</ol>` +
    `<p>${escapeHtml(words.t('needsScript'))}</p></main></noscript>`
  );
}

/**
 * The page's Content-Security-Policy: nothing but the page's own origin, unless the story names
 * an online style, whose servers (style, tiles, fonts, sprites) cannot be known in advance.
 */
export function contentSecurityPolicy(basemap: Basemap): string {
  const remote = basemap.kind === 'url' ? ' https:' : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${remote}`,
    "font-src 'self'",
    `connect-src 'self' data: blob:${remote}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
