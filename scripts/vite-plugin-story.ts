import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger, Plugin } from 'vite';
import { formatProblem, formatWarning } from '../src/lib/problem.ts';
import type { Story } from '../src/lib/story/types.ts';
import { ARCHIVE_PATH } from '../src/lib/map/archive.ts';
import { archiveCharacters } from './archive-metadata.ts';
import { basemapStyle } from '../src/lib/map/basemapStyle.ts';
import { PRIMER_TEXT, storyLayers } from '../src/lib/map/storyLayers.ts';
import { glyphSets } from './glyph-sets.ts';
import { subsetGlyphs } from './glyph-subset.ts';
import { shapeArabic } from './rtl-shaping.ts';
import { formatCollection } from './geo/io.ts';
import { previewHead, stepPage, storyPreview } from './link-preview.ts';
import {
  GLYPHS_DIR,
  loadStory,
  PLACES_FILE,
  readBuiltInPlaces,
  WORLD_PLACES_FILE,
  type LoadedStory,
} from './load-story.ts';
import { contentSecurityPolicy, escapeHtml, noscriptStory, wordsBlock } from './static-html.ts';
import { attachStills, type StoryStills } from './stills/attach.ts';

/** The module id the app imports its story from. */
const VIRTUAL_ID = 'virtual:story';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The shapes of the story's places, which the page fetches as it starts (served and built). */
const STORY_PLACES = 'geo/places.geojson';

/** GeoJSON the page fetches as it is, served from `geo/` and copied into the build. */
const GEO_FILES = ['world-land.geojson'];

/**
 * The characters each font stack must draw: the basemap's labels (as its archive lists them,
 * layer by layer) and the story's place names and arrow labels, each in the case the style
 * shows it.
 */
export function glyphsToKeep(root: string, story: Story | undefined): Map<string, Set<number>> {
  const archive = archiveCharacters(readFileSync(resolve(root, ARCHIVE_PATH)));
  // Arabic script is drawn from its letters' shaped forms: the text and its shaped form both.
  const shaped = (text: string) => [text, shapeArabic(text)];
  const places = Object.values(story?.places ?? {}).flatMap((place) =>
    place.local ? [...shaped(place.name), ...shaped(place.local.name)] : shaped(place.name),
  );
  const arrows =
    story?.steps.flatMap((step) => step.annotations.flatMap((arrow) => shaped(arrow.label))) ?? [];
  const style = basemapStyle({
    archive: '',
    glyphs: '',
    layers: storyLayers(),
    labels: story?.labels ?? [],
    language: story?.language,
  });
  return glyphSets(style.layers, { archive, story: [...places, ...arrows, PRIMER_TEXT] });
}

/** Options of the story plugin. */
export interface StoryPluginOptions {
  /** The story script, relative to the project root. */
  story: string;
}

/**
 * Parses the story script at build time into `virtual:story` (typed data with sanitised HTML).
 * A production build fails on any problem in the script; the dev server hands the problems to
 * the page, which lists them over the story. The build also writes `story.json`, the shapes of
 * the story's places, the basemap archive, the glyphs its labels need, the steps' pictures
 * (`npm run stills`) and a page per step for link previews.
 */
