import type { Step, StillPicture, Story } from '../src/lib/story/types.ts';
import { escapeHtml } from './static-html.ts';

/** What a link preview shows of a page: Open Graph and Twitter card values. */
export interface LinkPreview {
  /** The page's `<title>`. */
  documentTitle: string;
  title: string;
  description: string;
  /** The page's published address, when the story gives its `url:`. */
  url: string | undefined;
  image: (StillPicture & { url: string; alt: string }) | undefined;
  siteName: string | undefined;
}

/** Plain text of sanitised HTML, with its whitespace collapsed. */
function plainText(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
  return html
    .replace(/<\/(p|li)>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, code: string) =>
      String.fromCodePoint(parseInt(code, hex ? 16 : 10)),
    )
    .replace(/&(amp|lt|gt|quot|nbsp);/g, (_, name: string) => named[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters, cut at a word and marked with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(' ', max - 1)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Where a page at `depth` folders below the story's own finds a file of the build: under the
 * story's `url:` when it has one (link previews need absolute addresses), else relative to the
 * page, which crawlers that resolve relative addresses follow (see README, Link previews).
 */
function address(story: Story, path: string, depth: number): string {
  return story.url ? `${story.url}${path}` : `${depth === 0 ? './' : '../'.repeat(depth)}${path}`;
}

function picture(story: Story, step: Step | undefined, depth: number): LinkPreview['image'] {
  const preview = step?.stills?.preview;
  if (!step || !preview) return undefined;
  return { ...preview, url: address(story, preview.src, depth), alt: step.mapText };
}

/** The story's page: its title and dek, and the first step's picture. */
export function storyPreview(story: Story): LinkPreview {
  return {
    documentTitle: story.title,
    title: story.title,
    description: story.dek,
    url: story.url,
    image: picture(story, story.steps[0], 0),
    siteName: undefined,
  };
}

/** A step's own page (`<step-id>/`): its title, date and slide text, and its picture. */
export function stepPreview(story: Story, step: Step): LinkPreview {
  return {
    documentTitle: `${step.title} – ${story.title}`,
    title: step.title,
    description: clip(`${step.dateText}. ${plainText(step.slideHtml)}`, 300),
    url: story.url && `${story.url}${step.id}/`,
    image: picture(story, step, 1),
    siteName: story.title,
  };
}

/** The preview's `<meta>` and `<link>` tags, one per line. */
export function previewTags(preview: LinkPreview): string[] {
  const meta = (key: 'name' | 'property', name: string, value: string | number) =>
    `<meta ${key}="${name}" content="${escapeHtml(String(value))}" />`;
  const tags = [
    meta('name', 'description', preview.description),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', preview.title),
    meta('property', 'og:description', preview.description),
  ];
  if (preview.siteName) tags.push(meta('property', 'og:site_name', preview.siteName));
  if (preview.url) {
    tags.push(`<link rel="canonical" href="${escapeHtml(preview.url)}" />`);
    tags.push(meta('property', 'og:url', preview.url));
  }
  const image = preview.image;
  if (image) {
    tags.push(
      meta('property', 'og:image', image.url),
      meta('property', 'og:image:type', 'image/png'),
      meta('property', 'og:image:width', image.width),
      meta('property', 'og:image:height', image.height),
      meta('property', 'og:image:alt', image.alt),
    );
  }
  tags.push(
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', preview.title),
    meta('name', 'twitter:description', preview.description),
  );
  if (image) {
    tags.push(
      meta('name', 'twitter:image', image.url),
      meta('name', 'twitter:image:alt', image.alt),
    );
  }
  return tags;
}

/** The page's `<title>` and preview tags, for the page's head. */
export function previewHead(preview: LinkPreview, indent = '    '): string {
  return [`<title>${escapeHtml(preview.documentTitle)}</title>`, ...previewTags(preview)].join(
    `\n${indent}`,
  );
}

const PREVIEW_TAG =
  /[ \t]*<(meta (name="(description|twitter:[^"]*)"|property="og:[^"]*")|link rel="canonical")[^>]*>\n?/g;

/**
 * A step's own page, made from the story's built `index.html`: its own title and preview tags,
 * its files one folder up, and `data-step-page` telling the script to open the story at the step
 * (src/lib/state/stepPage.ts).
 */
export function stepPage(indexHtml: string, story: Story, step: Step): string {
  return indexHtml
    .replace(PREVIEW_TAG, '')
    .replace(/<title>[^<]*<\/title>/, previewHead(stepPreview(story, step)))
    .replace(/<html /, `<html data-step-page="${escapeHtml(step.id)}" `)
    .replace(/ (src|href)="\.\//g, ' $1="../');
}
