/**
 * Starts the packaged executable the way a learner's desktop does and attaches Playwright to it.
 *
 * Not with `_electron.launch`: that needs Node's inspector in the main process (it passes
 * `--inspect=0` and waits for "Debugger listening on ..."), and the shipped binary has the
 * EnableNodeCliInspectArguments fuse off, so it would only time out (Playwright's Electron docs,
 * "Known issues"). Relaxing the fuse for the tests would test a different binary. Instead the
 * executable is spawned with Chromium's `--remote-debugging-port` (a Chromium switch, not a
 * Node one, so no fuse covers it) and Playwright connects over CDP: the windows are ordinary
 * pages, and the binary under test is byte for byte the one that ships.
 */
import { spawn } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { UnpackedApp } from './builder';
import { isStoreUrl, isUiUrl, waitForPage } from './window-wait';

export interface RunningApp {
  browser: Browser;
  stdout(): string;
  stderr(): string;
  /** The UI window, once it shows a page from app://ui. */
  uiWindow(): Promise<Page>;
  /** The hidden store-host window, once it shows app://store. */
  storeWindow(): Promise<Page>;
  /** Quits the app and waits for its process to end. */
  quit(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
const QUIT_TIMEOUT_MS = 15_000;

export interface LaunchExtras {
  args?: string[];
  env?: Record<string, string>;
  /**
   * Linux only: start without --no-sandbox, as a learner's desktop does (default: with it, as
   * Playwright's own Electron launch does, because CI containers seldom allow Chromium's sandbox).
   */
  sandboxed?: boolean;
}

export async function launchPackaged(app: UnpackedApp, userData: string, extra: LaunchExtras = {}): Promise<RunningApp> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra.env, MLE_PATH_USER_DATA: userData };
  // The test runner's own NODE_OPTIONS (its loader) is not the app's business.
  delete env['NODE_OPTIONS'];
  // --no-sandbox on Linux as Playwright's own Electron launch does: CI containers do not set up
  // the setuid sandbox helper (the pages stay sandboxed by webPreferences either way).
  const noSandbox = process.platform === 'linux' && !extra.sandboxed;
  const args = [...(extra.args ?? []), '--remote-debugging-port=0', ...(noSandbox ? ['--no-sandbox'] : [])];
  const child = spawn(app.executable, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No DevTools endpoint within ${START_TIMEOUT_MS / 1000} s. stderr:\n${err}`)), START_TIMEOUT_MS);
    const check = () => {
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve(match[1]);
    };
    child.stderr.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The app exited (${String(code)}) before it was up. stdout:\n${out}\nstderr:\n${err}`));
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);

  return {
    browser,
    stdout: () => out,
    stderr: () => err,
    async uiWindow() {
      // Windows opened before Playwright attached are found by URL; the UI window may also
      // still be on about:blank, so this looks again until it shows app://ui.
      const ui = await waitForPage(() => browser.contexts().flatMap((c) => c.pages()), isUiUrl, { timeoutMs: START_TIMEOUT_MS, what: 'app://ui window' });
      await ui.waitForLoadState('domcontentloaded');
      return ui;
    },
    async storeWindow() {
      const store = await waitForPage(() => browser.contexts().flatMap((c) => c.pages()), isStoreUrl, { timeoutMs: START_TIMEOUT_MS, what: 'app://store window' });
      await store.waitForLoadState('domcontentloaded');
      return store;
    },
    async quit() {
      if (child.exitCode === null && child.signalCode === null) {
        // Electron quits cleanly on SIGTERM on macOS and Linux (the store host is stopped, the
        // database closed). Windows has no signals, so there the process is ended outright;
        // every acknowledged save is already on disk (strict durability), so a restart test
        // holds either way.
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), QUIT_TIMEOUT_MS)));
        const outcome = await Promise.race([exited, timeout]);
        clearTimeout(timer);
        if (outcome === 'timeout') {
          child.kill('SIGKILL');
          await exited;
        }
      }
      await browser.close().catch(() => undefined);
    },
  };
}
