/**
 * The Electron side of reminders: shows each reminder the scheduler hands over as an OS
 * notification and reports what happens to it. Deliberately thin: reminder-scheduler.ts decides
 * what and when, notification-routing.ts what it offers and what a click or button does,
 * desktop-status.ts what the learner is told when the system refuses.
 *
 * Why it keeps references: a `Notification` that is garbage-collected while still on screen
 * loses its click handler, so clicks silently do nothing. Each one is kept until it is clicked,
 * closed for good or fails; a Windows toast that timed out into Action Center is kept (it can
 * still be clicked there). The oldest are released past MAX_LIVE so a desktop that never
 * reports "closed" cannot grow the set forever. Windows also needs the AppUserModelID set
 * (index.ts) or nothing is shown at all.
 */
import { pathToFileURL } from 'node:url';
import { Notification, type NotificationConstructorOptions } from 'electron';
import type { Reminder, ReminderTarget } from '../../../shared/planner/reminders';
import type { NotificationRefusal } from '../core/platform-messages';
import {
  actionActivation,
  activationRoute,
  clickActivation,
  notificationPayload,
  parseActivation,
  releaseOnClose,
  REMINDER_ACTION_LABELS,
  windowsToastXml,
  type Activation,
  type NotificationPayload,
} from '../core/notification-routing';
import type { ReminderNotifier } from '../core/reminder-scheduler';

/** Far more than ever sit on screen at once (the scheduler shows at most a few per check). */
const MAX_LIVE = 25;

export interface DesktopNotifierOptions {
  platform: NodeJS.Platform;
  /** A click or button: open a screen, or act on a session. */
  onActivation(activation: Activation): void;
  /** The app icon file (app-icon.ts); null where the system shows the app's own. */
  iconPath: string | null;
  /** Whether the system showed or refused a notification (for Settings). */
  onShown(): void;
  onRefused(refusal: NotificationRefusal, detail: string | null): void;
  log?: (message: string) => void;
}

export interface DesktopNotifier extends ReminderNotifier {
  /** Starts taking activations (Windows); call once the app is ready. */
  listen(): void;
  /** A notice from MLE Path itself; a click opens `target` (or just the window). */
  showNotice(title: string, body: string, target: ReminderTarget | null): void;
  /** "Send a test notification" in Settings. */
  showSample(): void;
  /** Releases every kept notification (on quit). */
  dispose(): void;
}

interface Shown {
  id: string;
  title: string;
  body: string;
  payload: NotificationPayload;
}

export function createDesktopNotifier(options: DesktopNotifierOptions): DesktopNotifier {
  const { platform } = options;
  const log = options.log ?? ((message: string) => console.warn(`notifications: ${message}`));
  const live = new Set<Notification>();
  const route = activationRoute(platform);


  function constructorOptions(shown: Shown): NotificationConstructorOptions {
    if (platform === 'win32') {
      const iconUrl = options.iconPath ? pathToFileURL(options.iconPath).href : null;
      return { toastXml: windowsToastXml({ title: shown.title, body: shown.body, iconUrl, payload: shown.payload }) };
    }
    return {
      title: shown.title,
      body: shown.body,
      ...(options.iconPath ? { icon: options.iconPath } : {}),
      ...(shown.payload.actions.length > 0 ? { actions: shown.payload.actions.map((a) => ({ type: 'button' as const, text: REMINDER_ACTION_LABELS[a] })) } : {}),
    };
  }

  function present(shown: Shown): void {
    if (!Notification.isSupported()) {
      options.onRefused('unavailable', null);
      log(`not supported on this system; "${shown.title}" was not shown.`);
      return;
    }
    const note = new Notification(constructorOptions(shown));
    const release = () => live.delete(note);
    note.on('show', () => options.onShown());
    if (route === 'instance-events') {
      note.on('click', () => {
        release();
        options.onActivation(clickActivation(shown.payload));
      });
      note.on('action', (details) => {
        release();
        const activation = actionActivation(shown.payload, details.actionIndex);
        if (activation) options.onActivation(activation);
      });
    }
    note.on('close', (details) => {
      if (releaseOnClose(platform, details.reason)) release();
    });
    note.on('failed', (_event, error) => {
      release();
      options.onRefused('blocked', error);
      log(`"${shown.id}" could not be shown: ${error}`);
    });
    live.add(note);
    while (live.size > MAX_LIVE) {
      const oldest = live.values().next().value;
      if (oldest === undefined) break;
      live.delete(oldest);
    }
    note.show();
  }

  let listening = false;
  return {
    listen() {
      if (listening || route !== 'activation-callback') return;
      listening = true;
      // Every activation on Windows, including a toast clicked in Action Center after a restart
      // or one that started the app (Electron hands over one that came before this call).
      Notification.handleActivation((details) => {
        const activation = parseActivation(details.arguments);
        if (activation) options.onActivation(activation);
      });
    },
    show(reminder: Reminder) {
      present({ id: reminder.id, title: reminder.title, body: reminder.body, payload: notificationPayload(reminder, platform) });
    },
    showNotice(title, body, target) {
      present({ id: 'notice', title, body, payload: notificationPayload({ kind: 'notice', target }, platform) });
    },
    showSample() {
      present({
        id: 'sample',
        title: 'MLE Path notifications work',
        body: 'Your study reminders will appear like this.',
        payload: notificationPayload({ kind: 'notice', target: null }, platform),
      });
    },
    dispose() {
      live.clear();
    },
  };
}
