/**
 * The app from source in real Electron: windows are locked down, the preload exposes only
 * window.planner, a profile saved in the UI survives a restart, the calendar ledger in the
 * user-data folder keeps SEQUENCE numbers across a restart, it runs under its development
 * identity, and where no tray can be seen closing the window does not strand it.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { CALENDAR_LEDGER_FILE } from '../../electron/main/core/calendar-ledger-file';
import { builtInPack } from '../../shared/content/pack';
import { packFileText } from '../../shared/content/pack-file';
import { lineProblems, parseCalendar, SubscribedCalendar } from '../support/ical';
import { probeTrayHost } from '../../electron/main/core/tray-host';
import { saveFirstProfile } from './first-run';
import { isUiUrl, waitForPage } from './window-wait';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

async function launch(userData: string): Promise<ElectronApplication> {
  const executablePath = process.env['MLE_PATH_ELECTRON_BINARY'];
  if (!executablePath) throw new Error('Run this suite through tests/electron/run.mjs.');
  return electron.launch({ executablePath, args: [REPO_ROOT], env: { ...process.env, MLE_PATH_USER_DATA: userData } });
}

/** The UI window once it shows app://ui (it opens on about:blank first: see window-wait.ts). */
async function uiWindow(app: ElectronApplication): Promise<Page> {
  const ui = await waitForPage(() => app.windows(), isUiUrl, { timeoutMs: 30_000, what: 'app://ui window' });
  await ui.waitForLoadState('domcontentloaded');
  return ui;
}

let userData = '';
test.beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'mle-path-electron-'));
});
test.afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

test('windows are sandboxed and the preload exposes only window.planner', async () => {
  const app = await launch(userData);
  const ui = await uiWindow(app);
  expect(await ui.evaluate(() => Object.keys(window.planner ?? {}).sort())).toEqual(['invoke', 'on', 'onWriteStatus']);
  expect(await ui.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  // Sandboxed, isolated, no Node: neither page can reach require, process or ipcRenderer.
  const pages = app.windows();
  expect(pages.map((p) => new URL(p.url()).host).sort()).toEqual(['store', 'ui']);
  for (const page of pages) {
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      ipcRenderer: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', ipcRenderer: 'undefined' });
  }
  await app.close();
});

test('a profile saved in the window is there after a restart', async () => {
  const first = await launch(userData);
  const ui = await uiWindow(first);
  await saveFirstProfile(ui);
  await first.close();

  const second = await launch(userData);
  const again = await uiWindow(second);
  await expect(again.getByRole('heading', { name: 'Your roadmap' })).toBeVisible();
  await again.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Profile' }).click();
  await expect(again.getByTestId('saved-profile')).toContainText('14 hours a week');
  await expect(again.getByLabel('Budget for exams and courses')).toHaveValue('700');
  await second.close();
});

test('the calendar ledger lives in user data: after a restart and a re-plan, the next file cancels what it dropped and every change has a higher SEQUENCE', async () => {
  const files = [path.join(userData, 'first.ics'), path.join(userData, 'second.ics')];
  /** Answers main's save dialog with `file`, then exports as the Settings button does. */
  async function exportTo(app: ElectronApplication, ui: Page, file: string): Promise<void> {
    await app.evaluate(({ dialog }, target) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
    }, file);
    expect(await ui.evaluate(() => window.planner!.invoke('calendar:export-ics', {}))).toMatchObject({ ok: true, value: { path: file } });
  }
  /** Re-saves the profile with a start of today (this computer's day) and these weekly hours. */
  async function replan(ui: Page, weeklyHours: number): Promise<void> {
    const saved = await ui.evaluate(async (hours) => {
      const current = await window.planner!.invoke('profile:get', {});
      if (!current.ok || !current.value) return current;
      const today = new Date().toLocaleDateString('sv');
      return window.planner!.invoke('profile:save', { ...current.value.profile, startDate: today, weeklyHours: hours });
    }, weeklyHours);
    expect(saved).toMatchObject({ ok: true });
  }

  const first = await launch(userData);
  const ui = await uiWindow(first);
  await saveFirstProfile(ui);
  await replan(ui, 14);
  await exportTo(first, ui, files[0]!);
  await first.close();
  expect(existsSync(path.join(userData, CALENDAR_LEDGER_FILE))).toBe(true);

  const second = await launch(userData);
  const again = await uiWindow(second);
  await replan(again, 4);
  await exportTo(second, again, files[1]!);
  await second.close();

  const calendar = new SubscribedCalendar();
  const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  for (const text of texts) {
    expect(lineProblems(text)).toEqual([]);
    expect(calendar.apply(text)).toEqual([]);
  }
  const before = parseCalendar(texts[0]!).events;
  const after = new Map(parseCalendar(texts[1]!).events.map((e) => [e.uid, e]));
  // Every event of the first file is still in the second: the same, changed with a higher number, or cancelled.
  for (const e of before) {
    const now = after.get(e.uid);
    expect(now, e.uid).toBeDefined();
    if (JSON.stringify({ ...now, sequence: 0, dtstamp: '', lastModified: '' }) !== JSON.stringify({ ...e, sequence: 0, dtstamp: '', lastModified: '' })) {
      expect(now!.sequence, e.uid).toBeGreaterThan(e.sequence);
    }
  }
  expect([...after.values()].some((e) => e.status === 'CANCELLED')).toBe(true);
});

