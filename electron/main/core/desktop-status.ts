/**
 * What main knows about how MLE Path fits this desktop, for Settings and the window: what closing
 * the window does (learner's setting × a tray that can be seen), whether notifications get
 * through, and what became of the login item. Main's adapters report what Electron tells them;
 * this module turns it into the learner-facing status (platform-messages.ts words it) and
 * announces every change. What must outlive a restart (a notification the system refused, a
 * dismissed one-time notice) is kept in a small file in the user-data folder: it belongs to this
 * computer, so it is not in the database or a backup. No `electron` import.
 */
import { z } from 'zod';
import { ok, type Result } from '../../../shared/ipc/result';
import type { DesktopStatus, RequestOf } from '../../../shared/ipc/contract';
import {
  closeExplanation,
  loginItemOutcome,
  noTrayNotice,
  notificationProblem,
  type LoginItemReadBack,
  type NotificationRefusal,
} from './platform-messages';
import type { TrayHost } from './tray-host';
import { closeBehaviour, type CloseBehaviour } from './tray-menu';

export const DESKTOP_STATE_FILE = 'desktop-state.json';

/** What is kept on disk between runs. */
export const DesktopStateSchema = z.strictObject({
  noTrayNoticeDismissed: z.boolean(),
  notifications: z.strictObject({
    state: z.enum(['unchecked', 'ok', 'blocked', 'unavailable']),
    /** What the system said when it refused, kept so the message can be worded again. */
    detail: z.string().max(500).nullable(),
    checkedAt: z.iso.datetime().nullable(),
  }),
});
export type DesktopState = z.infer<typeof DesktopStateSchema>;

export const DEFAULT_DESKTOP_STATE: DesktopState = {
  noTrayNoticeDismissed: false,
  notifications: { state: 'unchecked', detail: null, checkedAt: null },
};

/** A saved state, or the defaults for a missing or damaged file (nothing in it is worth an error). */
export function parseDesktopState(text: string | null): DesktopState {
  if (text === null) return DEFAULT_DESKTOP_STATE;
  try {
    const parsed = DesktopStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_DESKTOP_STATE;
  } catch {
    return DEFAULT_DESKTOP_STATE;
  }
}

export interface DesktopStatusDeps {
  platform: NodeJS.Platform;
  saved: DesktopState;
  save(state: DesktopState): void;
  now(): Date;
  onChange(status: DesktopStatus): void;
}

export interface DesktopStatusHolder {
  snapshot(): DesktopStatus;
  /** What the window's close button does right now. */
  closeBehaviour(): CloseBehaviour;
  setTrayHost(host: TrayHost): void;
  setCloseToTray(closeToTray: boolean): void;
  /** The system showed a notification. */
  notificationShown(): void;
  /** The system refused one ('failed'), or cannot show any (no notification support). */
  notificationRefused(refusal: NotificationRefusal, detail: string | null): void;
  loginItemApplied(platform: NodeJS.Platform, requested: boolean, readBack: LoginItemReadBack): void;
  dismissNotice(notice: 'no-tray'): void;
}

export function createDesktopStatus(deps: DesktopStatusDeps): DesktopStatusHolder {
  const { platform } = deps;
  // Until the bus has been asked, a Linux tray is unconfirmed: closing minimises, never strands.
  let host: TrayHost = platform === 'win32' || platform === 'darwin' ? 'present' : 'unknown';
  let closeToTray = true;
  let state = deps.saved;
  let loginItem: DesktopStatus['loginItem'] = { state: 'off', message: null };
  let last = '';

  function behaviour(): CloseBehaviour {
    return closeBehaviour(closeToTray, platform, host);
  }

  function snapshot(): DesktopStatus {
    const n = state.notifications;
    const refusal = n.state === 'blocked' || n.state === 'unavailable' ? n.state : null;
    return {
      closeAction: behaviour(),
      closeExplanation: closeExplanation(behaviour(), platform, host),
      noTrayNotice: noTrayNotice(behaviour(), host, state.noTrayNoticeDismissed),
      notifications: { state: n.state, message: refusal ? notificationProblem(platform, refusal, n.detail) : null, checkedAt: n.checkedAt },
      loginItem,
    };
  }

  function announce(): void {
    const status = snapshot();
    const text = JSON.stringify(status);
    if (text === last) return;
    last = text;
    deps.onChange(status);
  }

  function keep(next: DesktopState): void {
    if (JSON.stringify(next) === JSON.stringify(state)) return;
    state = next;
    deps.save(state);
  }

  last = JSON.stringify(snapshot());
  return {
    snapshot,
    closeBehaviour: behaviour,
    setTrayHost(next) {
      host = next;
      announce();
    },
    setCloseToTray(next) {
      closeToTray = next;
      announce();
    },
    notificationShown() {
      if (state.notifications.state === 'ok') return;
      keep({ ...state, notifications: { state: 'ok', detail: null, checkedAt: deps.now().toISOString() } });
      announce();
    },
    notificationRefused(refusal, detail) {
      keep({ ...state, notifications: { state: refusal, detail: detail?.slice(0, 500) ?? null, checkedAt: deps.now().toISOString() } });
      announce();
    },
    loginItemApplied(p, requested, readBack) {
      loginItem = loginItemOutcome(p, requested, readBack);
      announce();
    },
    dismissNotice() {
      keep({ ...state, noTrayNoticeDismissed: true });
      announce();
    },
  };
}

export interface DesktopActions {
  /** Quits the app (reminders stop until it is opened again). */
  quit(): void;
  /** Shows a sample notification; its outcome reaches the holder through the notifier. */
  testNotification(): void;
}

/** The router's local handlers: main answers these itself. */
export function desktopChannels(status: DesktopStatusHolder, actions: DesktopActions) {
  return {
    'app:desktop-status': async (): Promise<Result<DesktopStatus>> => ok(status.snapshot()),
    'app:dismiss-notice': async (request: RequestOf<'app:dismiss-notice'>): Promise<Result<DesktopStatus>> => {
      status.dismissNotice(request.notice);
      return ok(status.snapshot());
    },
    'app:test-notification': async (): Promise<Result<DesktopStatus>> => {
      actions.testNotification();
      return ok(status.snapshot());
    },
    'app:quit': async (): Promise<Result<null>> => {
      // After the reply, so the window hears that the request was taken before it closes.
      setTimeout(() => actions.quit(), 0);
      return ok(null);
    },
  };
}
