/**
 * The e2e harness: the whole app minus Electron's own classes.
 * - a Chromium persistent context = Electron's user-data folder;
 * - one page runs the real store-host build, another the real renderer build;
 * - this Node process runs the real IPC router and store client from electron/main;
 * - the preload is replaced by the same bridge code over a Playwright binding, and the
 *   MessagePort by a MessageChannel in the store page whose far end is a binding to Node;
 * - main's real store supervisor runs the store page's lifecycle through a launcher that opens
 *   a page instead of a hidden window, so a test can crash the store page and watch the app
 *   fail the pending calls, start a new store page and carry on.
 *
 * What main's code produces (store messages both ways, replies, events) crosses between Node
 * and a page as JSON text. Electron clones these natively; Playwright's own serialiser walks
 * objects in script and costs about 10 ms per crossing for a 15 KB plan view, four times that
 * per tick, which would make every latency the harness measures mostly harness. They are
 * plain data already checked by zod, so JSON carries them unchanged. A page's own request
 * keeps Playwright's serialiser, so a malformed payload (NaN, -0, undefined) reaches the router
 * exactly as the page sent it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { Result } from '../../../shared/ipc/result';
import { createDisplayFormat } from '../../../shared/locale/display-format';
import { computerTimeZone } from '../../../shared/domain/time-zone';
import { STORE_PORT_MESSAGE } from '../../../shared/ipc/transport';
import { resolveAppFile } from '../../../electron/main/core/app-files';
import { createAppServices, type AppServices } from '../../../electron/main/core/app-services';
import type { BackupService } from '../../../electron/main/core/backup-service';
import type { CalendarSync } from '../../../electron/main/core/calendar-sync';
import { playwrightPdfOptions } from './pdf-options';
import type { DesktopStatusHolder } from '../../../electron/main/core/desktop-status';
import type { TrayHost } from '../../../electron/main/core/tray-host';
import type { Activation } from '../../../electron/main/core/notification-routing';
import { runSessionAction, type SessionActionOutcome } from '../../../electron/main/core/session-actions';
import { createIpcRouter, type IpcRouter } from '../../../electron/main/core/ipc-router';
import { formatLocales } from '../../../electron/main/core/locale';
import type { Navigation } from '../../../electron/main/core/pending-navigation';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/core/security';
import type { StoreClient } from '../../../electron/main/core/store-client';
import { FakeClock, type ShownReminder } from './reminders';
import type { ReminderTarget } from '../../../shared/planner/reminders';
import {
  createStoreSupervisor,
  type StoreHostLauncher,
  type StoreSupervisor,
  type SupervisorStatus,
} from '../../../electron/main/core/store-supervisor';
import { browserLaunch, CHROMIUM_ARGS } from './chromium';

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

/** The reminder scheduler's surroundings in the harness: a clock the test moves, a zone, a recording notifier. */
export interface HarnessReminderRun {
  clock: FakeClock;
  timeZone: string;
  shown: ShownReminder[];
  logs: string[];
}

/** The focus timer's clock (the test moves it) and the notices main showed for it. */
export interface HarnessTimerRun {
  clock: FakeClock;
  notices: { at: string; title: string; body: string; target: ReminderTarget | null }[];
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
  /** A screen main was asked for before the UI page loaded (a clicked reminder opened the window). */
  openScreen?: Navigation;
  /** How long main waits for the store's answer before a call fails with `store-timeout`. */
  storeTimeoutMs?: number;
  /** The OS regional locale main's PDF export sees (paper size, date in the header); en-GB if unset. */
  pdfLocale?: string;
  /**
   * The desktop main would find (desktop-status.ts): the system, and whether a tray host is
   * there. Default: Linux with a tray, so closing hides to it and no notice shows.
   */
  desktop?: { platform?: NodeJS.Platform; trayHost?: TrayHost };
  /**
   * The browser's locale (Playwright's `locale`), which plays the operating system's regional
   * format: main hands the window what the browser reports. en-GB unless a test says otherwise.
   */
  locale?: string;
  /** Windows High Contrast and the like: Playwright's emulation of forced colours. */
  forcedColors?: 'active' | 'none';
  /** This computer's time zone (Europe/Berlin unless a test says otherwise). */
  timezoneId?: string;
  /** Where the focus timer's clock starts (a relaunch carries on from the previous run's time); now if unset. */
  timerStartMs?: number;
}