test("main's composition root runs under Electron: a reset from the window takes an automatic backup into user data first", async () => {
  const app = await launch(userData);
  const ui = await uiWindow(app);
  await saveFirstProfile(ui);
  // data:reset is answered by main (core/app-services.ts wires resetChannel), not forwarded as is.
  const reset = await ui.evaluate(() => window.planner!.invoke('data:reset', { confirm: 'DELETE EVERYTHING' }));
  expect(reset).toMatchObject({ ok: true });
  const kinds = await ui.evaluate(async () => {
    const listed = await window.planner!.invoke('backup:list-automatic', {});
    return listed.ok ? listed.value.backups.map((b) => b.kind) : listed.error.message;
  });
  expect(kinds).toContain('before-reset');
  expect(existsSync(path.join(userData, 'safety-backups'))).toBe(true);
  // Everything of the learner's is gone, as the reset promised.
  expect(await ui.evaluate(() => window.planner!.invoke('profile:get', {}))).toEqual({ ok: true, value: null });
  await app.close();
});

test('run from source, the app is not the installed app: its own name and AppUserModelID', async () => {
  const app = await launch(userData);
  await uiWindow(app);
  const identity = await app.evaluate(({ app: electronApp }) => ({ name: electronApp.getName(), packaged: electronApp.isPackaged, userData: electronApp.getPath('userData') }));
  expect(identity).toEqual({ name: 'MLE Path (development)', packaged: false, userData });
  await app.close();
});

test('where no tray can be seen, closing the window leaves it reachable (minimised, never hidden) and the window says why', async () => {
  // Asked the way main asks (tray-host.ts), from the same session: a desktop with a tray host hides to it instead.
  const host = await probeTrayHost(process.platform, { currentDesktop: process.env['XDG_CURRENT_DESKTOP'], sessionType: process.env['XDG_SESSION_TYPE'] });
  test.skip(process.platform !== 'linux' || host === 'present', 'this desktop shows tray icons: closing hides the window to the tray');
  const app = await launch(userData);
  const ui = await uiWindow(app);
  await expect(ui.getByTestId('no-tray-notice')).toBeVisible();
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().startsWith('app://ui/'))?.close());
  const state = await app.evaluate(({ BrowserWindow }) => {
    const win = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().startsWith('app://ui/'));
    return win ? { destroyed: win.isDestroyed(), reachable: win.isVisible() || win.isMinimized() } : null;
  });
  expect(state).toEqual({ destroyed: false, reachable: true });
  await app.close();
});

