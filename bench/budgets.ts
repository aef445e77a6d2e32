/**
 * The budgets in bench/budgets.json, and the byte figures they are checked against. The byte
 * budgets are deterministic (computed from the built files) and checked by `npm test`; the
 * timing budgets are ratios measured by `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  breakdown,
  builtFiles,
  firstScreen,
  type Breakdown,
  type BuiltFile,
  type Size,
} from './bytes.ts';
import type { Interval } from './interval.ts';

/** Where the committed budgets and the recorded first-screen list live. */
export const BUDGETS_FILE = fileURLToPath(new URL('budgets.json', import.meta.url));
export const FIRST_SCREEN_FILE = fileURLToPath(new URL('first-screen.json', import.meta.url));

interface ByteBudget {
  label: string;
  maxGzip: number;
}

interface TimingBudget {
  label: string;
  maxRatio?: number;
  maxGrowth?: number;
}

/** The committed budgets. */
export interface Budgets {
  bytes: Record<'ownJs' | 'firstScreen' | 'firstScreenBasemap' | 'firstStepData', ByteBudget>;
  timings: Record<'firstIdle' | 'frameP95' | 'idleCpu' | 'heapGrowth' | 'domGrowth', TimingBudget>;
}

/** The files the first screen fetched beyond the HTML's closure, as the bench recorded them. */
export interface FirstScreenRecord {
  $comment?: string;
  recordedWith: string;
  files: string[];
  /** The parts of files read by range requests, by file (see bench/archive-parts.ts). */
  ranges?: Record<string, string[]>;
}

/** Reads bench/budgets.json. */
export function readBudgets(): Budgets {
  return JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Budgets;
}

/** Reads bench/first-screen.json, or undefined when the bench has never recorded it. */
export function readFirstScreen(): FirstScreenRecord | undefined {
  if (!existsSync(FIRST_SCREEN_FILE)) return undefined;
  return JSON.parse(readFileSync(FIRST_SCREEN_FILE, 'utf8')) as FirstScreenRecord;
}

/** A site's bytes: the whole build, the first screen, and the first step's GeoJSON and style. */
export interface SiteBytes {
  files: BuiltFile[];
  total: Breakdown;
  firstScreen: Breakdown;
  /** Paths of the first screen's files. */
  firstScreenFiles: string[];
  /** Recorded first-screen names the build does not have. */
  missing: string[];
  /** The style built in code (inside the JS already). */
  style: Size;
  /** GeoJSON and basemap tiles fetched for the first screen, plus the style. */
  firstStepData: Size;
}

/**
 * Counts the bytes of the site built in `root`, given the first screen's recorded files and the
 * parts of files it read by range requests.
 */
export function siteBytes(
  root: string,
  recorded: readonly string[],
  style: Size,
  ranges: Readonly<Record<string, readonly string[]>> = {},
): SiteBytes {
  const files = builtFiles(root);
  const first = firstScreen(root, files, recorded, ranges);
  const data = first.files.filter(
    (file) => file.path.endsWith('.geojson') || file.category === 'basemap',
  );
  return {
    files,
    total: breakdown(files),
    firstScreen: breakdown(first.files),
    firstScreenFiles: first.files.map((file) => file.path),
    missing: first.missing,
    style,
    firstStepData: {
      raw: data.reduce((sum, file) => sum + file.raw, style.raw),
      gzip: data.reduce((sum, file) => sum + file.gzip, style.gzip),
    },
  };
}

/** One budget's verdict. */
export interface Verdict {
  name: string;
  label: string;
  value: number;
  limit: number;
  /** How value and limit read: bytes, a ratio or a growth fraction. */
  unit: 'bytes' | 'ratio' | 'growth';
  pass: boolean;
  /** Why there is no value, when there is none. */
  note?: string;
  /** For a measured ratio: how far it could have moved in this run (see bench/interval.ts). */
  interval?: Interval;
}

/** The byte budgets against a site's bytes. */
export function checkBytes(bytes: SiteBytes, budgets: Budgets): Verdict[] {
  const values = {
    ownJs: bytes.total.jsOwn.gzip,
    firstScreen: bytes.firstScreen.total.gzip,
    firstScreenBasemap: bytes.firstScreen.basemap.gzip,
    firstStepData: bytes.firstStepData.gzip,
  };
  return (Object.keys(values) as (keyof typeof values)[]).map((name) => {
    const { label, maxGzip } = budgets.bytes[name];
    const value = values[name];
    return { name, label, value, limit: maxGzip, unit: 'bytes', pass: value <= maxGzip };
  });
}

/** kB with one decimal, 1 kB = 1000 bytes (as Vite prints sizes). */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** A verdict as one line of text. */
export function verdictLine(verdict: Verdict): string {
  const show = (value: number) =>
    verdict.unit === 'bytes'
      ? kB(value)
      : verdict.unit === 'ratio'
        ? `${value.toFixed(3)}×`
        : `${(value * 100).toFixed(1)} %`;
  const state = verdict.note ? 'n/a ' : verdict.pass ? 'pass' : 'FAIL';
  const interval = verdict.interval;
  const spread = interval
    ? `; ${Math.round(interval.level * 100)} % interval ${show(interval.low)}–${show(interval.high)}` +
      (interval.low <= verdict.limit && verdict.limit <= interval.high ? ', limit inside it' : '')
    : '';
  const value = verdict.note
    ? verdict.note
    : `${show(verdict.value)} (limit ${show(verdict.limit)}${spread})`;
  return `${state}  ${verdict.label}: ${value}`;
}
