/**
 * Main process entry: Electron's adapters around the Electron-free services that
 * core/app-services.ts builds (the same function the e2e harness calls). Only what needs
 * Electron is here: windows, dialogs, the tray, power events, the login item, menus.
 */
import path from 'node:path';
import { app, ipcMain, powerMonitor } from 'electron';
import type { EventName, EventPayloadOf } from '../../shared/ipc/contract';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/ipc/transport';
import { createLaunchAtLogin } from './adapters/launch-at-login';
import { installAppMenu } from './adapters/menus';
import { chooseOpenPath, chooseSavePath, confirmBox, errorBox } from './adapters/native-dialogs';
import { createNativeTheme } from './adapters/native-theme';
import { createDesktopNotifier, type DesktopNotifier } from './adapters/notifications';
import { hardenApp } from './adapters/harden';
import { registerAppScheme, serveAppScheme } from './adapters/protocol';
import { runStoreHost } from './adapters/store-host';
import { startTray, type TrayController } from './adapters/tray-controller';
import { createUiWindowHost, type QuitState, type UiWindow } from './adapters/ui-window';
import { notificationIconPath } from './core/app-icon';
import { aboutPanelOptions, buildAppMenu, ENGLISH_MENU_LABELS } from './core/app-menu';
import { createAppServices, type AppDialogs, type AppServices, type AppServicesDeps } from './core/app-services';
import { WINDOW_BACKGROUND } from './core/appearance';
import { buildIdentity, userDataPath, type BuildIdentity } from './core/build-identity';
import { formatLocales, lazyDisplayFormat } from './core/locale';
import { computerTimeZone } from '../../shared/domain/time-zone';
import { startedAtLogin } from './core/login-item';
import { createIpcRouter } from './core/ipc-router';
import { createMenuCommands } from './core/menu-commands';
import type { Activation } from './core/notification-routing';
import { builtPaths } from './core/paths';
import { STORE_ORIGIN, UI_ORIGIN } from './core/security';
import { runSessionAction } from './core/session-actions';
import { closeDecision, trayHint, type TrayAction } from './core/tray-menu';

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
  start(identity);
}

/** Electron's file dialogs for the services, attached to the UI window when it is open. */
function electronDialogs(ui: () => UiWindow | null): AppDialogs {
  const win = () => ui()?.current() ?? null;
  const save = (defaultName: string, filter: Electron.FileFilter) => chooseSavePath(win(), { defaultPath: path.join(app.getPath('documents'), defaultName), filters: [filter] });
  const backupFilter = { name: 'MLE Path backup', extensions: ['json'] };
  return {
    chooseBackupSavePath: (defaultName) => save(defaultName, backupFilter),
    chooseBackupOpenPath: () => chooseOpenPath(win(), { properties: ['openFile'], filters: [backupFilter] }),
    chooseContentPackPath: () =>
      chooseOpenPath(win(), { title: 'Load a content pack', buttonLabel: 'Check this pack', properties: ['openFile'], filters: [{ name: 'MLE Path content pack', extensions: ['json'] }] }),
    chooseCalendarSavePath: (defaultName) => save(defaultName, { name: 'Calendar (iCalendar)', extensions: ['ics'] }),
    chooseCalendarFolder: (current) =>
      chooseOpenPath(win(), {
        title: 'Keep the study calendar in this folder',
        buttonLabel: 'Use this folder',
        defaultPath: current ?? app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory'],
      }),
    choosePdfSavePath: (defaultName) => save(defaultName, { name: 'PDF', extensions: ['pdf'] }),
  };
}

