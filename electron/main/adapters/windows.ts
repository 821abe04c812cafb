/** Creates the UI window and the hidden store-host window with the same locked-down preferences. */
import { app, BrowserWindow, type WebPreferences } from 'electron';
import { devToolsAllowed } from '../core/app-menu';
import { spellcheckAvailable } from '../core/context-menu';
import { STORE_WINDOW_PREFERENCES } from '../core/window-preferences';
import { MIN_WINDOW, type SavedWindowState, type WindowPlacement } from '../core/window-state';

/**
 * The locked-down preferences both windows share. `spellcheck`: only the UI window has fields
 * to check; `backgroundThrottling`: off for the hidden store window (window-preferences.ts).
 */
function securePreferences(preload: string, differences: { spellcheck?: boolean; backgroundThrottling?: boolean } = {}): WebPreferences {
  const { spellcheck = false, backgroundThrottling = true } = differences;
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
    spellcheck,
    // A release build cannot open DevTools (its menu has no item for them either).
    devTools: devToolsAllowed(app.isPackaged),
  };
}

/**
 * Opens where window-state.ts placed it (remembered size and position, kept on a display),
 * painted in the theme's background colour until the page draws.
 */
export function createUiWindow(preload: string, placement: WindowPlacement, backgroundColor: string): BrowserWindow {
  const win = new BrowserWindow({
    width: placement.width,
    height: placement.height,
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : { center: true }),
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: 'MLE Path',
    backgroundColor,
    webPreferences: securePreferences(preload, { spellcheck: spellcheckAvailable(process.platform) }),
  });
  win.once('ready-to-show', () => {
    // maximize() also shows the window, so it waits for the first paint too.
    if (placement.maximized) win.maximize();
    win.show();
  });
  return win;
}

export function createStoreWindow(preload: string): BrowserWindow {
  return new BrowserWindow({ show: false, webPreferences: securePreferences(preload, STORE_WINDOW_PREFERENCES) });
}

/** What to remember of the UI window: its normal (unmaximised) bounds and whether it is maximised. */
export function windowStateOf(win: BrowserWindow): SavedWindowState {
  return { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
}
