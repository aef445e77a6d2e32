/**
 * `npm run stills [-- story/my-story.md] [--all] [--readme=<step-id>]`: pictures of the steps of
 * a story whose pictures are stale or missing (`--all`: every step), drawn by the page's own map
 * in the Chromium the tests use, written to the story's stills folder (`story/stills/<name>/`)
 * with the manifest the build checks them against. Current pictures are left alone, as a
 * software renderer may place a label a pixel apart from one run to the next. With `--readme`,
 * also the README's picture (docs/screenshot.png): the reading page at that step.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { build } from 'vite';
import playwrightConfig from '../../playwright.config.ts';
import { serveStatic } from '../../bench/serve.ts';
import type { StillData, StillRequest } from '../../src/lib/stills/stillHooks.ts';
import type { Story } from '../../src/lib/story/types.ts';
import { drawnSteps, sharedDrawing } from './drawn.ts';
import { STILL_KINDS, stillFile, stillsFolder, WEBP_QUALITY, type StillKind } from './kinds.ts';
import { checkStills, MANIFEST, readManifest, type StillsManifest } from './manifest.ts';
import { README_PICTURE, readmePicture } from './readme.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const readmeStep = args.find((arg) => arg.startsWith('--readme='))?.slice('--readme='.length);
const storyArg = args.find((arg) => !arg.startsWith('--'));
const redrawAll = args.includes('--all');
const storyFile = relative(
  root,
  resolve(storyArg ?? process.env['STORY'] ?? 'story/iran-pakistan-2024.md'),
);
const folder = resolve(root, stillsFolder(storyFile));
const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

/** What the page is asked for: the wide picture as WebP and PNG, the narrow one as WebP. */
const size = ({ width, height, pixelRatio }: (typeof STILL_KINDS)[StillKind]) => ({
  width,
  height,
  pixelRatio,
});
const webp = { type: 'image/webp', quality: WEBP_QUALITY };
const REQUESTS: { request: StillRequest; kinds: StillKind[] }[] = [
  {
    request: { ...size(STILL_KINDS.wide), encodings: [webp, { type: 'image/png' }] },
    kinds: ['wide', 'preview'],
  },
  { request: { ...size(STILL_KINDS.narrow), encodings: [webp] }, kinds: ['narrow'] },
];

/**
 * A PNG as a palette of at most 256 colours (libimagequant, through sharp): a quarter of the
 * browser's bytes, and a map's flat colours and anti-aliased text show no difference. WebP as is.
 */
async function compress(file: Buffer): Promise<Buffer> {
  if (file.subarray(1, 4).toString('latin1') !== 'PNG') return file;
  return sharp(file).png({ palette: true, quality: 90, effort: 8 }).toBuffer();
}

log(`Building ${storyFile} for production…`);
const out = mkdtempSync(join(tmpdir(), 'stills-'));
process.env['STORY'] = storyFile;
// The page's way to hand its pictures over (src/lib/stills/stillHooks.ts), in this build only.
process.env['VITE_STILL_HOOKS'] = '1';
await build({
  root,
  configFile: join(root, 'vite.config.ts'),
  build: { outDir: out, emptyOutDir: true },
  // The pictures being remade are stale: the build's warning about them says nothing new here.
  logLevel: 'error',
});
const story = JSON.parse(readFileSync(join(out, 'story.json'), 'utf8')) as Story;
const site = await serveStatic(out);
const browser = await chromium.launch({ ...playwrightConfig.use?.launchOptions, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 640, height: 480 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  // The speaker view draws no live map, which would only compete with the pictures for the CPU.
  await page.goto(`${site.url}?mode=speaker&hooks`);
  await page.waitForFunction(() => 'mapStory' in window && 'stills' in (window.mapStory as object));
  mkdirSync(folder, { recursive: true });
  // The shapes of the story's places, as the build gave them to the page that drew the pictures.
  const places = JSON.parse(readFileSync(join(out, 'geo/places.geojson'), 'utf8'));
  const drawn = drawnSteps(story, places, sharedDrawing(root));
  const before = readManifest(folder);
  const check = checkStills(story, before, drawn, (file) => existsSync(join(folder, file)));
  const todo = redrawAll
    ? story.steps.map((step) => step.id)
    : [...check.stale.map((step) => step.id), ...check.missing];
  const bytes: Record<string, Partial<Record<StillKind, number>>> = {};
  for (const { request, kinds } of todo.length > 0 ? REQUESTS : []) {
    log(`Drawing ${todo.length} step(s) at ${request.width}×${request.height}…`);
    request.steps = todo;
    const made = await page.evaluate(
      (asked) =>
        (
          window as unknown as { mapStory: { stills(r: StillRequest): Promise<StillData[]> } }
        ).mapStory.stills(asked),
      request,
    );
    for (const { stepId, data } of made) {
      for (const [at, kind] of kinds.entries()) {
        const file = await compress(Buffer.from(data[at]!.replace(/^data:[^,]*,/, ''), 'base64'));
        writeFileSync(join(folder, stillFile(stepId, kind)), file);
        (bytes[stepId] ??= {})[kind] = file.length;
      }
    }
  }
  const maplibre = JSON.parse(
    readFileSync(join(root, 'node_modules/maplibre-gl/package.json'), 'utf8'),
  ) as { version: string };
  const manifest: StillsManifest = {
    $comment:
      'Written by `npm run stills`; the build compares it with the story to find stale pictures.',
    story: storyFile.replace(/\\/g, '/'),
    renderer:
      todo.length > 0 || !before
        ? { chromium: browser.version(), maplibre: maplibre.version }
        : before.renderer,
    steps: Object.fromEntries(
      story.steps.map((step) => [
        step.id,
        todo.includes(step.id)
          ? { drawn: drawn.get(step.id)!, bytes: bytes[step.id] as Record<StillKind, number> }
          : before!.steps[step.id]!,
      ]),
    ),
  };
  writeFileSync(join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  // Pictures of steps the story no longer has.
  const kept = new Set([
    MANIFEST,
    ...story.steps.flatMap((step) =>
      (Object.keys(STILL_KINDS) as StillKind[]).map((kind) => stillFile(step.id, kind)),
    ),
  ]);
  for (const name of readdirSync(folder)) if (!kept.has(name)) rmSync(join(folder, name));
  const total = Object.values(bytes).flatMap((sizes) => Object.values(sizes));
  log(
    todo.length === 0
      ? `Every step's pictures are current (--all draws them again).`
      : `Wrote ${total.length} pictures (${(total.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} kB) to ${relative(root, folder)}/`,
  );
  if (readmeStep) {
    const picture = await compress(await readmePicture(browser, site.url, readmeStep));
    writeFileSync(join(root, README_PICTURE), picture);
    log(`Wrote ${README_PICTURE} (step '${readmeStep}')`);
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(out, { recursive: true, force: true });
}
