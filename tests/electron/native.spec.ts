/**
 * The desktop parts only Electron has, in the app run from source (a development build): the
 * application menu and what its items do, the right-click edit menu, and the native theme and
 * window background following the learner's theme. packaged.spec.ts checks that a release
 * build has no DevTools and no Reload.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { saveFirstProfile } from './first-run';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

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

interface MenuNode {
  label: string;
  role: string;
  accelerator: string;
  submenu: MenuNode[];
}

/** The application menu as Electron holds it, labels without their mnemonic markers. */
async function applicationMenu(app: ElectronApplication): Promise<MenuNode[]> {
  return app.evaluate(({ Menu }) => {
    const walk = (items: Electron.MenuItem[]): MenuNode[] =>
      items.map((i) => ({
        label: i.label.replace(/&(&?)/g, '$1'),
        role: (i.role ?? '').toLowerCase(),
        accelerator: i.accelerator ?? '',
        submenu: i.submenu ? walk(i.submenu.items) : [],
      }));
    return walk(Menu.getApplicationMenu()?.items ?? []);
  });
}

/** Clicks the application menu item with this label, as a learner choosing it would. */
async function chooseMenuItem(app: ElectronApplication, label: string): Promise<void> {
  const found = await app.evaluate(({ BrowserWindow, Menu }, wanted) => {
    const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined => {
      for (const i of items) {
        if (i.label.replace(/&(&?)/g, '$1') === wanted) return i;
        const inner = i.submenu ? find(i.submenu.items) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const item = find(Menu.getApplicationMenu()?.items ?? []);
    const win = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().startsWith('app://ui/'));
    // MenuItem.click(event, focusedWindow, focusedWebContents) runs the item's handler.
    item?.click(undefined, win, win?.webContents);
    return item !== undefined;
  }, label);
  expect(found, `menu item "${label}"`).toBe(true);
}

/** Roles such as Reload act on the focused window. */
async function focusUi(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().startsWith('app://ui/'))?.focus());
}

const flatten = (nodes: MenuNode[]): MenuNode[] => nodes.flatMap((n) => [n, ...flatten(n.submenu)]);

let userData = '';
test.beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'mle-path-native-'));
});
test.afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

test('the application menu: File, Edit, View, Window, Help; About, Settings… and every screen', async () => {
  const app = await launch(userData);
  await uiWindow(app);
  const menu = await applicationMenu(app);
  const top = menu.map((m) => m.label);
  expect(top).toEqual(process.platform === 'darwin' ? ['MLE Path', 'File', 'Edit', 'View', 'Window', 'Help'] : ['File', 'Edit', 'View', 'Window', 'Help']);
  const items = flatten(menu);
  expect(items.filter((i) => i.role === 'about')).toHaveLength(1);
  expect(items.find((i) => i.label === 'Settings…')?.accelerator).toBe('CmdOrCtrl+,');
  const screens = ['Dashboard', 'Today', 'Roadmap', 'Timeline', 'Week', 'Review', 'Certifications', 'Readiness Quiz', 'Exam Practice'];
  screens.forEach((label, i) => expect(items.find((item) => item.label === label)?.accelerator, label).toBe(`CmdOrCtrl+${i + 1}`));
  // History comes after the nine numbered screens, without a shortcut.
  expect(items.find((item) => item.label === 'History')).toMatchObject({ label: 'History' });
  expect(items.find((item) => item.label === 'History')?.accelerator).toBeFalsy();
  for (const label of ['Export Backup…', 'Restore from Backup…', 'Export Study Calendar (.ics)…']) expect(items.some((i) => i.label === label), label).toBe(true);
  // Edit is the OS's own, from roles.
  const edit = menu.find((m) => m.label === 'Edit')?.submenu.map((i) => i.role) ?? [];
  expect(edit).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectall']));
  // A development build keeps Reload and DevTools; Electron's default Help (its website) is gone.
  expect(items.map((i) => i.role)).toEqual(expect.arrayContaining(['reload', 'toggledevtools']));
  expect(items.some((i) => /electron/i.test(i.label))).toBe(false);
  await app.close();
});

