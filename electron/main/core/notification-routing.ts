/**
 * What a reminder notification offers and what a click or button does, decided without Electron
 * so every branch is unit-tested; notifications.ts only builds the Notification and reports.
 *
 *  - A click opens exactly what the reminder announced (reminder-scheduler.ts navigationFor).
 *  - A session heads-up offers Done, Snooze 1 hour, Next free time and Skip where Electron has notification
 *    buttons (macOS and Windows; Linux notifications have none). They reach the same store
 *    channel the week view uses (session-actions.ts).
 *  - Windows: a toast stays clickable in Action Center long after the Notification object is
 *    gone (a timeout moves it there and fires 'close'; after a restart no object exists at all).
 *    Electron's own toast carries only a hash of an internal id, so MLE Path writes the toast
 *    itself (toastXml) with self-describing launch and button arguments, and takes every
 *    activation from Notification.handleActivation, which Electron calls for all of them. The
 *    object's own click events are not used there, so nothing is handled twice.
 */
import { parseIsoDate, parseInstant } from '../../../shared/planner/time';
import type { Reminder, ReminderTarget } from '../../../shared/planner/reminders';
import { NavigationSchema } from '../../../shared/ipc/contract';
import type { Navigation } from './pending-navigation';
import { navigationFor } from './reminder-scheduler';

export const REMINDER_ACTIONS = ['done', 'snooze', 'snooze-free', 'skip'] as const;
export type ReminderAction = (typeof REMINDER_ACTIONS)[number];
export const REMINDER_ACTION_LABELS: Record<ReminderAction, string> = { done: 'Done', snooze: 'Snooze 1 hour', 'snooze-free': 'Next free time', skip: 'Skip' };
const isReminderAction = (value: string | null): value is ReminderAction => (REMINDER_ACTIONS as readonly (string | null)[]).includes(value);

/** The session a heads-up is about, as it was when the reminder was made. */
export interface SessionRef {
  sessionId: string;
  weekStart: string;
  startUtc: string;
}

export type Activation =
  /** Show the window, on this screen (null: as it is). */
  | { kind: 'open'; navigation: Navigation | null }
  | { kind: 'session-action'; action: ReminderAction; session: SessionRef };

/** What one shown notification needs to route its activations. */
export interface NotificationPayload {
  target: ReminderTarget | null;
  session: SessionRef | null;
  actions: readonly ReminderAction[];
}

export function sessionRefOf(target: ReminderTarget | null): SessionRef | null {
  if (target?.screen !== 'week' || !target.sessionId || !target.sessionStartUtc) return null;
  return { sessionId: target.sessionId, weekStart: target.weekStart, startUtc: target.sessionStartUtc };
}