export interface HarnessApp {
  context: BrowserContext;
  ui: Page;
  /** The current store page (a new one after a restart). */
  readonly store: Page;
  router: IpcRouter;
  storeClient: StoreClient;
  /** Main's services as electron/main/core/app-services.ts builds them for index.ts. */
  services: AppServices;
  /** The reminder checks' clock, zone and what they showed (reminders.ts starts them). */
  reminderRun: HarnessReminderRun;
  /** The focus timer's clock and the notices it showed; the clock starts at the real time of launch, or `timerStartMs`. */
  timerRun: HarnessTimerRun;
  /** Main's store supervisor, running the store page's lifecycle. */
  supervisor: StoreSupervisor;
  /** Every supervisor status so far, in order. */
  storeStatuses: SupervisorStatus[];
  /** What the supervisor logged (restarts and why). */
  storeLog: string[];
  /**
   * Ends the running store page's process (waiting for it to be ready first): 'crash' crashes
   * its renderer (CDP Page.crash, what a renderer crash looks like to main), 'close' closes it
   * (the process going away). Resolves once the page is gone; by then the supervisor has
   * decided whether to start the next one.
   */
  killStore(how: 'crash' | 'close'): Promise<void>;
  /** Resolves when a store page has said `ready` after this call's last restart (at once if it already has). */
  storeReady(): Promise<void>;
  /**
   * Holds main's messages to the current store page in transit (as a MessagePort holds them
   * until the page reads them), so a test can crash the page with calls certainly pending.
   * A store page started later is not held.
   */
  holdStoreMessages(): { held(): number; release(): void };
  /** Every event main would broadcast to the UI, in order. */
  broadcasts: { event: string; payload: unknown }[];
  /** Calls `listener` with every valid store event, as main's own modules (the scheduler) get them. */
  onStoreEvent(listener: (event: string, payload: unknown) => void): () => void;
  /** What the next save/open dialog answers (null = the learner cancelled). */
  dialogs: DialogAnswers;
  /**
   * What main's openScreen does (a notification or tray item clicked): sends `navigate` to a UI
   * page that is listening, else holds it for the page to take. Returns which it did.
   */
  openScreen(navigation: Navigation): Promise<'send' | 'held'>;
  calendarFile: HarnessCalendarFile;
  /** Main's backup service (the automatic backups live in `<profileDir>/safety-backups`). */
  backups: BackupService;
  /** Resolves once the daily-backup check main runs at start has finished. */
  firstDailyBackup: Promise<void>;
  /** Main's desktop status, as its adapters would feed it (a notification refused, a login item answered). */
  desktop: DesktopStatusHolder;
  /** What the window asked main to do that only Electron can: quit, show a test notification. */
  desktopRequests: ('quit' | 'test-notification')[];
  /**
   * What main does when a notification is clicked or one of its buttons pressed (index.ts
   * onNotificationActivation): open the announced screen, or run the session action through the
   * store. Returns the action's outcome (null for a click).
   */
  activateNotification(activation: Activation): Promise<SessionActionOutcome | null>;
  /** The locales main hands the window (`app:get-locale`): the browser's languages. */
  locales: readonly string[];
  /** Contract-level call from "main", bypassing the UI. */
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  /**
   * The learner's data: every object store of the app's database except the write journal (the
   * ids of recent writes, which a restore rightly keeps), for before/after comparisons.
   */
  dumpDb(): Promise<Record<string, unknown[]>>;
  /** The write journal's rows (one per write applied in the last day). */
  writeLog(): Promise<unknown[]>;
  close(): Promise<void>;
}

/**
 * What Electron's preload gives a window: `window.planner`, here over a Playwright binding to
 * the router. Exported so a benchmark can load its floor page exactly as the app's page loads.
 */
