import { Words } from '../src/lib/i18n/words.ts';
import type { Basemap, Story } from '../src/lib/story/types.ts';

/** Text made safe for HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The whole story as plain HTML for readers without JavaScript, placed in a `<noscript>`.
 * Step prose is the sanitised HTML the parser made; everything else is escaped here.
 */
export function noscriptStory(story: Story): string {
  const words = new Words(story.messages, story.language, story.dir);
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