/** Main's services over Electron: its clock and timers, its notifier, its windows and dialogs. */
function buildServices(
  platform: NodeJS.Platform,
  locale: Pick<AppServicesDeps, 'systemLocales' | 'displayFormat'>,
  notifier: DesktopNotifier,
  ui: () => UiWindow | null,
  hooks: NonNullable<AppServicesDeps['hooks']>,
): AppServices {
  const timers = {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (h: unknown) => clearTimeout(h as NodeJS.Timeout),
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (h: unknown) => clearInterval(h as NodeJS.Timeout),
  };
  return createAppServices({
    platform,
    appVersion: app.getVersion(),
    userDataDir: app.getPath('userData'),
    now: () => new Date(),
    timers,
    // Every tick also compares this computer's time zone with the previous tick's and rescans
    // on a change (travel; DST rules are the zone's).
    reminderClock: { now: () => Date.now(), setInterval: timers.setInterval, clearInterval: timers.clearInterval },
    trayTimeZone: computerTimeZone,
    sendToUi<E extends EventName>(event: E, payload: EventPayloadOf<E>) {
      const win = ui()?.current();
      if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT, event, payload);
    },
    dialogs: electronDialogs(ui),
    notifier,
    quit: () => app.quit(),
    ...locale,
    pdf: {
      // The regional format (en-CA, de-DE), not the UI language: it decides the paper.
      locale: () => app.getSystemLocale() || app.getLocale(),
      async renderPdf(options) {
        const win = ui()?.current();
        if (!win || win.isDestroyed()) throw new Error('the MLE Path window is not open');
        return win.webContents.printToPDF(options);
      },
    },
    log: { backups: (message) => console.info(`backups: ${message}`) },
    hooks,
  });
}

