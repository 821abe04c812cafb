/** Creates the UI window and the hidden store-host window with the same locked-down preferences. */
import { app, BrowserWindow, type WebPreferences } from 'electron';
import { devToolsAllowed } from './app-menu';
import { spellcheckAvailable } from './context-menu';
import { MIN_WINDOW, type SavedWindowState, type WindowPlacement } from './window-state';

/** `spellcheck`: only the UI window has fields to check; the store host has none. */
function securePreferences(preload: string, spellcheck = false): WebPreferences {
  return {
    preload,
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
    webPreferences: securePreferences(preload, spellcheckAvailable(process.platform)),
  });
  win.once('ready-to-show', () => {
    // maximize() also shows the window, so it waits for the first paint too.
    if (placement.maximized) win.maximize();
    win.show();
  });
  return win;
}

export function createStoreWindow(preload: string): BrowserWindow {
  return new BrowserWindow({ show: false, webPreferences: securePreferences(preload) });
}

/** What to remember of the UI window: its normal (unmaximised) bounds and whether it is maximised. */
export function windowStateOf(win: BrowserWindow): SavedWindowState {
  return { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
}
