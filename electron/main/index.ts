/**
 * Main process entry: wires the Electron-free modules (router, store client, policies) to
 * Electron. Keep decisions out of here; they belong in modules that unit tests can run.
 */
import path from 'node:path';
import type { BrowserWindow} from 'electron';
import { app, dialog, ipcMain, powerMonitor } from 'electron';
import { events, isEventName, type EventPayloadOf } from '../../shared/ipc/contract';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/ipc/transport';
import { backupChannels, createBackupService } from './backup-service';
import { hardenApp } from './harden';
import { createIpcRouter } from './ipc-router';
import { createDesktopNotifier } from './notifications';
import { builtPaths } from './paths';
import { registerAppScheme, serveAppScheme } from './protocol';
import { createReminderScheduler, navigationFor } from './reminder-scheduler';
import { STORE_ORIGIN, UI_ORIGIN } from './security';
import { createStoreClient } from './store-client';
import { runStoreHost } from './store-host';
import { createUiWindow } from './windows';

// Lets the Electron e2e suite give each run a fresh data folder.
const userDataOverride = process.env['MLE_PATH_USER_DATA'];
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

// Windows shows notifications only for an app with an AppUserModelID; it must equal
// electron-builder's appId (electron-builder.yml) and never change after release.
const APP_USER_MODEL_ID = 'io.github.mlepath.desktop';
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  start();
}

function start(): void {
  const paths = builtPaths(__dirname);
  let uiWindow: BrowserWindow | null = null;

  const store = createStoreClient({
    onEvent(event, payload) {
      if (!isEventName(event) || !events[event].safeParse(payload).success) return;
      if (uiWindow && !uiWindow.isDestroyed()) uiWindow.webContents.send(IPC_EVENT, event, payload);
      // Sessions, bookings or reminder settings changed: what is due may have changed too.
      if (event === 'plan:changed' || event === 'settings:changed') void reminders.rescan(event);
    },
  });
  const notifier = createDesktopNotifier({ onClick: (target) => openScreen(navigationFor(target)) });
  // Calls made before the store host is ready are queued by the store client, so the first
  // check runs as soon as the database is open. Every tick also compares this computer's time
  // zone with the previous tick's and rescans on a change (travel, DST rules are the zone's).
  const reminders = createReminderScheduler({
    clock: { now: () => Date.now(), setInterval: (fn, ms) => setInterval(fn, ms), clearInterval: (h) => clearInterval(h as NodeJS.Timeout) },
    store,
    notifier,
  });
  const backups = createBackupService({
    store,
    appVersion: app.getVersion(),
    now: () => new Date(),
    safetyDir: path.join(app.getPath('userData'), 'safety-backups'),
    onRestored: () => void reminders.rescan('restore'),
    dialogs: {
      async chooseSavePath(defaultName) {
        const options = { defaultPath: path.join(app.getPath('documents'), defaultName), filters: [{ name: 'MLE Path backup', extensions: ['json'] }] };
        const r = uiWindow ? await dialog.showSaveDialog(uiWindow, options) : await dialog.showSaveDialog(options);
        return r.canceled || !r.filePath ? null : r.filePath;
      },
      async chooseOpenPath() {
        const options = { properties: ['openFile' as const], filters: [{ name: 'MLE Path backup', extensions: ['json'] }] };
        const r = uiWindow ? await dialog.showOpenDialog(uiWindow, options) : await dialog.showOpenDialog(options);
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
    },
  });
  const router = createIpcRouter({
    trustedOrigin: UI_ORIGIN,
    forward: (channel, request) => store.request(channel, request),
    local: backupChannels(backups),
  });

  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, payload: unknown) => {
    const frame = event.senderFrame;
    return router.handle({ url: frame?.url ?? '', isMainFrame: frame !== null && frame === event.sender.mainFrame }, channel, payload);
  });

  function showUi(): void {
    if (uiWindow && !uiWindow.isDestroyed()) {
      if (uiWindow.isMinimized()) uiWindow.restore();
      uiWindow.focus();
      return;
    }
    uiWindow = createUiWindow(paths.uiPreload);
    uiWindow.on('closed', () => {
      uiWindow = null;
      // The hidden store host is also a window, so 'window-all-closed' never fires while it
      // runs: closing the UI window is what ends the app on Windows and Linux.
      if (process.platform !== 'darwin') app.quit();
    });
    void uiWindow.loadURL(`${UI_ORIGIN}/index.html`);
  }

  /** Opens (or focuses) the UI window and shows a screen once the page can hear the event. */
  function openScreen(navigation: EventPayloadOf<'navigate'>): void {
    showUi();
    const win = uiWindow;
    if (!win || win.isDestroyed()) return;
    const send = () => {
      if (!win.isDestroyed()) win.webContents.send(IPC_EVENT, 'navigate', navigation);
    };
    if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
    else send();
  }

  app.on('second-instance', showUi);

  void app.whenReady().then(() => {
    hardenApp();
    serveAppScheme({ ui: paths.uiRoot, store: paths.storeRoot });
    const host = runStoreHost(store, paths.storePreload, `${STORE_ORIGIN}/index.html`);
    reminders.start();
    // Timers do not run while the machine sleeps: check at once on wake-up.
    powerMonitor.on('resume', () => void reminders.rescan('resume'));
    app.on('before-quit', () => {
      void reminders.stop();
      notifier.dispose();
      host.stop();
    });
    showUi();
    app.on('activate', showUi);
  });
}
