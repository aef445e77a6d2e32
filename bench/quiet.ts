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
}

function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name in parentheses may hold spaces; the parent pid follows it.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0')[0] ?? '';
      found.push({ pid: Number(name), parent, command });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** Chromium processes on this machine that this process did not start (Linux only). */
export function otherBrowsers(): string[] {
  if (!existsSync('/proc/self/stat')) return [];
  const all = processes();
  const parents = new Map(all.map((info) => [info.pid, info.parent]));
  const ours = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 64; hops++) {
      if (at === process.pid) return true;
      at = parents.get(at) ?? 0;
    }
    return false;
  };
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