test('menu items open their screen through the navigation the window listens to', async () => {
  const app = await launch(userData);
  const ui = await uiWindow(app);
  await saveFirstProfile(ui);
  await chooseMenuItem(app, 'Settings…');
  await expect(ui.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await chooseMenuItem(app, 'Roadmap');
  await expect(ui.getByRole('heading', { name: 'Your roadmap', level: 1 })).toBeVisible();
  await chooseMenuItem(app, 'History');
  await expect(ui.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  // And by keyboard: Cmd/Ctrl+, and Cmd/Ctrl+3 (Roadmap, after Dashboard and Today).
  await focusUi(app);
  await ui.keyboard.press(`${MOD}+Comma`);
  await expect(ui.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await ui.keyboard.press(`${MOD}+Digit3`);
  await expect(ui.getByRole('heading', { name: 'Your roadmap', level: 1 })).toBeVisible();
  await app.close();
});

test('in development the DevTools and Reload shortcuts work (the control for the packaged suite)', async () => {
  const app = await launch(userData);
  const ui = await uiWindow(app);
  await ui.getByRole('heading', { level: 1 }).first().waitFor();
  await focusUi(app);
  const devTools = process.platform === 'darwin' ? 'Meta+Alt+KeyI' : 'Control+Shift+KeyI';
  await ui.keyboard.press(devTools);
  await expect
    .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((w) => w.webContents.getURL().startsWith('app://ui/') && w.webContents.isDevToolsOpened())))
    .toBe(true);
  await ui.evaluate(() => ((window as unknown as { __beforeReload: boolean }).__beforeReload = true));
  await focusUi(app);
  await ui.keyboard.press(`${MOD}+KeyR`);
  await expect.poll(() => ui.evaluate(() => (window as unknown as { __beforeReload?: boolean }).__beforeReload ?? false)).toBe(false);
  await app.close();
});

test('title bar, menus and window background follow the theme chosen in Settings, at once', async () => {
  const app = await launch(userData);
  const ui = await uiWindow(app);
  const native = () =>
    app.evaluate(({ BrowserWindow, nativeTheme }) => {
      const win = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().startsWith('app://ui/'));
      return { themeSource: nativeTheme.themeSource, background: win?.getBackgroundColor().toLowerCase() ?? '' };
    });
  const setTheme = (theme: string) =>
    ui.evaluate((t) => (window as unknown as { planner: { invoke(c: string, r: unknown): Promise<{ ok: boolean }> } }).planner.invoke('settings:update', { theme: t }), theme);

  expect((await setTheme('dark')).ok).toBe(true);
  await expect.poll(native).toEqual({ themeSource: 'dark', background: '#0f1216' });
  expect((await setTheme('light')).ok).toBe(true);
  await expect.poll(native).toEqual({ themeSource: 'light', background: '#f5f6f8' });
  expect((await setTheme('system')).ok).toBe(true);
  await expect.poll(async () => (await native()).themeSource).toBe('system');
  const osDark = await app.evaluate(({ nativeTheme }) => nativeTheme.shouldUseDarkColors);
  expect((await native()).background).toBe(osDark ? '#0f1216' : '#f5f6f8');
  await app.close();
});

/** Records each menu popped up instead of showing it (a native menu would block the test). */
async function recordPopups(app: ElectronApplication): Promise<() => Promise<string[][]>> {
  await app.evaluate(({ Menu }) => {
    const shown: string[][] = [];
    (globalThis as { __shownMenus?: string[][] }).__shownMenus = shown;
    Menu.prototype.popup = function popup(this: Electron.Menu) {
      shown.push(this.items.filter((i) => i.type !== 'separator').map((i) => i.label));
    };
  });
  return () => app.evaluate(() => (globalThis as { __shownMenus?: string[][] }).__shownMenus ?? []);
}

test('right-click on an editable field shows Cut, Copy, Paste and Select All; on empty space nothing', async () => {
  const app = await launch(userData);
  const ui = await uiWindow(app);
  const shown = await recordPopups(app);

  await ui.getByLabel('Weekly study hours').click({ button: 'right' });
  await expect.poll(shown).toEqual([['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All']]);
  // The empty sidebar below the screen list: no text, no field.
  const nav = await ui.getByRole('navigation', { name: 'Main' }).boundingBox();
  if (!nav) throw new Error('no sidebar');
  await ui.mouse.click(nav.x + nav.width / 2, nav.y + nav.height + 24, { button: 'right' });
  await ui.waitForTimeout(500); // the menu is asked for as the click is handled
  expect(await shown()).toHaveLength(1);
  await app.close();
});

test('a misspelt word in the notes gets suggestions and Add to Dictionary where the OS checks spelling', async () => {
  const app = await launch(userData);
  const ui = await uiWindow(app);
  await saveFirstProfile(ui);
  const shown = await recordPopups(app);
  const python = ui.locator('.milestone', { hasText: 'Core Python' });
  await python.getByText('Notes and links').click();
  const notes = python.getByLabel('Notes on Core Python');
  expect(await notes.evaluate((el: HTMLTextAreaElement) => el.spellcheck)).toBe(true);
  await notes.fill('recieve');
  const lastMenu = async () => {
    await notes.click({ button: 'right', position: { x: 24, y: 14 } });
    return (await shown()).at(-1) ?? [];
  };
  if (process.platform === 'darwin' || process.platform === 'win32') {
    // Spelling is checked a moment after typing; ask again until the word is marked.
    await expect.poll(lastMenu, { timeout: 15_000 }).toContain('Add to Dictionary');
    expect(await lastMenu()).toEqual(expect.arrayContaining(['Cut', 'Copy', 'Paste', 'Select All']));
  } else {
    // Linux: no spelling (its dictionaries would be downloaded); the edit menu still works.
    await ui.waitForTimeout(1500);
    const menu = await lastMenu();
    expect(menu).not.toContain('Add to Dictionary');
    expect(menu).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All']);
  }
  await app.close();
});