export function storyPlugin(options: StoryPluginOptions): Plugin {
  let root = process.cwd();
  let building = false;
  let logger: Logger | undefined;
  let parsed: LoadedStory | undefined;
  let stills: StoryStills | undefined;
  const builtInFiles = () => [PLACES_FILE, WORLD_PLACES_FILE].map((file) => resolve(root, file));
  const current = () => {
    if (parsed) return parsed;
    parsed = loadStory(
      resolve(root, options.story),
      readBuiltInPlaces(builtInFiles()),
      resolve(root, GLYPHS_DIR),
    );
    // The steps' pictures (npm run stills), checked against what would draw them now.
    stills = parsed.story && attachStills(root, options.story, parsed.story, parsed.shapes);
    for (const line of stills?.warning ?? []) logger?.warn(line);
    return parsed;
  };
  // The story, its own places file and the built-in places: a change to any reloads the page.
  const watched = () =>
    [resolve(root, options.story), current().ownPlacesFile, ...builtInFiles()].filter(
      (file) => file !== undefined,
    );
  // The shapes of the places this story names, and no others: the page never loads the world's.
  const shapes = () => formatCollection(current().shapes?.features ?? []);
  return {
    name: 'map-story',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
      logger = config.logger;
    },
    buildStart() {
      const { problems, warnings } = current();
      for (const warning of warnings) logger?.warn(formatWarning(warning));
      if (!building || problems.length === 0) return;
      // Plain lines a writer can act on, rather than a bundler's stack trace.
      for (const problem of problems) logger?.error(formatProblem(problem));
      logger?.error(`The story has ${problems.length} problems; fix them and build again.`);
      process.exit(1);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of watched()) this.addWatchFile(file);
      const { story, problems } = current();
      const json = JSON.stringify(story ?? null);
      return `export const story = ${json};\nexport const problems = ${JSON.stringify(problems)};\n`;
    },
    handleHotUpdate({ file, server }) {
      if (!watched().includes(file)) return undefined;
      parsed = undefined;
      const module = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
    configureServer(server) {
      server.watcher.add(watched());
      server.middlewares.use((request, response, next) => {
        const glyphs = /^\/glyphs\/([^/]+)\/(\d+-\d+\.pbf)$/.exec(request.url ?? '');
        if (glyphs) {
          const stack = decodeURIComponent(glyphs[1]!);
          if (!readdirSync(resolve(root, GLYPHS_DIR)).includes(stack)) return next();
          response.setHeader('Content-Type', 'application/x-protobuf');
          response.end(readFileSync(resolve(root, GLYPHS_DIR, stack, glyphs[2]!)));
          return;
        }
        const still = /^\/stills\/([\w-]+\.(webp|png))$/.exec(request.url ?? '')?.[1];
        if (still && current() && stills?.files.includes(still)) {
          response.setHeader('Content-Type', still.endsWith('.png') ? 'image/png' : 'image/webp');
          response.end(readFileSync(join(stills.folder, still)));
          return;
        }
        const name = /^\/geo\/([a-z-]+\.geojson)$/.exec(request.url ?? '')?.[1];
        if (request.url === `/${STORY_PLACES}`) {
          response.setHeader('Content-Type', 'application/geo+json');
          response.end(shapes());
          return;
        }
        if (!name || !GEO_FILES.includes(name)) return next();
        response.setHeader('Content-Type', 'application/geo+json');
        response.end(readFileSync(resolve(root, 'geo', name)));
      });
    },
    transformIndexHtml(html) {
      const { story, messages } = current();
      if (!story) return html;
      const csp = building
        ? `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(story.basemap)}" />\n    `
        : '';
      // The story's language is in the page from its first byte: screen readers need it before
      // any script runs, and setting it from the script would restyle the whole page once more.
      return html
        .replace(
          /<html lang="[^"]*"/,
          `<html lang="${escapeHtml(story.language)}" dir="${story.dir}"`,
        )
        .replace(/<title>[^<]*<\/title>/, `${csp}${previewHead(storyPreview(story))}`)
        .replace(
          '<div id="app"></div>',
          `<div id="app"></div>\n    ${wordsBlock(messages)}\n    ${noscriptStory(story, messages)}`,
        );
    },
    generateBundle() {
      const json = JSON.stringify(current().story ?? null);
      this.emitFile({ type: 'asset', fileName: 'story.json', source: `${json}\n` });
      // Only the glyphs each font's labels use: a few dozen of each range's hundreds.
      const keep = glyphsToKeep(root, current().story);
      const glyphs = resolve(root, GLYPHS_DIR);
      for (const stack of readdirSync(glyphs, { withFileTypes: true }).filter((e) =>
        e.isDirectory(),
      )) {
        const chars = keep.get(stack.name) ?? new Set<number>();
        for (const range of readdirSync(join(glyphs, stack.name))) {
          const source = subsetGlyphs(readFileSync(join(glyphs, stack.name, range)), chars);
          this.emitFile({ type: 'asset', fileName: `glyphs/${stack.name}/${range}`, source });
        }
      }
      this.emitFile({
        type: 'asset',
        fileName: 'glyphs/OFL.txt',
        source: readFileSync(join(glyphs, 'OFL.txt')),
      });
      // The basemap, whole: the page reads only the tiles in view, by range requests.
      this.emitFile({
        type: 'asset',
        fileName: ARCHIVE_PATH,
        source: readFileSync(resolve(root, ARCHIVE_PATH)),
      });
      this.emitFile({ type: 'asset', fileName: STORY_PLACES, source: shapes() });
      for (const name of GEO_FILES) {
        this.emitFile({
          type: 'asset',
          fileName: `geo/${name}`,
          source: readFileSync(resolve(root, 'geo', name)),
        });
      }
      for (const name of stills?.files ?? []) {
        this.emitFile({
          type: 'asset',
          fileName: `stills/${name}`,
          source: readFileSync(join(stills!.folder, name)),
        });
      }
    },
    // Each step's own page, `<step-id>/index.html`, for links that preview that step. Made from
    // the finished index.html, once Vite has written its scripts and styles into it.
    writeBundle: {
      order: 'post',
      handler(output, bundle) {
        const index = bundle['index.html'];
        const story = current().story;
        if (!story || index?.type !== 'asset' || !output.dir) return;
        for (const step of story.steps) {
          mkdirSync(join(output.dir, step.id), { recursive: true });
          writeFileSync(
            join(output.dir, step.id, 'index.html'),
            stepPage(String(index.source), story, step),
          );
        }
      },
    },
  };
}
