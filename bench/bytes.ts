/**
 * Byte accounting of a built site, shared by `npm run bench` and the budget check in `npm test`.
 * Every figure comes from the files on disk: raw size and gzip at level 9 (node:zlib), so the
 * same build always gives the same numbers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ArchiveParts } from './archive-parts.ts';

/** What a file is, for the tables: MapLibre's code and ours are told apart by chunk name. */
export type Category =
  'jsMaplibre' | 'jsOwn' | 'css' | 'data' | 'basemap' | 'fonts' | 'html' | 'other';

/** The categories in table order, with their labels. */
export const CATEGORIES: Record<Category, string> = {
  jsMaplibre: 'JS: MapLibre (with its pmtiles reader and right-to-left text plugin)',
  jsOwn: 'JS: our own',
  css: 'CSS',
  data: 'data (GeoJSON, JSON)',
  basemap: 'basemap (PMTiles)',
  fonts: 'fonts (glyph ranges)',
  html: 'HTML',
  other: 'other (icon, licence, step pictures)',
};

/** Raw and gzip sizes in bytes. */
export interface Size {
  raw: number;
  gzip: number;
}

/** One built file. */
export interface BuiltFile extends Size {
  /** Path under the site's root, with `/`. */
  path: string;
  category: Category;
}

/** Sizes per category, and their sum. */
export type Breakdown = Record<Category | 'total', Size>;

/** MapLibre's chunks: the `maplibre` chunk (see vite.config.ts), its worker and its right-to-left text plugin. */
const MAPLIBRE_JS = /^(assets\/maplibre(-gl-worker)?-[\w-]{8}\.js)$/;
/** MapLibre's stylesheet lands in the chunk's CSS; it is CSS like any other. */
const HASHED = /-[\w-]{8}(\.[a-z]+)$/;

/** The category of a built file, from its path. */
export function categoryOf(path: string): Category {
  if (path.endsWith('.js')) return MAPLIBRE_JS.test(path) ? 'jsMaplibre' : 'jsOwn';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.geojson') || path.endsWith('.json')) return 'data';
  if (path.endsWith('.pmtiles')) return 'basemap';
  if (path.endsWith('.pbf')) return 'fonts';
  if (path.endsWith('.html')) return 'html';
  return 'other';
}

/** A built file's name with Vite's content hash replaced by `[hash]`, stable across builds. */
export function stableName(path: string): string {
  return path.startsWith('assets/') ? path.replace(HASHED, '-[hash]$1') : path;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Every file of a built site with its sizes, sorted by path. */
export function builtFiles(root: string): BuiltFile[] {
  return walk(root)
    .map((file) => {
      const path = relative(root, file).split(sep).join('/');
      const content = readFileSync(file);
      const raw = statSync(file).size;
      const gzip = gzipSync(content, { level: 9 }).length;
      return { path, category: categoryOf(path), raw, gzip };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Sizes summed per category. */
export function breakdown(files: readonly BuiltFile[]): Breakdown {
  const zero = (): Size => ({ raw: 0, gzip: 0 });
  const sums = { total: zero() } as Breakdown;
  for (const category of Object.keys(CATEGORIES) as Category[]) sums[category] = zero();
  for (const file of files) {
    for (const key of [file.category, 'total'] as const) {
      sums[key].raw += file.raw;
      sums[key].gzip += file.gzip;
    }
  }
  return sums;
}

/** Relative module URLs a chunk imports statically (`import … from"./x.js"`, `import"./x.js"`). */
function staticImports(code: string): string[] {
  const found = code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g);
  return [...found].map((match) => match[1]!);
}

/**
 * What a page's HTML makes the browser fetch before any script runs: the HTML itself, its
 * module scripts and everything they import statically, its stylesheets, preloads and icon.
 * Paths are relative to the site's root; the HTML must sit at the root (as Vite writes it).
 */
export function htmlClosure(root: string, html = 'index.html'): string[] {
  const text = readFileSync(join(root, html), 'utf8');
  const seen = new Set<string>([html]);
  const queue: string[] = [];
  const tags = text.matchAll(/<(script|link)\b[^>]*>/g);
  for (const [tag] of tags) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^[a-z]+:/i.test(url) || url.startsWith('//')) continue;
    const isScript = tag.startsWith('<script');
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    if (!isScript && !/\b(stylesheet|modulepreload|icon)\b/.test(rel)) continue;
    const path = new URL(url, 'http://site/').pathname.slice(1);
    const decoded = decodeURIComponent(path);
    if (!seen.has(decoded)) queue.push(decoded);
    seen.add(decoded);
  }
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (!path.endsWith('.js')) continue;
    for (const url of staticImports(readFileSync(join(root, path), 'utf8'))) {
      const next = decodeURIComponent(new URL(url, `http://site/${path}`).pathname.slice(1));
      if (!seen.has(next)) queue.push(next);
      seen.add(next);
    }
  }
  return [...seen].sort();
}