/** Electron shows notification buttons on macOS and Windows only. */
export function supportsActions(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

/** A reminder, or a notice from MLE Path itself (a test notification, an action that changed nothing): never with buttons. */
export type NotificationSubject = Pick<Reminder, 'kind' | 'target'> | { kind: 'notice'; target: ReminderTarget | null };

export function notificationPayload(reminder: NotificationSubject, platform: NodeJS.Platform): NotificationPayload {
  const session = reminder.kind === 'session' ? sessionRefOf(reminder.target) : null;
  return { target: reminder.target, session, actions: session && supportsActions(platform) ? REMINDER_ACTIONS : [] };
}

export function clickActivation(payload: NotificationPayload): Activation {
  return { kind: 'open', navigation: payload.target ? navigationFor(payload.target) : null };
}

/** A button, by its index in the notification; an index that is not one of ours does nothing. */
export function actionActivation(payload: NotificationPayload, index: number): Activation | null {
  const action = payload.actions[index];
  return action && payload.session ? { kind: 'session-action', action, session: payload.session } : null;
}

/** Whether a closed notification can be let go. A Windows toast that timed out sits in Action Center, still clickable. */
export function releaseOnClose(platform: NodeJS.Platform, reason: string | undefined): boolean {
  return !(platform === 'win32' && reason === 'timedOut');
}

/** Where clicks are taken from: the Notification's own events, or Notification.handleActivation (Windows). */
export function activationRoute(platform: NodeJS.Platform): 'instance-events' | 'activation-callback' {
  return platform === 'win32' ? 'activation-callback' : 'instance-events';
}

// --- Windows toasts ------------------------------------------------------------------------

const ACTIVATION_SCHEME = 'mle-path-reminder:';
const SESSION_ID = /^[A-Za-z0-9._:-]{1,120}$/;

/** The launch (choice 'open') or button argument of a toast: everything needed to act on it later. */
export function encodeActivation(payload: NotificationPayload, choice: 'open' | ReminderAction): string {
  const params = new URLSearchParams({ do: choice });
  const target = payload.target;
  if (target?.screen === 'week') {
    params.set('screen', 'week');
    params.set('week', target.weekStart);
    if (target.sessionId) params.set('session', target.sessionId);
    if (target.sessionStartUtc) params.set('start', target.sessionStartUtc);
  } else if (target?.screen === 'certifications') {
    params.set('screen', 'certifications');
    if (target.certId) params.set('cert', target.certId);
  } else if (target?.screen === 'today') {
    params.set('screen', 'today');
  }
  return `${ACTIVATION_SCHEME}${params.toString()}`;
}

/**
 * Reads back what encodeActivation wrote. Anything else (another app's toast, a damaged or
 * hand-made argument) gives null and does nothing; a bare activation opens the window.
 */
export function parseActivation(text: string): Activation | null {
  if (!text.startsWith(ACTIVATION_SCHEME)) return null;
  const params = new URLSearchParams(text.slice(ACTIVATION_SCHEME.length));
  const choice = params.get('do');
  const screen = params.get('screen');
  let target: ReminderTarget | null = null;
  if (screen === 'week') {
    const week = params.get('week') ?? '';
    if (parseIsoDate(week) === null) return null;
    const session = params.get('session');
    const start = params.get('start');
    if (session !== null && !SESSION_ID.test(session)) return null;
    if (start !== null && parseInstant(start) === null) return null;
    target = { screen: 'week', weekStart: week, ...(session ? { sessionId: session } : {}), ...(start ? { sessionStartUtc: start } : {}) };
  } else if (screen === 'certifications') {
    const cert = params.get('cert');
    target = { screen: 'certifications', ...(cert ? { certId: cert } : {}) };
  } else if (screen === 'today') {
    target = { screen: 'today' };
  } else if (screen !== null) return null;

  if (choice === 'open') {
    const navigation = target ? navigationFor(target) : null;
    if (navigation && !NavigationSchema.safeParse(navigation).success) return null;
    return { kind: 'open', navigation };
  }
  if (isReminderAction(choice)) {
    const session = sessionRefOf(target);
    return session ? { kind: 'session-action', action: choice, session } : null;
  }
  return null;
}

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export interface ToastContent {
  title: string;
  body: string;
  /** A file: URL of the app icon, shown as the toast's logo; null for none. */
  iconUrl: string | null;
  payload: NotificationPayload;
}

/** The toast Windows shows, in its XML schema (ToastGeneric), with MLE Path's own arguments. */
export function windowsToastXml(content: ToastContent): string {
  const image = content.iconUrl ? `<image placement="appLogoOverride" hint-crop="none" src="${xmlText(content.iconUrl)}"/>` : '';
  const actions = content.payload.actions
    .map((a) => `<action content="${xmlText(REMINDER_ACTION_LABELS[a])}" arguments="${xmlText(encodeActivation(content.payload, a))}" activationType="foreground"/>`)
    .join('');
  return (
    `<toast launch="${xmlText(encodeActivation(content.payload, 'open'))}" activationType="foreground">` +
    `<visual><binding template="ToastGeneric"><text>${xmlText(content.title)}</text><text>${xmlText(content.body)}</text>${image}</binding></visual>` +
    (actions ? `<actions>${actions}</actions>` : '') +
    `</toast>`
  );
}
