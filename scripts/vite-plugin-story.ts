import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger, Plugin } from 'vite';
import { formatProblem } from '../src/lib/problem.ts';
import type { ParseResult } from '../src/lib/story/parse.ts';
import type { Story } from '../src/lib/story/types.ts';
import { codePointsOf, subsetGlyphs } from './glyph-subset.ts';
import { GLYPHS_DIR, loadStory, PLACES_FILE } from './load-story.ts';
import { previewHead, stepPage, storyPreview } from './link-preview.ts';
import { contentSecurityPolicy, escapeHtml, noscriptStory } from './static-html.ts';
import { attachStills, type StoryStills } from './stills/attach.ts';

/** The module id the app imports its story from. */
const VIRTUAL_ID = 'virtual:story';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** GeoJSON the page fetches at run time, served from `geo/` and copied into the build. */
const GEO_FILES = ['places.geojson', 'basemap.geojson', 'world-land.geojson'];

/** Every text the map may draw: the names in the GeoJSON and the story's arrow labels. */
function labelTexts(root: string, story: Story | undefined): string[] {
  const names = GEO_FILES.flatMap((name) => {
    const collection = JSON.parse(readFileSync(resolve(root, 'geo', name), 'utf8'));
    return (collection.features as { properties?: { name?: unknown } }[]).map((feature) =>
      String(feature.properties?.name ?? ''),
    );
  });
  const arrows = story?.steps.flatMap((step) => step.annotations.map((arrow) => arrow.label)) ?? [];
  return [...names, ...arrows];
}

/** Options of the story plugin. */
export interface StoryPluginOptions {
  /** The story script, relative to the project root. */
  story: string;
}

/**
 * Parses the story script at build time into `virtual:story` (typed data with sanitised HTML).
 * A production build fails on any problem in the script; the dev server hands the problems to
 * the page, which lists them over the story. The build also writes `story.json` and the GeoJSON.
 */
export function storyPlugin(options: StoryPluginOptions): Plugin {
  let root = process.cwd();
  let building = false;
  let logger: Logger | undefined;
  let parsed: ParseResult | undefined;
  let stills: StoryStills | undefined;
  const current = () => {
    if (parsed) return parsed;
    parsed = loadStory(
      resolve(root, options.story),
      resolve(root, PLACES_FILE),
      resolve(root, GLYPHS_DIR),
    );
    // The steps' pictures (npm run stills), checked against what would draw them now.
    const places = JSON.parse(readFileSync(resolve(root, PLACES_FILE), 'utf8'));
    stills = parsed.story && attachStills(root, options.story, parsed.story, places);
    for (const line of stills?.warning ?? []) logger?.warn(line);
    return parsed;
  };
  return {
    name: 'map-story',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
      logger = config.logger;
    },
    buildStart() {
      const { problems } = current();
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
      this.addWatchFile(resolve(root, options.story));
      this.addWatchFile(resolve(root, PLACES_FILE));
      const { story, problems } = current();
      const json = JSON.stringify(story ?? null);
      return `export const story = ${json};\nexport const problems = ${JSON.stringify(problems)};\n`;
    },
    handleHotUpdate({ file, server }) {
      const watched = [resolve(root, options.story), resolve(root, PLACES_FILE)];
      if (!watched.includes(file)) return undefined;
      parsed = undefined;
      const module = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
    configureServer(server) {
      server.watcher.add(resolve(root, options.story));
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
        if (!name || !GEO_FILES.includes(name)) return next();
        response.setHeader('Content-Type', 'application/geo+json');
        response.end(readFileSync(resolve(root, 'geo', name)));
      });
    },
    transformIndexHtml(html) {
      const { story } = current();
      if (!story) return html;
      const csp = building
        ? `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(story.basemap)}" />\n    `
        : '';
      // The story's language is in the page from its first byte: screen readers need it before
      // any script runs, and setting it from the script would restyle the whole page once more.
      return html
        .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(story.language)}"`)
        .replace(/<title>[^<]*<\/title>/, `${csp}${previewHead(storyPreview(story))}`)
        .replace('<div id="app"></div>', `<div id="app"></div>\n    ${noscriptStory(story)}`);
    },
    generateBundle() {
      const json = JSON.stringify(current().story ?? null);
      this.emitFile({ type: 'asset', fileName: 'story.json', source: `${json}\n` });
      // Only the glyphs the labels use: a few dozen of each range's hundreds.
      const keep = codePointsOf(labelTexts(root, current().story));
      const glyphs = resolve(root, GLYPHS_DIR);
      for (const stack of readdirSync(glyphs, { withFileTypes: true }).filter((e) =>
        e.isDirectory(),
      )) {
        for (const range of readdirSync(join(glyphs, stack.name))) {
          const source = subsetGlyphs(readFileSync(join(glyphs, stack.name, range)), keep);
          this.emitFile({ type: 'asset', fileName: `glyphs/${stack.name}/${range}`, source });
        }
      }
      this.emitFile({
        type: 'asset',
        fileName: 'glyphs/OFL.txt',
        source: readFileSync(join(glyphs, 'OFL.txt')),
      });
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
