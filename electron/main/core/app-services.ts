/**
 * Main's composition root: builds every Electron-free service main runs (the store client, the
 * handler of each channel main answers for the IPC router, reminders, backups and the daily backup,
 * the calendar export, the kept calendar file and its ledger, the PDF export, the desktop status,
 * the locale channel, the tray's data) and wires how they react to each other in one table,
 * `FAN_OUT`. index.ts hands it Electron's pieces (dialogs, windows, the notifier, the clock); the
 * e2e harness hands it Playwright's. Both therefore run the same wiring, and a change to what
 * follows a tick or a restore is made here once.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { AppSettings } from '../../../shared/domain/records';
import { events, isEventName, type EventName, type EventPayloadOf, type TimerView } from '../../../shared/ipc/contract';
import type { DisplayFormat } from '../../../shared/locale/display-format';
import { backupChannels, createBackupService, resetChannel, scheduleDailyBackups, type BackupService } from './backup-service';
import { calendarChannels, createCalendarExportService, type CalendarExportService } from './calendar-export';
import { CALENDAR_LEDGER_FILE, createCalendarLedgerFile } from './calendar-ledger-file';
import { calendarSyncChannels, createCalendarSync, type CalendarSync, type SyncTimers } from './calendar-sync';
import { contentFileChannels, createContentFile } from './content-file';
import { loadDesktopState, saveDesktopState } from './desktop-state-file';
import { createDesktopStatus, desktopChannels, DESKTOP_STATE_FILE, type DesktopStatusHolder } from './desktop-status';
import { createFocusTimerService, FOCUS_TIMER_FILE, timerChannels, type FocusTimerService, type TimerClock } from './focus-timer-service';
import type { MainHandlers } from './ipc-router';
import { localeChannels } from './locale';
import { createPdfExport, pdfChannels, type PdfExportDeps } from './pdf-export';
import { createPendingNavigation, navigationChannels, type PendingNavigation } from './pending-navigation';
import type { ReminderTarget } from '../../../shared/planner/reminders';
import { createReminderScheduler, type ReminderNotifier, type ReminderScheduler, type SchedulerClock } from './reminder-scheduler';
import { createStoreClient, type StoreClient } from './store-client';
import { createTraySource, type TraySource } from './tray-source';

/**
 * What happens elsewhere in main when something happens: a store event, a restore, the computer
 * waking up. Every row runs its reactions in order; a window hears every store event first.
 *  - Ticks, session marks and moves, re-plans and bookings all arrive as plan:changed: what is
 *    due may have changed, the tray lists today's sessions, the kept calendar shows them.
 *  - Reminder settings (including the session heads-up, the calendar events' alarm), the theme,
 *    close-to-tray, login and the calendar folder arrive as settings:changed.
 *  - A restore replaces the settings without announcing them: they are read again (the calendar
 *    folder may differ) and the kept calendar is rewritten from the restored plan.
 *  - After days asleep the calendar's 8 weeks start later and reminders may have come due.
 */
export const FAN_OUT = {
  'plan:changed': ['rescan-reminders', 'refresh-tray', 'rewrite-calendar-file'],
  'settings:changed': ['rescan-reminders', 'apply-settings', 'refresh-tray', 'rewrite-calendar-file'],
  restore: ['rescan-reminders', 'reread-settings', 'rewrite-calendar-file'],
  resume: ['rescan-reminders', 'refresh-tray', 'rewrite-calendar-file'],
} as const satisfies Record<string, readonly Reaction[]>;

export type Reaction = 'rescan-reminders' | 'refresh-tray' | 'rewrite-calendar-file' | 'apply-settings' | 'reread-settings';
export type Trigger = keyof typeof FAN_OUT;

