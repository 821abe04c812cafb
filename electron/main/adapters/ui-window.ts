/**
 * The one UI window: opens it at its saved place, saves its place as it moves, decides what
 * closing it does (tray-menu.ts's closeDecision), asks before unsaved typing is dropped, and
 * shows a screen main was asked for (a clicked notification, tray item or menu command).
 */
import path from 'node:path';
import { app, dialog, screen, type BrowserWindow } from 'electron';
import { IPC_EVENT } from '../../../shared/ipc/transport';
import type { PendingNavigation, Navigation } from '../core/pending-navigation';
import type { DesktopStatusHolder } from '../core/desktop-status';
import { UI_ORIGIN } from '../core/security';
import { afterWindowClosed, closeDecision } from '../core/tray-menu';
import { clampToDisplays, debounce, WINDOW_STATE_FILE } from '../core/window-state';
import { loadWindowState, saveWindowState } from '../core/window-state-file';
import { attachContextMenu } from './menus';
import { createUiWindow, windowStateOf } from './windows';

const WINDOW_STATE_SAVE_DELAY_MS = 500;

/** Whether the app is quitting: set before windows get their 'close', so a quit closes instead of hiding. */
export interface QuitState {
  quitting: boolean;
}

export interface UiWindowDeps {
  platform: NodeJS.Platform;
  preload: string;
  desktop: DesktopStatusHolder;
  pendingNavigation: PendingNavigation;
  quit: QuitState;
  /** The background for a new window under the current theme. */
  backgroundColor(): string;
  /** Called when closing hid the window to the tray. */
  hiddenToTray(): void;
}

export interface UiWindow {
  current(): BrowserWindow | null;
  show(): void;
  openScreen(navigation: Navigation): void;
}

/** Work areas of the connected displays, primary first (window-state.ts's fallback). */
function workAreas() {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
}

export function createUiWindowHost(deps: UiWindowDeps): UiWindow {
  const windowStateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  let uiWindow: BrowserWindow | null = null;

  function show(): void {
    if (uiWindow && !uiWindow.isDestroyed()) {
      if (uiWindow.isMinimized()) uiWindow.restore();
      if (!uiWindow.isVisible()) uiWindow.show();
      uiWindow.focus();
      return;
    }
    const win = createUiWindow(deps.preload, clampToDisplays(loadWindowState(windowStateFile), workAreas()), deps.backgroundColor());
    uiWindow = win;
    attachContextMenu(win.webContents);
    deps.pendingNavigation.pageLoading();
    // A reload starts a page that has not subscribed yet (navigation elsewhere is blocked).
    win.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) deps.pendingNavigation.pageLoading();
    });
    const saveState = () => {
      if (!win.isDestroyed()) saveWindowState(windowStateFile, windowStateOf(win));
    };
    const stateSaver = debounce(saveState, WINDOW_STATE_SAVE_DELAY_MS, { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as NodeJS.Timeout) });
    win.on('resize', () => stateSaver.schedule());
    win.on('move', () => stateSaver.schedule());
    win.on('maximize', () => stateSaver.schedule());
    win.on('unmaximize', () => stateSaver.schedule());
    win.on('close', (event) => {
      stateSaver.cancel();
      saveState();
      // Default before the first settings answer: the store's default (keep running in the tray).
      const decision = closeDecision(deps.desktop.closeBehaviour(), deps.quit.quitting);
      if (decision === 'hide') {
        event.preventDefault();
        win.hide();
        deps.hiddenToTray();
      } else if (decision === 'minimize') {
        // No tray to come back from (tray-host.ts): stay running, but in the taskbar.
        event.preventDefault();
        win.minimize();
      }
    });
    // A page holding unsaved typing (the profile form) answers beforeunload; Electron would
    // then cancel a quit without a word, so the learner is asked, and a quit goes ahead on "Leave".
    win.webContents.on('will-prevent-unload', (event) => {
      const choice = dialog.showMessageBoxSync(win, {
        type: 'question',
        buttons: ['Leave without saving', 'Stay'],
        defaultId: 1,
        cancelId: 1,
        message: 'You have changes that are not saved.',
        detail: 'Leave without saving them?',
      });
      if (choice === 0) event.preventDefault();
      else deps.quit.quitting = false;
    });
    // Windows logging off or shutting down: a hidden-to-tray close must not hold it up.
    win.on('session-end', () => {
      deps.quit.quitting = true;
    });
    win.on('closed', () => {
      stateSaver.cancel();
      if (uiWindow === win) {
        uiWindow = null;
        deps.pendingNavigation.windowClosed();
      }
      // The hidden store host is also a window, so 'window-all-closed' never fires while it
      // runs: a window that really closed (not hidden to the tray) ends the app on Windows
      // and Linux.
      if (afterWindowClosed(deps.platform) === 'quit') app.quit();
    });
    void win.loadURL(`${UI_ORIGIN}/index.html`);
  }

  return {
    current: () => uiWindow,
    show,
    /**
     * Opens (or focuses) the window and shows a screen: as an event when the page is listening,
     * otherwise held until the page, once subscribed, takes it (`app:take-pending-navigation`).
     * Waiting for 'did-finish-load' was not enough: React subscribes after the load finishes.
     */
    openScreen(navigation) {
      show();
      const win = uiWindow;
      if (!win || win.isDestroyed()) return;
      if (deps.pendingNavigation.request(navigation) === 'send') win.webContents.send(IPC_EVENT, 'navigate', navigation);
    },
  };
}
