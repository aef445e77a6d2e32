/**
 * Waits until no other Chromium runs on the machine (another engineer's browser tests, say),
 * so that a measured run has the CPU to itself. Browsers started by this process are ignored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

const BROWSER_NAMES = new Set(['chromium', 'chrome', 'chrome-headless-shell', 'headless_shell']);

interface ProcessInfo {
  pid: number;
  parent: number;
  command: string;
  /** CPU time so far, user and system, in clock ticks (1/100 s on Linux). */
  ticks: number;
}

function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name in parentheses may hold spaces; the parent pid follows it.
      // After it: state, ppid, ..., utime and stime as fields 14 and 15 of the whole line.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      const ticks = Number(fields[11]) + Number(fields[12]);
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0')[0] ?? '';
      found.push({ pid: Number(name), parent, command, ticks });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** Whether `pid` was started by this process, directly or not. */
function startedBy(all: readonly ProcessInfo[]): (pid: number) => boolean {
  const parents = new Map(all.map((info) => [info.pid, info.parent]));
  return (pid) => {
    for (let at = parents.get(pid) ?? 0, hops = 0; at > 1 && hops < 64; hops++) {
      if (at === process.pid) return true;
      at = parents.get(at) ?? 0;
    }
    return false;
  };
}

/**
 * CPU seconds used so far by every live Chromium process this process started: the browser,
 * its renderers, GPU and utility processes (Linux only; NaN elsewhere).
 */
export function ourBrowsersCpuSeconds(): number {
  if (!existsSync('/proc/self/stat')) return NaN;
  const all = processes();
  const ours = startedBy(all);
  const ticks = all
    .filter((info) => BROWSER_NAMES.has(basename(info.command)) && ours(info.pid))
    .reduce((sum, info) => sum + info.ticks, 0);
  return ticks / 100;
}

/** Chromium processes on this machine that this process did not start (Linux only). */
export function otherBrowsers(): string[] {
  if (!existsSync('/proc/self/stat')) return [];
  const all = processes();
  const ours = startedBy(all);
  return all
    .filter((info) => BROWSER_NAMES.has(basename(info.command)) && !ours(info.pid))
    .map((info) => `${info.pid} ${info.command}`);
}

/** How waiting went: how long, and whether other browsers were still running at the end. */
export interface Quiet {
  waitedMs: number;
  disturbed: boolean;
}

/** Polls every second until no other Chromium runs, or `timeoutMs` passes. */
export async function waitForQuiet(timeoutMs: number, log: (line: string) => void): Promise<Quiet> {
  const start = Date.now();
  let told = false;
  for (;;) {
    const others = otherBrowsers();
    const waitedMs = Date.now() - start;
    if (others.length === 0) return { waitedMs, disturbed: false };
    if (waitedMs >= timeoutMs) {
      log(`  ${others.length} other Chromium processes still running: measuring anyway.`);
      return { waitedMs, disturbed: true };
    }
    if (!told) log(`  waiting for ${others.length} other Chromium processes to end…`);
    told = true;
    await new Promise((resume) => setTimeout(resume, 1000));
  }
}
