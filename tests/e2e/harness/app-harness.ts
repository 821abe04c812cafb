/**
 * The e2e harness: the whole app minus Electron's own classes.
 * - a Chromium persistent context = Electron's user-data folder;
 * - one page runs the real store-host build, another the real renderer build;
 * - this Node process runs the real IPC router and store client from electron/main;
 * - the preload is replaced by the same bridge code over a Playwright binding, and the
 *   MessagePort by a MessageChannel in the store page whose far end is a binding to Node.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { AppSettings } from '../../../shared/domain/records';
import { events, isEventName } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { STORE_PORT_MESSAGE } from '../../../shared/ipc/transport';
import { resolveAppFile } from '../../../electron/main/app-files';
import { backupChannels, createBackupService } from '../../../electron/main/backup-service';
import { calendarChannels, createCalendarExportService } from '../../../electron/main/calendar-export';
import { calendarSyncChannels, createCalendarSync, type CalendarSync } from '../../../electron/main/calendar-sync';
import { createPdfExport, pdfChannels } from '../../../electron/main/pdf-export';
import { createIpcRouter, type IpcRouter } from '../../../electron/main/ipc-router';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';
import { createStoreClient, type StoreClient } from '../../../electron/main/store-client';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const DIST = path.join(REPO_ROOT, 'dist');

/** The harness serves the built pages on these origins (route-fulfilled, never on the network). */
export const UI_URL = 'http://ui.mle-path.localhost/index.html';
export const STORE_URL = 'http://store.mle-path.localhost/index.html';
const UI_ORIGIN = new URL(UI_URL).origin;