/** MapLibre's worker: fetched by every map page as soon as the map is made. */
export function workerFiles(files: readonly BuiltFile[]): string[] {
  return files.map((file) => file.path).filter((path) => /maplibre-gl-worker-/.test(path));
}

/** The outcome of resolving a list of stable names against a build. */
export interface Resolved {
  /** Paths in the build. */
  paths: string[];
  /** Stable names that no built file has. */
  missing: string[];
}

/** Finds the built files behind stable names (`assets/index-[hash].js` and plain paths). */
export function resolveStable(files: readonly BuiltFile[], names: readonly string[]): Resolved {
  const byStable = new Map<string, string[]>();
  for (const file of files) {
    const key = stableName(file.path);
    byStable.set(key, [...(byStable.get(key) ?? []), file.path]);
  }
  const paths: string[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const found = byStable.get(name);
    if (found) paths.push(...found);
    else missing.push(name);
  }
  return { paths, missing };
}

/**
 * The first screen: what the page fetches until the map's first `idle` at 1280×800 in
 * scroll mode. Derived from the build (the HTML's closure and MapLibre's worker) plus the
 * data and glyph files the bench saw the page fetch (`recorded`, stable names), which cannot
 * be known without laying out the labels.
 */
export function firstScreen(
  root: string,
  files: readonly BuiltFile[],
  recorded: readonly string[],
  ranges: Readonly<Record<string, readonly string[]>> = {},
): { files: BuiltFile[]; missing: string[] } {
  const { paths, missing } = resolveStable(files, recorded);
  const wanted = new Set([...htmlClosure(root), ...workerFiles(files), ...paths]);
  const parts = rangedParts(root, ranges, missing);
  return { files: [...files.filter((file) => wanted.has(file.path)), ...parts], missing };
}

/**
 * The parts of files the page read by range requests, each counted as its bytes on the wire:
 * a range is sent as it is stored (the archive's tiles are gzipped already), so raw and gzip are
 * the same. A part the build's archive no longer has is reported as missing.
 */
function rangedParts(
  root: string,
  ranges: Readonly<Record<string, readonly string[]>>,
  missing: string[],
): BuiltFile[] {
  return Object.entries(ranges).flatMap(([path, names]) => {
    let parts: ArchiveParts;
    try {
      parts = new ArchiveParts(readFileSync(join(root, path)));
    } catch {
      missing.push(path);
      return [];
    }
    return names.flatMap((name): BuiltFile[] => {
      const size = parts.sizeOf(name);
      if (size === undefined) {
        missing.push(`${path} (${name})`);
        return [];
      }
      return [{ path: `${path} (${name})`, category: categoryOf(path), raw: size, gzip: size }];
    });
  });
}

/** Gzip size of a string, at level 9. */
export function gzipSize(text: string): Size {
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}