test("the window gets the operating system's regional format, and its title names the screen", async () => {
  const app = await launch(userData);
  const ui = await uiWindow(app);
  const system = await app.evaluate(({ app: electronApp }) => ({
    system: electronApp.getSystemLocale(),
    preferred: electronApp.getPreferredSystemLanguages(),
    chromium: electronApp.getLocale(),
  }));
  const answer = await ui.evaluate(() => window.planner?.invoke('app:get-locale', {}));
  expect(answer).toMatchObject({ ok: true });
  const locales = (answer as { value: { locales: string[] } }).value.locales;
  // The regional format comes first whenever the system reports one Intl can read.
  const first = [system.system, ...system.preferred, system.chromium].map((l) => l.split(/[.@]/)[0]?.replace(/_/g, '-') ?? '').find((l) => l && l !== 'C' && l !== 'POSIX');
  if (first) expect(locales[0]?.toLowerCase()).toBe(Intl.getCanonicalLocales(first)[0]?.toLowerCase());
  // Electron shows the page's title as the window's: a screen change names the screen.
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toContain('Settings — MLE Path');
  await app.close();
});

test('the tray menu’s first item opens Today, and says when the focus timer runs', async () => {
  const app = await launch(userData);
  const ui = await uiWindow(app);
  await saveFirstProfile(ui);
  // Electron has no getter for a tray's menu: keep each one main sets, then act on it as a click would.
  await app.evaluate(({ Tray }) => {
    const set = Tray.prototype.setContextMenu;
    Tray.prototype.setContextMenu = function (this: Electron.Tray, menu: Electron.Menu | null) {
      (globalThis as { __trayMenu?: Electron.Menu | null }).__trayMenu = menu;
      set.call(this, menu);
    };
  });
  const firstItem = () => app.evaluate(() => (globalThis as { __trayMenu?: Electron.Menu | null }).__trayMenu?.items[0]?.label ?? null);
  // A settings change rebuilds the tray's menu (main's fan-out).
  expect(await ui.evaluate(() => window.planner!.invoke('settings:update', { theme: 'light' }))).toMatchObject({ ok: true });
  await expect.poll(firstItem).toBe('Open Today');
  await app.evaluate(() => (globalThis as { __trayMenu?: Electron.Menu | null }).__trayMenu?.items[0]?.click());
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toContain('Today — MLE Path');
  await expect(ui.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

  // The plan starts in May: Today shows its first session, and the timer can run for it.
  await expect(ui.getByTestId('today-focus')).toBeVisible();
  // The timer started from Today: the tray says so (rebuilt when the timer's state changes).
  await ui.getByTestId('today-focus').getByRole('button', { name: 'Start focus timer' }).click();
  await expect.poll(firstItem).toBe('Today (focus timer running)');
  await ui.getByTestId('today-focus').getByRole('button', { name: 'Pause' }).click();
  await expect.poll(firstItem).toBe('Today (focus timer paused)');
  await app.close();
});

test("a content pack loaded through Electron's open dialog is previewed, applied, and still in use after a restart", async () => {
  const packFile = path.join(userData, 'mle-path-ml-engineer-9.0.0.json');
  const pack = structuredClone(builtInPack);
  pack.packVersion = '9.0.0';
  await writeFile(packFile, packFileText(pack));

  const first = await launch(userData);
  const ui = await uiWindow(first);
  await saveFirstProfile(ui);
  await first.evaluate(({ dialog }, target) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [target] })) as typeof dialog.showOpenDialog;
  }, packFile);
  const preview = await ui.evaluate(() => window.planner!.invoke('content:choose-file', {}));
  expect(preview).toMatchObject({ ok: true, value: { fileName: path.basename(packFile), to: { packVersion: '9.0.0', origin: 'file' } } });
  const token = preview.ok && preview.value ? preview.value.token : '';
  expect(await ui.evaluate((t) => window.planner!.invoke('content:apply', { token: t }), token)).toMatchObject({ ok: true, value: { packVersion: '9.0.0' } });
  await first.close();

  const second = await launch(userData);
  const again = await uiWindow(second);
  expect(await again.evaluate(() => window.planner!.invoke('content:status', {}))).toMatchObject({ ok: true, value: { current: { packVersion: '9.0.0', origin: 'file' } } });
  await second.close();
});
