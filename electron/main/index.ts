/**
 * Main process entry: wires the Electron-free modules (router, store client, policies) to
 * Electron. Keep decisions out of here; they belong in modules that unit tests can run.
 */
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, FileFilter, OpenDialogOptions } from 'electron';
import { app, dialog, ipcMain, powerMonitor, screen } from 'electron';
import type { AppSettings } from '../../shared/domain/records';
import { events, isEventName, type EventName, type EventPayloadOf } from '../../shared/ipc/contract';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/ipc/transport';
import { backupChannels, createBackupService, resetChannel, scheduleDailyBackups } from './core/backup-service';
import { buildIdentity, userDataPath } from './core/build-identity';
import { calendarChannels, createCalendarExportService } from './core/calendar-export';
import { CALENDAR_LEDGER_FILE, createCalendarLedgerFile } from './core/calendar-ledger-file';
import { calendarSyncChannels, createCalendarSync } from './core/calendar-sync';
import { aboutPanelOptions, buildAppMenu, ENGLISH_MENU_LABELS } from './core/app-menu';
import { WINDOW_BACKGROUND } from './core/appearance';
import { createMenuCommands } from './core/menu-commands';
import { attachContextMenu, installAppMenu } from './adapters/menus';
import { confirmBox, errorBox } from './adapters/native-dialogs';
import { createNativeTheme } from './adapters/native-theme';
import { createPdfExport, pdfChannels } from './core/pdf-export';
import { hardenApp } from './adapters/harden';
import { formatLocales, lazyDisplayFormat, localeChannels } from './core/locale';
import { createIpcRouter } from './core/ipc-router';
import { loginItemPlan, startedAtLogin } from './core/login-item';
import { applyXdgPlan } from './core/login-item-files';
import { createDesktopStatus, desktopChannels, DESKTOP_STATE_FILE } from './core/desktop-status';
import { loadDesktopState, saveDesktopState } from './core/desktop-state-file';
import { notificationIconPath } from './core/app-icon';
import { createDesktopNotifier } from './adapters/notifications';
import type { Activation } from './core/notification-routing';
import { runSessionAction } from './core/session-actions';
import { createPendingNavigation, navigationChannels, type Navigation } from './core/pending-navigation';
import { builtPaths } from './core/paths';
import { registerAppScheme, serveAppScheme } from './adapters/protocol';
import { createReminderScheduler } from './core/reminder-scheduler';
import { STORE_ORIGIN, UI_ORIGIN } from './core/security';
import { createStoreClient } from './core/store-client';
import { runStoreHost } from './adapters/store-host';
import { createAppTray, type AppTray } from './adapters/tray';
import { probeTrayHost } from './core/tray-host';
import { afterWindowClosed, buildTrayMenu, closeDecision, trayHint, type TrayAction } from './core/tray-menu';
import { createTraySource } from './core/tray-source';
import { clampToDisplays, debounce, WINDOW_STATE_FILE } from './core/window-state';
import { loadWindowState, saveWindowState } from './core/window-state-file';
import { createUiWindow, windowStateOf } from './adapters/windows';

/** How often the tray's "Today's sessions" is refreshed besides plan and settings changes. */
const TRAY_REFRESH_MS = 5 * 60 * 1000;
const WINDOW_STATE_SAVE_DELAY_MS = 500;

// A copy run from source is not the installed app (build-identity.ts): its own name, data
// folder (and so its own single-instance lock) and AppUserModelID, set before anything reads them.
// MLE_PATH_USER_DATA gives each Electron-tier run a fresh data folder.
const identity = buildIdentity(app.isPackaged);
app.setName(identity.name);
app.setPath('userData', userDataPath(identity, app.getPath('appData'), process.env['MLE_PATH_USER_DATA']));
if (process.platform === 'win32') app.setAppUserModelId(identity.appUserModelId);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  start();
}

