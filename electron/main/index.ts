/**
 * Main process entry: wires the Electron-free modules (router, store client, policies) to
 * Electron. Keep decisions out of here; they belong in modules that unit tests can run.
 */
import path from 'node:path';
import type { BrowserWindow} from 'electron';
import { app, ipcMain } from 'electron';
import { events, isEventName } from '../../shared/ipc/contract';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/ipc/transport';
import { hardenApp } from './harden';
import { createIpcRouter } from './ipc-router';
import { builtPaths } from './paths';
import { registerAppScheme, serveAppScheme } from './protocol';
import { STORE_ORIGIN, UI_ORIGIN } from './security';
import { createStoreClient } from './store-client';
import { runStoreHost } from './store-host';
import { createUiWindow } from './windows';

// Lets the Electron e2e suite give each run a fresh data folder.
const userDataOverride = process.env['MLE_PATH_USER_DATA'];
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

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
    },
  });
  const router = createIpcRouter({ trustedOrigin: UI_ORIGIN, forward: (channel, request) => store.request(channel, request) });

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

  app.on('second-instance', showUi);

  void app.whenReady().then(() => {
    hardenApp();
    serveAppScheme({ ui: paths.uiRoot, store: paths.storeRoot });
    const host = runStoreHost(store, paths.storePreload, `${STORE_ORIGIN}/index.html`);
    app.on('before-quit', () => host.stop());
    showUi();
    app.on('activate', showUi);
  });
}
