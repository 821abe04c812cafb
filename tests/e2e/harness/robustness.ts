/**
 * Helpers for the crash test: find the Chromium processes of one persistent profile through
 * /proc and kill them hard, the way a power cut or `kill -9` would end the app.
 *
 * Playwright's BrowserContext.browser() is null for a persistent context, so the browser's pid
 * is not available from its API; the profile folder is in every one of its processes' command
 * lines (`--user-data-dir=<profileDir>`), which identifies exactly the processes this test started.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ChromiumProcess {
  pid: number;
  /** True for the browser process itself (no `--type=`: renderers, GPU, utility processes have one). */
  browser: boolean;
}

/** Every live process whose command line names `profileDir` as its user-data folder. */
export function chromiumProcessesFor(profileDir: string): ChromiumProcess[] {
  const flag = `--user-data-dir=${profileDir}`;
  const found: ChromiumProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // exited meanwhile
    }
    if (!args.includes(flag)) continue;
    found.push({ pid: Number(entry), browser: !args.some((a) => a.startsWith('--type=')) });
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // State field after "(comm)": Z = zombie, already dead.
    return !/\)\s+Z\s/.test(stat);
  } catch {
    return false;
  }
}

/**
 * SIGKILLs the browser process of `profileDir` (nothing is flushed or closed cleanly), then
 * waits until every process of that profile is gone, SIGKILLing by pid any child that
 * outlives its browser for more than two seconds. Returns the browser's pid.
 */
export async function killChromiumHard(profileDir: string): Promise<number> {
  const browser = chromiumProcessesFor(profileDir).find((p) => p.browser);
  if (!browser) throw new Error(`No Chromium browser process found for ${profileDir}.`);
  process.kill(browser.pid, 'SIGKILL');
  const started = Date.now();
  for (;;) {
    const left = chromiumProcessesFor(profileDir).filter((p) => alive(p.pid));
    if (left.length === 0) return browser.pid;
    if (Date.now() - started > 2_000) {
      for (const p of left) {
        try {
          process.kill(p.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    if (Date.now() - started > 10_000) throw new Error(`Chromium processes ${left.map((p) => p.pid).join(', ')} survived SIGKILL.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves with `promise`'s outcome, or with 'timeout' after `ms` (for closing a dead app). */
export async function settleWithin(promise: Promise<unknown>, ms: number): Promise<'done' | 'failed' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([promise.then(() => 'done' as const, () => 'failed' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