export async function attachPreload(page: Page, router: IpcRouter): Promise<void> {
  await page.exposeBinding('__mlePathInvoke', async (source, channel: unknown, payload: unknown, writeId: unknown) =>
    JSON.stringify(await router.handle({ url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }, channel, payload, writeId ?? undefined)),
  );
  await page.addInitScript({ content: await preloadStandin() });
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

/** Makes the init script's MessageChannel in a store page; its far end is `__harnessFromStore`. */
function storePortScript(): void {
  const channel = new MessageChannel();
  const w = window as unknown as {
    __harnessFromStore(m: unknown): void;
    __harnessToStore(m: unknown): void;
    __harnessPort: MessagePort;
  };
  channel.port1.onmessage = (e) => w.__harnessFromStore(JSON.stringify(e.data));
  w.__harnessToStore = (m) => channel.port1.postMessage(m);
  w.__harnessPort = channel.port2;
}

/** Messages to one store page held in transit by a test (holdStoreMessages). */
interface StoreMessageHold {
  page: Page;
  queue: (() => void)[];
}

/**
 * The harness's stand-in for store-host.ts: each store host is a page instead of a hidden
 * window, and a Playwright binding instead of MessageChannelMain. The first host reuses the
 * persistent context's initial page; a restart opens a new one.
 */
function pageStoreHostLauncher(
  context: BrowserContext,
  firstPage: Page,
  onPage: (page: Page) => void,
  currentHold: () => StoreMessageHold | null,
): StoreHostLauncher {
  let unused: Page | null = firstPage;
  return {
    launch(events) {
      let ended = false;
      let page: Page | null = null;
      void (async () => {
        const p = unused ?? (await context.newPage());
        unused = null;
        page = p;
        if (ended) return void (await p.close());
        onPage(p);
        // A crash and the close that follows both report; the supervisor takes the first.
        p.on('crash', () => events.gone('store host crashed'));
        p.on('close', () => events.gone('store host closed'));
        await p.exposeBinding('__harnessFromStore', (_source, json: unknown) => events.message(typeof json === 'string' ? JSON.parse(json) : json));
        await p.addInitScript(storePortScript);
        await p.goto(STORE_URL);
        events.loaded({
          postMessage: (message) => {
            // The page can go away under a call in flight: report it as gone, as Electron's
            // render-process-gone would, so the supervisor fails the call and restarts.
            const deliver = () =>
              p.evaluate((json) => (window as unknown as { __harnessToStore(m: unknown): void }).__harnessToStore(JSON.parse(json)), JSON.stringify(message)).catch(() =>
                events.gone('store page closed'),
              );
            const hold = currentHold();
            if (hold?.page === p) hold.queue.push(deliver);
            else void deliver();
          },
          close: () => undefined,
        });
        // What the store preload does when main sends the port (electron/preload/store.ts).
        await p.evaluate((msg) => {
          const w = window as unknown as { __harnessPort: MessagePort };
          window.postMessage(msg, '*', [w.__harnessPort]);
        }, STORE_PORT_MESSAGE);
      })().catch((error: unknown) => events.gone(`store host could not start: ${String(error)}`));
      return {
        destroy() {
          ended = true;
          void page?.close().catch(() => undefined);
        },
      };
    },
  };
}

export async function launchApp(options: LaunchOptions): Promise<HarnessApp> {
  const context = await chromium.launchPersistentContext(options.profileDir, {
    ...browserLaunch(),
    headless: true,
    args: CHROMIUM_ARGS,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 860 },
    timezoneId: options.timezoneId ?? 'Europe/Berlin',
    locale: options.locale ?? 'en-GB',
    forcedColors: options.forcedColors ?? 'none',
  });
  await serveBuilt(context);
  const broadcasts: { event: string; payload: unknown }[] = [];
  const storeEventListeners = new Set<(event: string, payload: unknown) => void>();
  let ui: Page | null = null;

  /** What main's webContents.send does: the event reaches the UI page's bridge. */
  function sendToUi(event: string, payload: unknown): void {
    broadcasts.push({ event, payload });
    void ui
      ?.evaluate(
        ([e, json]) => (window as unknown as { __mlePathEvent?: (e: string, p: unknown) => void }).__mlePathEvent?.(e, JSON.parse(json)),
        [event, JSON.stringify(payload)] as const,
      )
      .catch(() => undefined);
  }

  const dialogs: DialogAnswers = { savePath: null, openPath: null, folderPath: null };
  // What the window asked main to do that only Electron can.
  const desktopRequests: ('quit' | 'test-notification')[] = [];
  // What Electron's app.getSystemLocale() and friends report, read from the browser once a page
  // exists (the store page, before the UI page opens and asks).
  let locales: string[] = [];
  // Real timers (the real 1.5 s quiet delay), counted so a test can wait for them instead of sleeping.
  const calendarTimers = new Set<NodeJS.Timeout>();
  // The reminder checks run on a clock the test moves, once a test starts them (reminders.ts).
  const reminderRun: HarnessReminderRun = { clock: new FakeClock(Date.now()), timeZone: 'UTC', shown: [], logs: [] };
  // The focus timer counts on a clock the test moves (its checks fire only when the test says).
  const timerRun: HarnessTimerRun = { clock: new FakeClock(options.timerStartMs ?? Date.now()), notices: [] };
  // Main's own wiring (electron/main/core/app-services.ts) with the browser profile folder as
  // main's user-data folder: it survives a relaunch, as the desktop state and calendar ledger must.
  const services = createAppServices({
    platform: options.desktop?.platform ?? 'linux',
    appVersion: '0.0.0-e2e',
    userDataDir: options.profileDir,
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
      setInterval: (fn, ms) => setInterval(fn, ms),
      clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
    },
    reminderClock: reminderRun.clock,
    timerClock: timerRun.clock,
    reminderTimeZone: () => reminderRun.timeZone,
    trayTimeZone: computerTimeZone,
    storeTimeoutMs: options.storeTimeoutMs ?? 10_000,
    sendToUi,
    dialogs: {
      chooseBackupSavePath: async () => dialogs.savePath,
      chooseBackupOpenPath: async () => dialogs.openPath,
      chooseContentPackPath: async () => dialogs.openPath,
      chooseCalendarSavePath: async () => dialogs.savePath,
      chooseCalendarFolder: async () => dialogs.folderPath,
      choosePdfSavePath: async () => dialogs.savePath,
    },
    // A recording notifier instead of Electron's `Notification`.
    notifier: {
      show: (reminder) => reminderRun.shown.push({ at: new Date(reminderRun.clock.t).toISOString(), reminder }),
      showSample: () => desktopRequests.push('test-notification'),
      showNotice: (title, body, target) => timerRun.notices.push({ at: new Date(timerRun.clock.t).toISOString(), title, body, target }),
    },
    quit: () => desktopRequests.push('quit'),
    systemLocales: () => locales,
    // As main words reminders: in the locale it hands the window.
    displayFormat: () => createDisplayFormat(locales),
    pdf: {
      // What main reads from the OS (app.getSystemLocale()); this harness's browser runs en-GB.
      locale: () => options.pdfLocale ?? 'en-GB',
      // Chromium's page.pdf is the same engine as Electron's printToPDF.
      renderPdf: async (print) => {
        if (!ui) throw new Error('the MLE Path window is not open');
        return ui.pdf(playwrightPdfOptions(print));
      },
    },
    log: { reminders: (message) => reminderRun.logs.push(message), calendar: () => undefined, ledger: () => undefined, backups: () => undefined },
    hooks: {
      storeEvent(event, payload) {
        for (const listener of storeEventListeners) listener(event, payload);
      },
    },
  });
  const { store: storeClient, backups, desktop, pendingNavigation } = services;
  desktop.setTrayHost(options.desktop?.trayHost ?? 'present');
  const calendarFile: HarnessCalendarFile = {
    sync: services.calendarFile,
    pendingWrites: () => calendarTimers.size,
    async settled() {
      while (calendarTimers.size > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      await services.calendarFile.idle();
    },
  };
  const router = createIpcRouter({ trustedOrigin: UI_ORIGIN, forward: storeClient.call, local: services.handlers });
  // As main does at start: the daily backup, then a check every hour, and the first settings
  // read, which configures the kept calendar file (its first write follows) and the desktop.
  const started = services.start();

  let store = context.pages()[0] ?? (await context.newPage());
  let hold: StoreMessageHold | null = null;
  const storeStatuses: SupervisorStatus[] = [];
  const storeLog: string[] = [];
  const statusWaiters = new Set<() => void>();
  const supervisor = createStoreSupervisor({
    client: storeClient,
    launcher: pageStoreHostLauncher(
      context,
      store,
      (page) => {
        store = page;
      },
      () => hold,
    ),
    clock: { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
    log: (message) => storeLog.push(message),
    onStatus(status) {
      storeStatuses.push(status);
      for (const wake of statusWaiters) wake();
    },
  });
  // The browser went away (a test killed it): main would be gone too, so nothing restarts.
  context.on('close', () => supervisor.stop());
  supervisor.start();
  try {
    await storeReady();
  } catch (error) {
    await context.close();
    throw error;
  }

  function storeReady(): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (supervisor.status === 'ready') resolve();
        else if (supervisor.status === 'crash-loop' || supervisor.status === 'stopped') reject(new Error(`The store host is ${supervisor.status}: ${storeLog.join('; ')}`));
        else return;
        statusWaiters.delete(check);
      };
      statusWaiters.add(check);
      check();
    });
  }

  async function killStore(how: 'crash' | 'close'): Promise<void> {
    await storeReady(); // the page to kill is the one that is running, not one still opening
    const page = store;
    if (how === 'close') {
      await page.close();
      return;
    }
    const crashed = page.waitForEvent('crash');
    const cdp = await context.newCDPSession(page);
    // The renderer dies before it can answer, so the command's own promise never settles usefully.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
  }
  const browserLanguages = await store.evaluate(() => [...navigator.languages]);
  locales = formatLocales({ system: browserLanguages[0] ?? '', preferred: browserLanguages, app: browserLanguages[0] ?? '' });
  await started.firstSettings;

  ui = await context.newPage();
  const uiPage = ui;
  // What main does on the UI window's did-start-navigation: a new document (a load, a reload)
  // has not subscribed yet. A document request is where a navigation starts, before any script.
  uiPage.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === uiPage.mainFrame()) pendingNavigation.pageLoading();
  });
  if (options.openScreen) pendingNavigation.request(options.openScreen);
  await attachPreload(ui, router);
  await ui.goto(UI_URL);

  async function openScreen(navigation: Navigation): Promise<'send' | 'held'> {
    const outcome = pendingNavigation.request(navigation);
    if (outcome === 'send') {
      await uiPage.evaluate(
        (n) => (window as unknown as { __mlePathEvent?: (e: string, p: unknown) => void }).__mlePathEvent?.('navigate', n),
        navigation,
      );
    }
    return outcome;
  }

  return {
    context,
    ui,
    get store() {
      return store;
    },
    router,
    storeClient,
    services,
    reminderRun,
    timerRun,
    supervisor,
    storeStatuses,
    storeLog,
    killStore,
    storeReady,
    holdStoreMessages() {
      const mine: StoreMessageHold = { page: store, queue: [] };
      hold = mine;
      return {
        held: () => mine.queue.length,
        release() {
          if (hold === mine) hold = null;
          for (const deliver of mine.queue.splice(0)) deliver();
        },
      };
    },
    broadcasts,
    dialogs,
    calendarFile,
    backups,
    firstDailyBackup: started.firstDailyBackup,
    desktop,
    desktopRequests,
    async activateNotification(activation) {
      if (activation.kind === 'session-action') return runSessionAction({ store: storeClient, now: () => Date.now() }, activation.action, activation.session);
      if (activation.navigation) await openScreen(activation.navigation);
      return null;
    },
    locales,
    onStoreEvent(listener) {
      storeEventListeners.add(listener);
      return () => storeEventListeners.delete(listener);
    },
    openScreen,
    invoke: (channel, payload) => router.handle({ url: UI_URL, isMainFrame: true }, channel, payload),
    dumpDb: async () => {
      const { writeLog: _journal, ...data } = await dumpDatabase(store);
      return data;
    },
    writeLog: async () => (await dumpDatabase(store))['writeLog'] ?? [],
    async close() {
      await services.stop();
      supervisor.stop();
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
