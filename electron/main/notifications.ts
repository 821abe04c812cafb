/**
 * The Electron side of reminders: shows each reminder the scheduler hands over as an OS
 * notification and reports clicks. Deliberately thin (no decisions): reminder-scheduler.ts
 * decides what and when, index.ts decides what a click opens.
 *
 * Why it keeps references: a `Notification` that is garbage-collected while still on screen
 * loses its click handler, so clicks silently do nothing (ARCHITECTURE.md invariant 8). Each
 * one is kept until it is clicked, closed or fails; the oldest are released past MAX_LIVE so a
 * desktop that never reports "closed" (some Linux notification daemons) cannot grow the set
 * forever. Windows also needs the AppUserModelID set (index.ts) or nothing is shown at all.
 */
import { Notification } from 'electron';
import type { Reminder, ReminderTarget } from '../../shared/planner/reminders';
import type { ReminderNotifier } from './reminder-scheduler';

/** Far more than ever sit on screen at once (the scheduler shows at most a few per check). */
const MAX_LIVE = 25;

export interface DesktopNotifierOptions {
  /** A notification was clicked: open the UI on this reminder's screen. */
  onClick(target: ReminderTarget, reminder: Reminder): void;
  /** Path of the app icon; Linux shows it beside the text. */
  icon?: string;
  log?: (message: string) => void;
}

export interface DesktopNotifier extends ReminderNotifier {
  /** Releases every kept notification (on quit). */
  dispose(): void;
}

export function createDesktopNotifier(options: DesktopNotifierOptions): DesktopNotifier {
  const log = options.log ?? ((message: string) => console.warn(`notifications: ${message}`));
  const live = new Set<Notification>();

  return {
    show(reminder) {
      if (!Notification.isSupported()) {
        log(`not supported on this system; "${reminder.title}" was not shown.`);
        return;
      }
      const note = new Notification({
        title: reminder.title,
        body: reminder.body,
        ...(options.icon ? { icon: options.icon } : {}),
      });
      const release = () => live.delete(note);
      note.on('click', () => {
        release();
        options.onClick(reminder.target, reminder);
      });
      note.on('close', release);
      note.on('failed', (_event, error) => {
        release();
        log(`"${reminder.id}" could not be shown: ${error}`);
      });
      live.add(note);
      while (live.size > MAX_LIVE) {
        const oldest = live.values().next().value;
        if (oldest === undefined) break;
        live.delete(oldest);
      }
      note.show();
    },
    dispose() {
      live.clear();
    },
  };
}