function start(): void {
  const paths = builtPaths(__dirname);
  const platform = process.platform;
  let uiWindow: BrowserWindow | null = null;
  let tray: AppTray | null = null;
  /** The learner's settings as the store last reported them; null until the first answer. */
  let settings: AppSettings | null = null;
  let appliedLaunchAtLogin: boolean | null = null;
  // Set before windows get their 'close': a quit must close the window, not hide it.
  let isQuitting = false;
  app.on('before-quit', () => {
    isQuitting = true;
  });
  const windowStateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  // A screen asked for while the UI page cannot hear it yet (issue 4): the page takes it.
  const pendingNavigation = createPendingNavigation();
  // What closing the window does here, and what the system refused, for Settings and the window.
  const desktopStateFile = path.join(app.getPath('userData'), DESKTOP_STATE_FILE);
  const desktop = createDesktopStatus({
    platform,
    saved: loadDesktopState(desktopStateFile),
    save: (state) => saveDesktopState(desktopStateFile, state),
    now: () => new Date(),
    onChange: (status) => sendToUi('app:desktop-status-changed', status),
  });
  // The learner's regional format, for the window (app:get-locale) and main's own words.
  const systemLocales = () => formatLocales({ system: app.getSystemLocale(), preferred: app.getPreferredSystemLanguages(), app: app.getLocale() });
  const displayFormat = lazyDisplayFormat(systemLocales);

  const store = createStoreClient({
    onEvent(event, payload) {
      if (!isEventName(event) || !events[event].safeParse(payload).success) return;
      sendToUi(event, payload as EventPayloadOf<typeof event>); // checked against the contract above
      // Sessions, bookings or reminder settings changed: what is due may have changed too.
      if (event === 'plan:changed' || event === 'settings:changed') void reminders.rescan(event);
      if (event === 'settings:changed') onSettings(payload as AppSettings);
      if (event === 'plan:changed' || event === 'settings:changed') void refreshTray();
      // Ticks, session marks and moves, re-plans and bookings all arrive as plan:changed; the
      // session heads-up (the events' alarm) as settings:changed.
      if (event === 'plan:changed' || event === 'settings:changed') calendarFile.changed();
    },
  });
  const notifier = createDesktopNotifier({
    platform,
    iconPath: notificationIconPath(platform, { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() }),
    onActivation: (activation) => onNotificationActivation(activation),
    onShown: () => desktop.notificationShown(),
    onRefused: (refusal, detail) => desktop.notificationRefused(refusal, detail),
  });
  // Calls made before the store host is ready are queued by the store client, so the first
  // check runs as soon as the database is open. Every tick also compares this computer's time
  // zone with the previous tick's and rescans on a change (travel, DST rules are the zone's).
  const reminders = createReminderScheduler({
    clock: { now: () => Date.now(), setInterval: (fn, ms) => setInterval(fn, ms), clearInterval: (h) => clearInterval(h as NodeJS.Timeout) },
    store,
    notifier,
    format: displayFormat,
  });
  const backups = createBackupService({
    store,
    appVersion: app.getVersion(),
    now: () => new Date(),
    safetyDir: path.join(app.getPath('userData'), 'safety-backups'),
    onRestored: () => {
      void reminders.rescan('restore');
      // A restore replaces the settings without announcing them: read them again (the calendar
      // folder may differ) and rewrite the kept calendar from the restored plan.
      void store.request('settings:get', {}).then((r) => {
        if (r.ok) onSettings(r.value as AppSettings);
      });
      calendarFile.changed();
    },
    dialogs: {
      chooseSavePath: (defaultName) => chooseSavePath(defaultName, { name: 'MLE Path backup', extensions: ['json'] }),
      async chooseOpenPath() {
        const options = { properties: ['openFile' as const], filters: [{ name: 'MLE Path backup', extensions: ['json'] }] };
        const r = uiWindow ? await dialog.showOpenDialog(uiWindow, options) : await dialog.showOpenDialog(options);
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
    },
  });
  // One record of what the calendar files said, for the export and the kept file alike.
  const calendarLedger = createCalendarLedgerFile(path.join(app.getPath('userData'), CALENDAR_LEDGER_FILE), { now: () => new Date() });
  const calendar = createCalendarExportService({
    store,
    ledger: calendarLedger,
    now: () => new Date(),
    dialogs: { chooseSavePath: (defaultName) => chooseSavePath(defaultName, { name: 'Calendar (iCalendar)', extensions: ['ics'] }) },
  });
  const calendarFile = createCalendarSync({
    store,
    ledger: calendarLedger,
    now: () => new Date(),
    timers: { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as NodeJS.Timeout) },
    async chooseFolder(current) {
      const options: OpenDialogOptions = {
        title: 'Keep the study calendar in this folder',
        buttonLabel: 'Use this folder',
        defaultPath: current ?? app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory'],
      };
      const r = uiWindow ? await dialog.showOpenDialog(uiWindow, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    onStatus: (status) => sendToUi('calendar:sync-changed', status),
  });
  const router = createIpcRouter({
    trustedOrigin: UI_ORIGIN,
    forward: (channel, request, writeId) => store.request(channel, request, writeId),
    local: {
      ...navigationChannels(pendingNavigation),
      ...desktopChannels(desktop, { quit: () => app.quit(), testNotification: () => notifier.showSample() }),
      ...localeChannels(systemLocales),
      ...backupChannels(backups),
      ...resetChannel(backups, (channel, request, writeId) => store.request(channel, request, writeId)),
      ...calendarChannels(calendar),
      ...calendarSyncChannels(calendarFile),
      ...pdfChannels(
        createPdfExport({
          now: () => new Date(),
          // The regional format (en-CA, de-DE), not the UI language: it decides the paper.
          locale: () => app.getSystemLocale() || app.getLocale(),
          async renderPdf(options) {
            if (!uiWindow || uiWindow.isDestroyed()) throw new Error('the MLE Path window is not open');
            return uiWindow.webContents.printToPDF(options);
          },
          async chooseSavePath(defaultName) {
            const options = { defaultPath: path.join(app.getPath('documents'), defaultName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
            const r = uiWindow ? await dialog.showSaveDialog(uiWindow, options) : await dialog.showSaveDialog(options);
            return r.canceled || !r.filePath ? null : r.filePath;
          },
        }),
      ),
    },
  });
  // The application menu's commands: screens open like a clicked notification; export and
  // restore use the same services as Settings.
  const runMenuCommand = createMenuCommands({
    openScreen,
    backups,
    calendar,
    confirm: (question) => confirmBox(uiWindow, question),
    showError: (message, detail) => errorBox(uiWindow, message, detail),
    reloadUi: () => {
      if (uiWindow && !uiWindow.isDestroyed()) uiWindow.webContents.reload();
    },
    formatInstant: (iso) => new Date(iso).toLocaleString(app.getLocale()),
  });
  // Title bar, menus and dialogs follow the in-app theme; created once the app is ready.
  let appearance: ReturnType<typeof createNativeTheme> | null = null;
  const traySource = createTraySource({
    store,
    now: () => Date.now(),
    fallbackTimeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  });

  function sendToUi<E extends EventName>(event: E, payload: EventPayloadOf<E>): void {
    if (uiWindow && !uiWindow.isDestroyed()) uiWindow.webContents.send(IPC_EVENT, event, payload);
  }

  async function chooseSavePath(defaultName: string, filter: FileFilter): Promise<string | null> {
    const options = { defaultPath: path.join(app.getPath('documents'), defaultName), filters: [filter] };
    const r = uiWindow ? await dialog.showSaveDialog(uiWindow, options) : await dialog.showSaveDialog(options);
    return r.canceled || !r.filePath ? null : r.filePath;
  }

  function onSettings(next: AppSettings): void {
    settings = next;
    appearance?.apply();
    desktop.setCloseToTray(next.closeToTray);
    if (next.launchAtLogin !== appliedLaunchAtLogin) void applyLaunchAtLogin(next.launchAtLogin);
    // At start this is the first write of the kept calendar; later, a new folder or "stop".
    calendarFile.configure(next.calendarFolder ?? null);
  }

  /** Carries out login-item.ts's plan: Electron's API on macOS and Windows, an XDG file on Linux. */
  async function applyLaunchAtLogin(enabled: boolean): Promise<void> {
    appliedLaunchAtLogin = enabled;
    const plan = loginItemPlan(platform, enabled, {
      execPath: process.execPath,
      appName: identity.name,
      autostartFileName: identity.autostartFileName,
      // Unpackaged (npm start), the Electron binary needs the app folder to know what to run.
      args: app.isPackaged ? [] : [app.getAppPath()],
      env: process.env,
      homeDir: os.homedir(),
    });
    // What the system answered goes to Settings in plain words (platform-messages.ts): macOS may
    // want the learner's approval, or refuse an unsigned copy, without raising an error.
    if (plan.kind === 'electron-api') {
      app.setLoginItemSettings({ openAtLogin: plan.openAtLogin, args: plan.args });
      const readBack = app.getLoginItemSettings({ args: plan.args });
      desktop.loginItemApplied(platform, enabled, {
        kind: 'electron',
        openAtLogin: readBack.openAtLogin,
        status: platform === 'darwin' ? readBack.status : undefined,
        executableWillLaunchAtLogin: platform === 'win32' ? readBack.executableWillLaunchAtLogin : undefined,
      });
    } else if (plan.kind === 'xdg') {
      const applied = await applyXdgPlan(plan);
      desktop.loginItemApplied(platform, enabled, { kind: 'xdg', error: applied.ok ? null : applied.error.message });
    } else {
      desktop.loginItemApplied(platform, enabled, { kind: 'unsupported', reason: plan.reason });
    }
  }

  let trayGeneration = 0;
  async function refreshTray(): Promise<void> {
    if (!tray) return;
    const generation = ++trayGeneration;
    const input = await traySource.menuInput();
    // A newer refresh started meanwhile: its answer is the fresher one.
    if (generation === trayGeneration) tray?.setMenu(buildTrayMenu(input, displayFormat()), input.sessions?.length ?? null);
  }

  function onTrayAction(action: TrayAction): void {
    if (action === 'open') showUi();
    else if (action === 'open-week') openScreen({ screen: 'week' });
    else if (action === 'pause-day' || action === 'resume') {
      // settings:changed comes back through the store: reminders rescan, the tray and UI update.
      void traySource.setPaused(action === 'pause-day').then((r) => {
        if (!r.ok) console.warn(`tray: ${r.error.message}`);
      });
    } else app.quit();
  }

  function showTrayHintOnce(): void {
    if (!settings) return;
    const hint = trayHint(settings.trayHintShown, platform);
    if (!hint) return;
    settings = { ...settings, trayHintShown: true };
    void store.request('settings:update', { trayHintShown: true });
    // Through the notifier: kept referenced until dismissed, and a click opens the window.
    notifier.showNotice(hint.title, hint.body, null);
  }

  /**
   * A reminder clicked, or one of its buttons: open what it announced, or act on the session the
   * way the week view does. An action that changes nothing says why, and its click opens the week.
   */
  function onNotificationActivation(activation: Activation): void {
    if (activation.kind === 'open') {
      if (activation.navigation) openScreen(activation.navigation);
      else showUi();
      return;
    }
    const { session } = activation;
    void runSessionAction({ store, now: () => Date.now() }, activation.action, session).then((outcome) => {
      if (outcome.ok) return;
      console.warn(`reminder action: ${outcome.message}`);
      notifier.showNotice('Nothing was changed', outcome.message, { screen: 'week', weekStart: session.weekStart, sessionId: session.sessionId });
    });
  }

  /** Work areas of the connected displays, primary first (window-state.ts's fallback). */
  function workAreas() {
    const primary = screen.getPrimaryDisplay();
    return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  }

  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, payload: unknown, writeId: unknown) => {
    const frame = event.senderFrame;
    return router.handle({ url: frame?.url ?? '', isMainFrame: frame !== null && frame === event.sender.mainFrame }, channel, payload, writeId);
  });

  function showUi(): void {
    if (uiWindow && !uiWindow.isDestroyed()) {
      if (uiWindow.isMinimized()) uiWindow.restore();
      if (!uiWindow.isVisible()) uiWindow.show();
      uiWindow.focus();
      return;
    }
    const win = createUiWindow(paths.uiPreload, clampToDisplays(loadWindowState(windowStateFile), workAreas()), appearance?.backgroundColor() ?? WINDOW_BACKGROUND.light);
    uiWindow = win;
    attachContextMenu(win.webContents);
    pendingNavigation.pageLoading();
    // A reload starts a page that has not subscribed yet (navigation elsewhere is blocked).
    win.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) pendingNavigation.pageLoading();
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
      const decision = closeDecision(desktop.closeBehaviour(), isQuitting);
      if (decision === 'hide') {
        event.preventDefault();
        win.hide();
        showTrayHintOnce();
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
      else isQuitting = false;
    });
    // Windows logging off or shutting down: a hidden-to-tray close must not hold it up.
    win.on('session-end', () => {
      isQuitting = true;
    });
    win.on('closed', () => {
      stateSaver.cancel();
      if (uiWindow === win) {
        uiWindow = null;
        pendingNavigation.windowClosed();
      }
      // The hidden store host is also a window, so 'window-all-closed' never fires while it
      // runs: a window that really closed (not hidden to the tray) ends the app on Windows
      // and Linux.
      if (afterWindowClosed(platform) === 'quit') app.quit();
    });
    void win.loadURL(`${UI_ORIGIN}/index.html`);
  }

  /**
   * Opens (or focuses) the UI window and shows a screen: as an event when the page is listening,
   * otherwise held until the page, once subscribed, takes it (`app:take-pending-navigation`).
   * Waiting for 'did-finish-load' was not enough: React subscribes after the load finishes.
   */
  function openScreen(navigation: Navigation): void {
    showUi();
    const win = uiWindow;
    if (!win || win.isDestroyed()) return;
    if (pendingNavigation.request(navigation) === 'send') win.webContents.send(IPC_EVENT, 'navigate', navigation);
  }

  app.on('second-instance', showUi);

  void app.whenReady().then(() => {
    notifier.listen();
    hardenApp();
    appearance = createNativeTheme({ window: () => uiWindow, theme: () => settings?.theme ?? null });
    appearance.apply();
    app.setAboutPanelOptions(aboutPanelOptions(app.getVersion()));
    installAppMenu(buildAppMenu({ platform, isPackaged: app.isPackaged, labels: ENGLISH_MENU_LABELS }), (command) => void runMenuCommand(command));
    serveAppScheme({ ui: paths.uiRoot, store: paths.storeRoot });
    const host = runStoreHost(store, paths.storePreload, `${STORE_ORIGIN}/index.html`);
    reminders.start();
    // Queued by the store client until the store host is up, like the reminder check.
    const dailyBackups = scheduleDailyBackups(
      backups,
      { setInterval: (fn, ms) => setInterval(fn, ms), clearInterval: (h) => clearInterval(h as NodeJS.Timeout) },
      (message) => console.info(`backups: ${message}`),
    );
    try {
      tray = createAppTray(platform, onTrayAction);
    } catch (error) {
      console.warn(`tray: not available (${String(error)})`);
    }
    // A Tray object exists whether or not the desktop shows it: ask whether anything will.
    const probeTray = () =>
      tray
        ? probeTrayHost(platform, { currentDesktop: process.env['XDG_CURRENT_DESKTOP'], sessionType: process.env['XDG_SESSION_TYPE'] }).then((host) => desktop.setTrayHost(host))
        : Promise.resolve(desktop.setTrayHost('absent'));
    const trayProbed = probeTray();
    void refreshTray();
    // The probe is repeated: a tray extension switched on later is used without a restart.
    const trayTimer = setInterval(() => {
      void refreshTray();
      void probeTray();
    }, TRAY_REFRESH_MS);
    // Timers do not run while the machine sleeps: check at once on wake-up.
    powerMonitor.on('shutdown', () => {
      isQuitting = true;
    });
    // macOS App Nap may hold the one-minute check back while no MLE Path window is visible
    // (timers of a napping app are coalesced): check at once when the learner is back.
    powerMonitor.on('unlock-screen', () => void reminders.rescan('unlock-screen'));
    if (platform === 'darwin') powerMonitor.on('user-did-become-active', () => void reminders.rescan('user-did-become-active'));
    powerMonitor.on('resume', () => {
      void reminders.rescan('resume');
      void refreshTray();
      // After days asleep the calendar's 8 weeks start later: bring the kept file forward.
      calendarFile.changed();
    });
    app.on('before-quit', () => {
      void reminders.stop();
      dailyBackups.stop();
      void calendarFile.stop();
      notifier.dispose();
      clearInterval(trayTimer);
      tray?.destroy();
      tray = null;
      host.stop();
    });
    // Queued by the store client until the store host is up. Applies launch-at-login on every
    // start, so the Linux entry follows the app if it moved (an AppImage in a new folder).
    const firstSettings = store.request('settings:get', {}).then((r) => {
      if (r.ok) onSettings(r.value as AppSettings);
    });
    const atLogin = startedAtLogin(process.argv, platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
    if (!atLogin) showUi();
    else {
      // Started at login: stay in the tray when the learner keeps the app there.
      void Promise.all([firstSettings, trayProbed]).then(() => {
        if (closeDecision(desktop.closeBehaviour(), isQuitting) !== 'hide') showUi();
      });
    }
    app.on('activate', showUi);
  });
}