let standinScript: Promise<string> | null = null;
function preloadStandin(): Promise<string> {
  standinScript ??= build({
    entryPoints: [path.join(import.meta.dirname, 'preload-standin.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return standinScript;
}

/** Stand-in for Electron's file dialogs: a test sets the answer before clicking. */
export interface DialogAnswers {
  savePath: string | null;
  openPath: string | null;
  /** What the folder dialog answers ("Keep the study calendar in this folder"). */
  folderPath: string | null;
}

/** The kept calendar file as main runs it, plus what a test needs to wait on it. */
export interface HarnessCalendarFile {
  sync: CalendarSync;
  /** Writes waiting for their quiet delay to run out. */
  pendingWrites(): number;
  /** Waits until no write is pending or running. */
  settled(): Promise<void>;
}

export interface LaunchOptions {
  profileDir: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

export interface HarnessApp {
  context: BrowserContext;
  ui: Page;
  store: Page;
  router: IpcRouter;
  storeClient: StoreClient;
  /** Every event main would broadcast to the UI, in order. */
  broadcasts: { event: string; payload: unknown }[];
  /** Calls `listener` with every valid store event, as main's own modules (the scheduler) get them. */
  onStoreEvent(listener: (event: string, payload: unknown) => void): () => void;
  /** What the next save/open dialog answers (null = the learner cancelled). */
  dialogs: DialogAnswers;
  calendarFile: HarnessCalendarFile;
  /** Contract-level call from "main", bypassing the UI. */
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** Every object store of the app's database, for before/after comparisons. */
  dumpDb(): Promise<Record<string, unknown[]>>;
  close(): Promise<void>;
}

async function serveBuilt(context: BrowserContext): Promise<void> {
  if (!existsSync(path.join(DIST, 'renderer', 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the e2e tests.');
  }
  const roots = { ui: path.join(DIST, 'renderer'), store: path.join(DIST, 'store') };
  await context.route(/^http:\/\/(ui|store)\.mle-path\.localhost\//, async (route) => {
    const url = new URL(route.request().url());
    // Reuse main's real app:// resolver, including its path-escape checks.
    const host = url.hostname.split('.')[0] ?? '';
    const target = resolveAppFile(`app://${host}${url.pathname}`, roots);
    if (!target) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({
      status: 200,
      body: await readFile(target.file),
      headers: { 'content-type': target.mime, 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  });
  // Anything else would be a network request, which the app must never make.
  await context.route(/^(?!http:\/\/(ui|store)\.mle-path\.localhost\/)/, (route) => route.abort('blockedbyclient'));
}

async function startStoreHost(store: Page, client: StoreClient): Promise<void> {
  await store.exposeBinding('__harnessFromStore', (_source, message: unknown) => client.receive(message));
  await store.addInitScript(() => {
    const channel = new MessageChannel();
    const w = window as unknown as {
      __harnessFromStore(m: unknown): void;
      __harnessToStore(m: unknown): void;
      __harnessPort: MessagePort;
    };
    channel.port1.onmessage = (e) => w.__harnessFromStore(e.data);
    w.__harnessToStore = (m) => channel.port1.postMessage(m);
    w.__harnessPort = channel.port2;
  });
  client.attach({
    postMessage: (message) => {
      // The page can close under a call in flight (a test ends mid-request); detach() then
      // fails that call, as main does when the store host's process goes away.
      store
        .evaluate((m) => (window as unknown as { __harnessToStore(m: unknown): void }).__harnessToStore(m), message)
        .catch(() => client.detach('store page closed'));
    },
    close: () => undefined,
  });
  await store.goto(STORE_URL);
  // What the store preload does when main sends the port (electron/preload/store.ts).
  await store.evaluate((msg) => {
    const w = window as unknown as { __harnessPort: MessagePort };
    window.postMessage(msg, '*', [w.__harnessPort]);
  }, STORE_PORT_MESSAGE);
}

export async function launchApp(options: LaunchOptions): Promise<HarnessApp> {
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 860 },
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  });
  await serveBuilt(context);
  const broadcasts: { event: string; payload: unknown }[] = [];
  const storeEventListeners = new Set<(event: string, payload: unknown) => void>();
  let ui: Page | null = null;

  /** What main's webContents.send does: the event reaches the UI page's bridge. */
  function sendToUi(event: string, payload: unknown): void {
    broadcasts.push({ event, payload });
    void ui
      ?.evaluate(([e, p]) => (window as unknown as { __mlePathEvent?: (e: string, p: unknown) => void }).__mlePathEvent?.(e, p), [event, payload] as const)
      .catch(() => undefined);
  }

  const storeClient = createStoreClient({
    timeoutMs: 10_000,
    onEvent(event, payload) {
      if (!isEventName(event) || !events[event].safeParse(payload).success) return;
      sendToUi(event, payload);
      for (const listener of storeEventListeners) listener(event, payload);
      // As electron/main/index.ts does.
      if (event === 'settings:changed') calendarSync.configure((payload as AppSettings).calendarFolder ?? null);
      if (event === 'plan:changed') calendarSync.changed();
    },
  });
  const dialogs: DialogAnswers = { savePath: null, openPath: null, folderPath: null };
  const backups = createBackupService({
    store: storeClient,
    appVersion: '0.0.0-e2e',
    now: () => new Date(),
    safetyDir: path.join(options.profileDir, 'safety-backups'),
    dialogs: { chooseSavePath: async () => dialogs.savePath, chooseOpenPath: async () => dialogs.openPath },
  });
  const calendar = createCalendarExportService({
    store: storeClient,
    now: () => new Date(),
    dialogs: { chooseSavePath: async () => dialogs.savePath },
  });
  // Real timers (the real 1.5 s quiet delay), counted so a test can wait for them instead of sleeping.
  const calendarTimers = new Set<NodeJS.Timeout>();
  const calendarSync = createCalendarSync({
    store: storeClient,
    now: () => new Date(),
    timers: {
      set(fn, ms) {
        const handle = setTimeout(() => {
          calendarTimers.delete(handle);
          fn();
        }, ms);
        calendarTimers.add(handle);
        return handle;
      },
      clear(handle) {
        clearTimeout(handle as NodeJS.Timeout);
        calendarTimers.delete(handle as NodeJS.Timeout);
      },
    },
    chooseFolder: async () => dialogs.folderPath,
    onStatus: (status) => sendToUi('calendar:sync-changed', status),
    log: () => undefined,
  });
  const calendarFile: HarnessCalendarFile = {
    sync: calendarSync,
    pendingWrites: () => calendarTimers.size,
    async settled() {
      while (calendarTimers.size > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      await calendarSync.idle();
    },
  };
  const router = createIpcRouter({
    trustedOrigin: UI_ORIGIN,
    forward: (channel, request) => storeClient.request(channel, request),
    local: {
      ...backupChannels(backups),
      ...calendarChannels(calendar),
      ...calendarSyncChannels(calendarSync),
      // Chromium's page.pdf is the same engine as Electron's printToPDF.
      ...pdfChannels(
        createPdfExport({
          now: () => new Date(),
          chooseSavePath: async () => dialogs.savePath,
          renderPdf: async () => {
            if (!ui) throw new Error('the MLE Path window is not open');
            return ui.pdf({ format: 'A4', printBackground: true });
          },
        }),
      ),
    },
  });

  const store = context.pages()[0] ?? (await context.newPage());
  await startStoreHost(store, storeClient);
  // Main reads the settings once at start (queued until the store host is up): that configures
  // the kept calendar file, whose first write follows.
  const firstSettings = await storeClient.request('settings:get', {});
  if (firstSettings.ok) calendarSync.configure((firstSettings.value as AppSettings).calendarFolder ?? null);

  ui = await context.newPage();
  await ui.exposeBinding('__mlePathInvoke', (source, channel: unknown, payload: unknown) =>
    router.handle({ url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }, channel, payload),
  );
  await ui.addInitScript({ content: await preloadStandin() });
  await ui.goto(UI_URL);

  return {
    context,
    ui,
    store,
    router,
    storeClient,
    broadcasts,
    dialogs,
    calendarFile,
    onStoreEvent(listener) {
      storeEventListeners.add(listener);
      return () => storeEventListeners.delete(listener);
    },
    invoke: (channel, payload) => router.handle({ url: UI_URL, isMainFrame: true }, channel, payload),
    dumpDb: () => dumpDatabase(store),
    async close() {
      await calendarSync.stop();
      storeClient.detach('app closed');
      await context.close();
    },
  };
}

async function dumpDatabase(store: Page): Promise<Record<string, unknown[]>> {
  return store.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mle-path');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      dump[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return dump;
  });
}
