import { isSeq, type Node } from 'yaml';
import type { Problem } from '../problem.ts';
import { parseDate, parseDay } from './dates.ts';
import { readLabels, type LabelsField } from './labels.ts';
import { catalogueWarning, readMessageOverrides, type MessageOverrides } from './messageFields.ts';
import type { Basemap, Source } from './types.ts';
import { YamlBlock, type Field } from './yamlFields.ts';

/** Where the front matter sits in a script, by line (1-based, fences included). */
export interface FrontMatterSpan {
  source: string;
  firstLine: number;
  lastLine: number;
}

/** The story-level values the front matter gives. */
export interface FrontMatter {
  title: string;
  dek: string;
  byline: string;
  date: string;
  language: string;
  basemap: Basemap;
  sources: SourceFields[];
  /** Where the story is published, ending in `/`: the base of its link previews' addresses. */
  url: string | undefined;
  /** The story's own places file, as written (relative to the story), if it names one. */
  places: PlacesFileRef | undefined;
  /** The languages of the map's labels, if `labels:` is given. */
  labels: LabelsField | undefined;
  /** The story's own wording of the page's messages (`messages:`). */
  messages: MessageOverrides;
}

/** The `places:` of the front matter: a file name, and a way to report a problem at it. */
export interface PlacesFileRef {
  name: string;
  report(message: string): void;
}

/** A source as written; its readable date is added once the story's language is known. */
export type SourceFields = Omit<Source, 'dateText'>;

const STORY_KEYS = [
  'title',
  'dek',
  'byline',
  'date',
  'language',
  'basemap',
  'url',
  'places',
  'labels',
  'sources',
  'messages',
] as const;
const SOURCE_KEYS = [
  'id',
  'label',
  'publisher',
  'headline',
  'author',
  'date',
  'url',
  'file',
  'note',
] as const;

/** Lowercase letters, digits and single hyphens: ids that are safe in URLs and selectors. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_PATTERN = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** Finds the `---` fenced YAML at the top of a script, or says why there is none. */
export function findFrontMatter(lines: readonly string[]): FrontMatterSpan | string {
  if (lines[0]?.trim() !== '---') {
    return "A story starts with front matter: a line '---', then title, dek, byline, date, language and sources, then another '---'.";
  }
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) return "The front matter opened here is never closed; add a line '---' after it.";
  return { source: lines.slice(1, end).join('\n'), firstLine: 2, lastLine: end + 1 };
}

/** Reads the front matter's values, reporting every problem in it (and warnings apart). */
export function readFrontMatter(
  span: FrontMatterSpan,
  file: string,
  problems: Problem[],
  warnings: Problem[] = [],
): FrontMatter | undefined {
  const yaml = new YamlBlock(span.source, file, span.firstLine, problems);
  if (!yaml.root) {
    if (problems.length === 0)
      yaml.report(null, 'The front matter is empty; see docs/story-format.md.');
    return undefined;
  }
  const fields = yaml.fields(yaml.root, STORY_KEYS, 'the front matter');
  if (!fields) return undefined;
  yaml.require(
    fields,
    yaml.root,
    ['title', 'dek', 'byline', 'date', 'language', 'sources'],
    'The front matter',
  );
  const date = yaml.text(fields.get('date'));
  if (date) {
    const checked = parseDay(date);
    if (!checked.ok) yaml.report(fields.get('date')!.value, checked.message);
  }
  const language = yaml.text(fields.get('language'));
  if (language && !LANGUAGE_PATTERN.test(language)) {
    yaml.report(
      fields.get('language')!.value,
      `'${language}' is not a language tag; write one like en, ur or fa-IR.`,
    );
  }
  const fallback = language && catalogueWarning(yaml, fields.get('language'), language);
  if (fallback) warnings.push(fallback);
  return {
    title: yaml.text(fields.get('title')) ?? '',
    dek: yaml.text(fields.get('dek')) ?? '',
    byline: yaml.text(fields.get('byline')) ?? '',
    date: date ?? '',
    language: language ?? 'en',
    basemap: readBasemap(yaml, fields.get('basemap')?.value ?? null),
    sources: readSources(yaml, fields.get('sources')),
    url: readStoryUrl(yaml, fields.get('url')),
    places: readPlacesFile(yaml, fields.get('places')),
    labels: readLabels(yaml, fields.get('labels')),
    messages: readMessageOverrides(yaml, fields.get('messages')),
  };
}