function start(identity: BuildIdentity): void {
  const paths = builtPaths(__dirname);
  const platform = process.platform;
  const quit: QuitState = { quitting: false };
  app.on('before-quit', () => {
    quit.quitting = true;
  });
  let ui: UiWindow | null = null;
  let tray: TrayController | null = null;
  // Title bar, menus and dialogs follow the in-app theme; created once the app is ready.
  let appearance: ReturnType<typeof createNativeTheme> | null = null;
  let applyLaunchAtLogin: ((enabled: boolean) => void) | null = null;

  // What the notifier reports reaches the desktop status, built with the services just below.
  const notifier = createDesktopNotifier({
    platform,
    iconPath: notificationIconPath(platform, { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() }),
    onActivation: (activation) => onNotificationActivation(activation),
    onShown: () => services.desktop.notificationShown(),
    onRefused: (refusal, detail) => services.desktop.notificationRefused(refusal, detail),
  });
  // The learner's regional format, for the window (app:get-locale) and main's own words.
  const systemLocales = () => formatLocales({ system: app.getSystemLocale(), preferred: app.getPreferredSystemLanguages(), app: app.getLocale() });
  const displayFormat = lazyDisplayFormat(systemLocales);
  const services = buildServices(
    platform,
    { systemLocales, displayFormat },
    notifier,
    () => ui,
    {
      settingsApplied(settings) {
        appearance?.apply();
        applyLaunchAtLogin?.(settings.launchAtLogin);
      },
      refreshTray: () => void tray?.refresh(),
    },
  );
  const { store, desktop } = services;
  applyLaunchAtLogin = createLaunchAtLogin(platform, identity, desktop);
  ui = createUiWindowHost({
    platform,
    preload: paths.uiPreload,
    desktop,
    pendingNavigation: services.pendingNavigation,
    quit,
    backgroundColor: () => appearance?.backgroundColor() ?? WINDOW_BACKGROUND.light,
    hiddenToTray: showTrayHintOnce,
  });
  const window = ui;

  // The application menu's commands: screens open like a clicked notification; export and
  // restore use the same services as Settings.
  const runMenuCommand = createMenuCommands({
    openScreen: window.openScreen,
    backups: services.backups,
    calendar: services.calendar,
    confirm: (question) => confirmBox(window.current(), question),
    showError: (message, detail) => errorBox(window.current(), message, detail),
    reloadUi: () => {
      const win = window.current();
      if (win && !win.isDestroyed()) win.webContents.reload();
    },
    formatInstant: (iso) => new Date(iso).toLocaleString(app.getLocale()),
  });

  function onTrayAction(action: TrayAction): void {
    if (action === 'open') window.show();
    else if (action === 'open-today') window.openScreen({ screen: 'today' });
    else if (action === 'open-week') window.openScreen({ screen: 'week' });
    else if (action === 'pause-day' || action === 'resume') {
      // settings:changed comes back through the store: reminders rescan, the tray and UI update.
      void services.traySource.setPaused(action === 'pause-day').then((r) => {
        if (!r.ok) console.warn(`tray: ${r.error.message}`);
      });
    } else app.quit();
  }

  function showTrayHintOnce(): void {
    const settings = services.settings();
    if (!settings) return;
    const hint = trayHint(settings.trayHintShown, platform);
    if (!hint) return;
    services.noteSettings({ ...settings, trayHintShown: true });
    void store.call('settings:update', { trayHintShown: true });
    // Through the notifier: kept referenced until dismissed, and a click opens the window.
    notifier.showNotice(hint.title, hint.body, null);
  }

  /**
   * A reminder clicked, or one of its buttons: open what it announced, or act on the session the
   * way the week view does. An action that changes nothing says why, and its click opens the week.
   */
  function onNotificationActivation(activation: Activation): void {
    if (activation.kind === 'open') {
      if (activation.navigation) window.openScreen(activation.navigation);
      else window.show();
      return;
    }
    const { session } = activation;
    void runSessionAction({ store, now: () => Date.now() }, activation.action, session).then((outcome) => {
      if (outcome.ok) return;
      console.warn(`reminder action: ${outcome.message}`);
      notifier.showNotice('Nothing was changed', outcome.message, { screen: 'week', weekStart: session.weekStart, sessionId: session.sessionId });
    });
  }

  // The one way in for the window: its sender, channel and payload are checked before anything runs.
  const router = createIpcRouter({ trustedOrigin: UI_ORIGIN, forward: store.call, local: services.handlers });
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, payload: unknown, writeId: unknown) => {
    const frame = event.senderFrame;
    return router.handle({ url: frame?.url ?? '', isMainFrame: frame !== null && frame === event.sender.mainFrame }, channel, payload, writeId);
  });

  app.on('second-instance', window.show);

  void app.whenReady().then(() => {
    notifier.listen();
    hardenApp();
    appearance = createNativeTheme({ window: () => window.current(), theme: () => services.settings()?.theme ?? null });
    appearance.apply();
    app.setAboutPanelOptions(aboutPanelOptions(app.getVersion()));
    installAppMenu(buildAppMenu({ platform, isPackaged: app.isPackaged, labels: ENGLISH_MENU_LABELS }), (command) => void runMenuCommand(command));
    serveAppScheme({ ui: paths.uiRoot, store: paths.storeRoot });
    const host = runStoreHost(store, paths.storePreload, `${STORE_ORIGIN}/index.html`);
    // Calls made before the store host is ready are queued by the store client, so the first
    // reminder check, the daily backup and the first settings read run as soon as the database
    // is open. The first settings read applies launch-at-login on every start, so the Linux
    // entry follows the app if it moved (an AppImage in a new folder).
    services.startReminders();
    const { firstSettings } = services.start();
    tray = startTray(platform, { source: services.traySource, desktop, format: displayFormat, onAction: onTrayAction });
    watchPower(platform, services, quit);
    app.on('before-quit', () => {
      void services.stop();
      notifier.dispose();
      tray?.destroy();
      tray = null;
      host.stop();
    });
    const atLogin = startedAtLogin(process.argv, platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
    if (!atLogin) window.show();
    else {
      // Started at login: stay in the tray when the learner keeps the app there.
      void Promise.all([firstSettings, tray.probed]).then(() => {
        if (closeDecision(desktop.closeBehaviour(), quit.quitting) !== 'hide') window.show();
      });
    }
    app.on('activate', window.show);
  });
}

/** Sleep, wake, lock and shutdown: timers do not run while the machine sleeps. */
function watchPower(platform: NodeJS.Platform, services: AppServices, quit: QuitState): void {
  powerMonitor.on('shutdown', () => {
    quit.quitting = true;
  });
  // macOS App Nap may hold the one-minute check back while no MLE Path window is visible
  // (timers of a napping app are coalesced): check at once when the learner is back.
  powerMonitor.on('unlock-screen', () => void services.reminders.rescan('unlock-screen'));
  if (platform === 'darwin') powerMonitor.on('user-did-become-active', () => void services.reminders.rescan('user-did-become-active'));
  powerMonitor.on('resume', () => services.react('resume'));
}