/** Electron's `setTimeout` family, or the harness's counted timers. */
export interface AppTimers extends SyncTimers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** The learner picks files and folders through these (Electron's dialogs; chosen paths in tests). Null = cancelled. */
export interface AppDialogs {
  chooseBackupSavePath(defaultName: string): Promise<string | null>;
  chooseBackupOpenPath(): Promise<string | null>;
  chooseCalendarSavePath(defaultName: string): Promise<string | null>;
  chooseCalendarFolder(current: string | null): Promise<string | null>;
  choosePdfSavePath(defaultName: string): Promise<string | null>;
  chooseContentPackPath(): Promise<string | null>;
}

export interface AppServicesDeps {
  platform: NodeJS.Platform;
  appVersion: string;
  /** Main's user-data folder: the desktop state, the calendar ledger and the automatic backups live there. */
  userDataDir: string;
  now: () => Date;
  timers: AppTimers;
  /** The reminder check's clock (real time in the app, a clock the test moves in the reminder harness). */
  reminderClock: SchedulerClock;
  /** This computer's zone for reminders; the scheduler reads Node's own when absent. */
  reminderTimeZone?: () => string;
  /** This computer's zone for the tray, until the learner has one of their own. */
  trayTimeZone: () => string;
  storeTimeoutMs?: number;
  /** What webContents.send does for the UI window. */
  sendToUi<E extends EventName>(event: E, payload: EventPayloadOf<E>): void;
  dialogs: AppDialogs;
  /**
   * Shows reminders; `showSample` is Settings' "Send a test notification"; `showNotice` a notice
   * from MLE Path itself (the focus timer's "planned time reached", which opens Today).
   */
  notifier: ReminderNotifier & { showSample(): void; showNotice(title: string, body: string, target: ReminderTarget | null): void };
  /** The focus timer's clock (real time in the app, a clock the test moves in the e2e harness); `now` and `timers` when absent. */
  timerClock?: TimerClock;
  quit(): void;
  /** The OS's regional format, most preferred first (`app:get-locale`). */
  systemLocales: () => readonly string[];
  /** Main's own words for dates and times (reminders). */
  displayFormat: () => DisplayFormat;
  pdf: Pick<PdfExportDeps, 'renderPdf' | 'locale'>;
  /** Where a service's log lines go; each service's own default (the console) when absent. */
  log?: {
    reminders?: (message: string) => void;
    calendar?: (message: string) => void;
    ledger?: (message: string) => void;
    backups?: (message: string) => void;
    timer?: (message: string) => void;
  };
  /** Reactions only the Electron side can carry out. */
  hooks?: {
    /** New settings reached main (the native theme, the login item follow them). */
    settingsApplied?(settings: AppSettings): void;
    /** The tray's menu should be rebuilt from the store. */
    refreshTray?(): void;
    /** Every valid store event, after the window heard it. */
    storeEvent?(event: EventName, payload: unknown): void;
  };
}

export interface AppServices {
  store: StoreClient;
  /**
   * The router's handler for every channel main answers. The router itself is made where the
   * trusted page origin is known: index.ts (app://ui) and the e2e harness (its served origin).
   */
  handlers: MainHandlers;
  backups: BackupService;
  calendar: CalendarExportService;
  calendarFile: CalendarSync;
  desktop: DesktopStatusHolder;
  pendingNavigation: PendingNavigation;
  reminders: ReminderScheduler;
  traySource: TraySource;
  /** The focus timer, kept in `focus-timer.json` in the user-data folder. */
  focusTimer: FocusTimerService;
  /** The learner's settings as the store last reported them; null until the first answer. */
  settings(): AppSettings | null;
  /** Records a settings change main made itself (the tray hint shown), without waiting for the event. */
  noteSettings(settings: AppSettings): void;
  /** Runs `FAN_OUT[trigger]`: for what the Electron side notices (the computer woke up). */
  react(trigger: Trigger): void;
  /**
   * Starts what runs on its own once the store host is being started: the daily backup (now and
   * hourly) and the first settings read, which configures the kept calendar file and the
   * desktop. Calls made before the store host is up are queued by the store client.
   */
  start(): { firstSettings: Promise<void>; firstDailyBackup: Promise<void> };
  /** Starts the reminder checks (a rescan before this does nothing). */
  startReminders(): void;
  /** Stops every timer and waits for a calendar write in flight. */
  stop(): Promise<void>;
}

export function createAppServices(deps: AppServicesDeps): AppServices {
  let settings: AppSettings | null = null;
  let remindersStarted = false;
  let dailyBackups: { stop(): void } | null = null;

  const store = createStoreClient({
    ...(deps.storeTimeoutMs === undefined ? {} : { timeoutMs: deps.storeTimeoutMs }),
    onEvent(event, payload) {
      if (!isEventName(event)) return;
      const checked = events[event].safeParse(payload);
      if (!checked.success) return;
      deps.sendToUi(event, checked.data);
      deps.hooks?.storeEvent?.(event, checked.data);
      if (event === 'plan:changed') react('plan:changed');
      // `checked` was parsed by this event's own schema, so for settings:changed it is AppSettings.
      else if (event === 'settings:changed') react('settings:changed', checked.data as EventPayloadOf<'settings:changed'>);
    },
  });

  const desktopStateFile = path.join(deps.userDataDir, DESKTOP_STATE_FILE);
  const desktop = createDesktopStatus({
    platform: deps.platform,
    saved: loadDesktopState(desktopStateFile),
    save: (state) => saveDesktopState(desktopStateFile, state),
    now: deps.now,
    onChange: (status) => deps.sendToUi('app:desktop-status-changed', status),
  });
  const pendingNavigation = createPendingNavigation();

  const reminders = createReminderScheduler({
    clock: deps.reminderClock,
    store,
    notifier: deps.notifier,
    format: deps.displayFormat,
    ...(deps.reminderTimeZone ? { timeZone: deps.reminderTimeZone } : {}),
    ...(deps.log?.reminders ? { log: deps.log.reminders } : {}),
  });

  const backups = createBackupService({
    store,
    appVersion: deps.appVersion,
    now: deps.now,
    safetyDir: path.join(deps.userDataDir, 'safety-backups'),
    onRestored: () => react('restore'),
    dialogs: { chooseSavePath: deps.dialogs.chooseBackupSavePath, chooseOpenPath: deps.dialogs.chooseBackupOpenPath },
  });

  // One record of what the calendar files said, for the export and the kept file alike.
  const ledger = createCalendarLedgerFile(path.join(deps.userDataDir, CALENDAR_LEDGER_FILE), {
    now: deps.now,
    ...(deps.log?.ledger ? { log: deps.log.ledger } : {}),
  });
  const calendar = createCalendarExportService({ store, ledger, now: deps.now, dialogs: { chooseSavePath: deps.dialogs.chooseCalendarSavePath } });
  const calendarFile = createCalendarSync({
    store,
    ledger,
    now: deps.now,
    timers: deps.timers,
    chooseFolder: deps.dialogs.chooseCalendarFolder,
    onStatus: (status) => deps.sendToUi('calendar:sync-changed', status),
    ...(deps.log?.calendar ? { log: deps.log.calendar } : {}),
  });


  const focusTimer = createFocusTimerService({
    file: path.join(deps.userDataDir, FOCUS_TIMER_FILE),
    store,
    clock: deps.timerClock ?? { now: () => deps.now().getTime(), setInterval: deps.timers.setInterval, clearInterval: deps.timers.clearInterval },
    notify: (title, body) => deps.notifier.showNotice(title, body, { screen: 'today' }),
    onChange(view) {
      deps.sendToUi('timer:changed', view);
      // The tray's first item says whether the timer runs: rebuilt when that changes, not every check.
      if (view.state !== lastTimerState) deps.hooks?.refreshTray?.();
      lastTimerState = view.state;
    },
    newWriteId: randomUUID,
    ...(deps.log?.timer ? { log: deps.log.timer } : {}),
  });
  let lastTimerState: TimerView['state'] = 'idle';

  const traySource = createTraySource({
    store,
    now: () => deps.now().getTime(),
    fallbackTimeZone: deps.trayTimeZone,
    timerState: async () => (await focusTimer.view()).state,
  });

  const handlers: MainHandlers = {
    ...navigationChannels(pendingNavigation),
    ...desktopChannels(desktop, { quit: deps.quit, testNotification: () => deps.notifier.showSample() }),
    ...localeChannels(deps.systemLocales),
    ...backupChannels(backups),
    ...resetChannel(backups, store),
    ...calendarChannels(calendar),
    ...calendarSyncChannels(calendarFile),
    ...pdfChannels(createPdfExport({ ...deps.pdf, now: deps.now, chooseSavePath: deps.dialogs.choosePdfSavePath })),
    ...timerChannels(focusTimer),
    ...contentFileChannels(createContentFile({ store, chooseOpenPath: deps.dialogs.chooseContentPackPath })),
  };

  function applySettings(next: AppSettings): void {
    settings = next;
    deps.hooks?.settingsApplied?.(next);
    desktop.setCloseToTray(next.closeToTray);
    // At start this is the first write of the kept calendar; later, a new folder or "stop".
    calendarFile.configure(next.calendarFolder ?? null);
  }

  function readSettings(): Promise<void> {
    return store.call('settings:get', {}).then((r) => {
      if (r.ok) applySettings(r.value);
    });
  }

  function run(reaction: Reaction, trigger: Trigger, payload?: AppSettings): void {
    switch (reaction) {
      case 'rescan-reminders':
        if (remindersStarted) void reminders.rescan(trigger);
        return;
      case 'refresh-tray':
        deps.hooks?.refreshTray?.();
        return;
      case 'rewrite-calendar-file':
        calendarFile.changed();
        return;
      case 'apply-settings':
        if (payload) applySettings(payload);
        return;
      case 'reread-settings':
        void readSettings();
        return;
    }
  }

  function react(trigger: Trigger, payload?: AppSettings): void {
    for (const reaction of FAN_OUT[trigger]) run(reaction, trigger, payload);
  }

  return {
    store,
    handlers,
    backups,
    calendar,
    calendarFile,
    desktop,
    pendingNavigation,
    reminders,
    traySource,
    focusTimer,
    settings: () => settings,
    noteSettings(next) {
      settings = next;
    },
    react: (trigger) => react(trigger),
    start() {
      const daily = scheduleDailyBackups(backups, deps.timers, deps.log?.backups ?? ((message) => console.info(`backups: ${message}`)));
      dailyBackups = daily;
      // The saved timer is picked up (and a stop the store never confirmed is sent again) as soon as the store answers.
      void focusTimer.start();
      return { firstSettings: readSettings(), firstDailyBackup: daily.first };
    },
    startReminders() {
      remindersStarted = true;
      reminders.start();
    },
    async stop() {
      dailyBackups?.stop();
      await Promise.all([reminders.stop(), calendarFile.stop(), focusTimer.shutdown()]);
    },
  };
}
