/** Creates the UI window and the hidden store-host window with the same locked-down preferences. */
import { BrowserWindow, type WebPreferences } from 'electron';
import { STORE_WINDOW_PREFERENCES } from './window-preferences';
import { MIN_WINDOW, type SavedWindowState, type WindowPlacement } from './window-state';

function securePreferences(preload: string, backgroundThrottling = true): WebPreferences {
  return {
    preload,
    backgroundThrottling,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Opens where window-state.ts placed it (remembered size and position, kept on a display). */
export function createUiWindow(preload: string, placement: WindowPlacement): BrowserWindow {
  const win = new BrowserWindow({
    width: placement.width,
    height: placement.height,
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : { center: true }),
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: 'MLE Path',
    backgroundColor: '#f7f8fa',
    webPreferences: securePreferences(preload),
  });
  win.once('ready-to-show', () => {
    // maximize() also shows the window, so it waits for the first paint too.
    if (placement.maximized) win.maximize();
    win.show();
  });
  return win;
}

export function createStoreWindow(preload: string): BrowserWindow {
  return new BrowserWindow({ show: false, webPreferences: securePreferences(preload, STORE_WINDOW_PREFERENCES.backgroundThrottling) });
}

/** What to remember of the UI window: its normal (unmaximised) bounds and whether it is maximised. */
export function windowStateOf(win: BrowserWindow): SavedWindowState {
  return { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
}
