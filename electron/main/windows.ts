/** Creates the UI window and the hidden store-host window with the same locked-down preferences. */
import { BrowserWindow, type WebPreferences } from 'electron';

function securePreferences(preload: string): WebPreferences {
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
    spellcheck: false,
  };
}

export function createUiWindow(preload: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'MLE Path',
    backgroundColor: '#f7f8fa',
    webPreferences: securePreferences(preload),
  });
  win.once('ready-to-show', () => win.show());
  return win;
}

export function createStoreWindow(preload: string): BrowserWindow {
  return new BrowserWindow({ show: false, webPreferences: securePreferences(preload) });
}
