/**
 * The packaged shape of the app in real Electron: windows are locked down, the preload exposes
 * only window.planner, and a profile saved in the UI survives a restart.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { saveFirstProfile } from './first-run';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

async function launch(userData: string): Promise<ElectronApplication> {
  const executablePath = process.env['MLE_PATH_ELECTRON_BINARY'];
  if (!executablePath) throw new Error('Run this suite through tests/electron/run.mjs.');
  return electron.launch({ executablePath, args: [REPO_ROOT], env: { ...process.env, MLE_PATH_USER_DATA: userData } });
}

async function uiWindow(app: ElectronApplication): Promise<Page> {
  const isUi = (p: Page) => p.url().startsWith('app://ui/');
  const existing = app.windows().find(isUi);
  return existing ?? app.waitForEvent('window', { predicate: isUi });
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