function readPlacesFile(yaml: YamlBlock, field: Field | undefined): PlacesFileRef | undefined {
  const name = yaml.text(field);
  if (!name || !field) return undefined;
  const node = field.value;
  if (!/^[\w.-]+(\/[\w.-]+)*\.geojson$/.test(name) || name.split('/').includes('..')) {
    yaml.report(
      node,
      `places must name a .geojson file beside the story or in a folder below it, e.g. places: red-sea.places.geojson, not '${name}'.`,
    );
    return undefined;
  }
  return { name, report: (message) => yaml.report(node, message) };
}

/**
 * The story's published address, as a folder (`https://example.org/story/`): link previews need
 * absolute addresses for their pictures, and each step's page lies under it.
 */
function readStoryUrl(yaml: YamlBlock, field: Field | undefined): string | undefined {
  const text = yaml.text(field);
  if (!text || !field) return undefined;
  const folder = text.replace(/index\.html$/, '');
  if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(folder)) {
    yaml.report(
      field.value,
      `url must be the address the story is published at, like https://example.org/my-story/ (no query or #), not '${text}'.`,
    );
    return undefined;
  }
  return folder.endsWith('/') ? folder : `${folder}/`;
}

function readSources(yaml: YamlBlock, field: Field | undefined): SourceFields[] {
  const sources: SourceFields[] = [];
  const seen = new Map<string, number>();
  for (const node of yaml.items(field)) {
    const source = readSource(yaml, node);
    if (!source) continue;
    const first = seen.get(source.id);
    if (first !== undefined && source.id) {
      yaml.report(
        node,
        `The source id '${source.id}' is already used on line ${first}; give each source its own id.`,
      );
      continue;
    }
    seen.set(source.id, yaml.lineOf(node));
    sources.push(source);
  }
  if (isSeq(field?.value) && field.value.items.length === 0) {
    yaml.report(field.value, 'List at least one source the story rests on.');
  }
  return sources;
}

function readBasemap(yaml: YamlBlock, node: Node | null): Basemap {
  if (!node) return { kind: 'default' };
  const text = yaml.text({ key: 'basemap', keyNode: node, value: node });
  if (!text || text === 'default') return { kind: 'default' };
  if (/^https:\/\/[^\s/]+\//.test(text)) return { kind: 'url', url: text };
  yaml.report(
    node,
    `basemap must be 'default' or the https:// address of a MapLibre style, not '${text}'.`,
  );
  return { kind: 'default' };
}

function readSource(yaml: YamlBlock, node: Node): SourceFields | undefined {
  const fields = yaml.fields(node, SOURCE_KEYS, 'a source');
  if (!fields) return undefined;
  yaml.require(fields, node, ['id', 'publisher', 'headline', 'date'], 'Each source');
  const id = yaml.text(fields.get('id'));
  if (id && !ID_PATTERN.test(id)) {
    yaml.report(
      fields.get('id')!.value,
      `The source id '${id}' may use only lowercase letters, digits and hyphens.`,
    );
  }
  const date = yaml.text(fields.get('date'));
  if (date) {
    const checked = parseDate(date);
    if (!checked.ok) yaml.report(fields.get('date')!.value, checked.message);
  }
  const url = yaml.text(fields.get('url'));
  if (url && !/^https?:\/\/\S+$/.test(url)) {
    yaml.report(fields.get('url')!.value, `The url '${url}' must start with https:// or http://.`);
  }
  const file = yaml.text(fields.get('file'));
  if (!fields.has('url') && !fields.has('file')) {
    yaml.report(
      node,
      `The source '${id ?? '?'}' needs a 'url' or, for an archived copy, a 'file'.`,
    );
  }
  const publisher = yaml.text(fields.get('publisher')) ?? '';
  return {
    id: id ?? '',
    label: yaml.text(fields.get('label')) ?? publisher,
    publisher,
    headline: yaml.text(fields.get('headline')) ?? '',
    author: yaml.text(fields.get('author')),
    date: date ?? '',
    url,
    file,
    note: yaml.text(fields.get('note')),
  };
}
