/**
 * The tray as data: what its menu lists, what closing the
 * window does, which icon size each platform wants, and the one-time "still running" hint.
 * Pure: adapters/tray.ts turns the model into Electron's Menu; index.ts carries out the actions.
 */
import type { ReminderSettings } from '../../../shared/domain/reminder-settings';
import type { StudySession } from '../../../shared/domain/records';
import type { DisplayFormat } from '../../../shared/locale/display-format';
import { DAY_MS, instantToLocal, MINUTES_PER_DAY, parseInstant } from '../../../shared/planner/time';
import type { TrayHost } from './tray-host';

export const MAX_TRAY_SESSIONS = 5;

export type TrayAction = 'open' | 'open-today' | 'open-week' | 'pause-day' | 'resume' | 'quit';

export type TrayMenuItem =
  | { kind: 'action'; action: TrayAction; label: string }
  | { kind: 'label'; label: string }
  | { kind: 'separator' };

export interface TraySession {
  startUtc: string;
  minutes: number;
  title: string;
  done: boolean;
}

export interface TrayMenuInput {
  /** Today's sessions in the learner's zone, in order (see todaysSessions). null: no plan yet. */
  sessions: readonly TraySession[] | null;
  timeZone: string;
  pausedUntilUtc: string | null;
  nowMs: number;
  /** The focus timer's state (absent or 'idle' when none runs). */
  timer?: 'idle' | 'running' | 'paused';
}

/** The tray's first item: Today, saying when the focus timer runs or waits. */
export function todayItemLabel(timer: TrayMenuInput['timer']): string {
  if (timer === 'running') return 'Today (focus timer running)';
  if (timer === 'paused') return 'Today (focus timer paused)';
  return 'Open Today';
}

/** A session's span on the learner's clock, in their locale: "18:30–20:00", "6:30 – 8:00 PM". */
function sessionSpan(format: DisplayFormat, timeZone: string, startMs: number, minutes: number): string {
  const start = instantToLocal(timeZone, startMs);
  const end = instantToLocal(timeZone, startMs + minutes * 60_000);
  return format.timeRange(start.minutes, end.day > start.day ? MINUTES_PER_DAY + end.minutes : end.minutes);
}

/** Sessions of the learner's today (not skipped), by start, titled by milestone. */
export function todaysSessions(
  sessions: readonly StudySession[],
  milestoneTitles: ReadonlyMap<string, string>,
  timeZone: string,
  nowMs: number,
): TraySession[] {
  const today = instantToLocal(timeZone, nowMs).day;
  return sessions
    .filter((s) => s.status !== 'skipped')
    .map((s) => ({ s, start: parseInstant(s.startUtc) }))
    .filter((x): x is { s: StudySession; start: number } => x.start !== null && instantToLocal(timeZone, x.start).day === today)
    .sort((a, b) => a.start - b.start)
    .map(({ s }) => ({
      startUtc: s.startUtc,
      minutes: s.minutes,
      done: s.status === 'done',
      title: (s.milestoneId && milestoneTitles.get(s.milestoneId)) || 'Study session',
    }));
}

export function isPaused(pausedUntilUtc: string | null, nowMs: number): boolean {
  const until = parseInstant(pausedUntilUtc);
  return until !== null && until > nowMs;
}

/** The tray menu; times and dates in the learner's zone and `format` (main's display format). */
export function buildTrayMenu(input: TrayMenuInput, format: DisplayFormat): TrayMenuItem[] {
  const items: TrayMenuItem[] = [{ kind: 'action', action: 'open-today', label: todayItemLabel(input.timer) }, { kind: 'separator' }];
  if (input.sessions === null) {
    items.push({ kind: 'label', label: "Today's sessions: save your profile first" });
  } else if (input.sessions.length === 0) {
    items.push({ kind: 'label', label: 'No study sessions today' });
  } else {
    items.push({ kind: 'label', label: "Today's sessions" });
    for (const s of input.sessions.slice(0, MAX_TRAY_SESSIONS)) {
      const time = sessionSpan(format, input.timeZone, parseInstant(s.startUtc) ?? 0, s.minutes);
      items.push({ kind: 'action', action: 'open-week', label: `${s.done ? '✓ ' : ''}${time}  ${s.title}` });
    }
    const more = input.sessions.length - MAX_TRAY_SESSIONS;
    if (more > 0) items.push({ kind: 'action', action: 'open-week', label: `${more} more…` });
  }
  items.push({ kind: 'separator' });
  if (isPaused(input.pausedUntilUtc, input.nowMs)) {
    const until = parseInstant(input.pausedUntilUtc) ?? input.nowMs;
    const days = instantToLocal(input.timeZone, until).day - instantToLocal(input.timeZone, input.nowMs).day;
    const time = format.timeAt(until, input.timeZone);
    const when = days === 0 ? time : days === 1 ? `tomorrow ${time}` : format.dateTime(until, input.timeZone);
    items.push({ kind: 'action', action: 'resume', label: `Resume reminders (paused until ${when})` });
  } else {
    items.push({ kind: 'action', action: 'pause-day', label: 'Pause reminders for a day' });
  }
  items.push({ kind: 'separator' }, { kind: 'action', action: 'quit', label: 'Quit MLE Path' });
  return items;
}

/** The reminder settings after "Pause reminders for a day" or "Resume". */
export function withPause(reminders: ReminderSettings, pause: boolean, nowMs: number): ReminderSettings {
  return { ...reminders, pausedUntilUtc: pause ? new Date(nowMs + DAY_MS).toISOString() : null };
}

/**
 * What the window's close button does, by the learner's setting and what this desktop can show.
 * 'hide-to-tray' keeps main, the store host and the reminders running with the window hidden;
 * the tray icon (or on macOS the menu-bar icon and the Dock) brings it back. Without a tray that
 * can be seen (tray-host.ts), hiding would leave no way back, so the window is minimised
 * instead: still running, still in the taskbar. 'close' closes it (on macOS the app stays in the
 * Dock; elsewhere it quits, see afterWindowClosed).
 */
export type CloseBehaviour = 'hide-to-tray' | 'minimize' | 'close';

export function closeBehaviour(closeToTray: boolean, platform: NodeJS.Platform, host: TrayHost): CloseBehaviour {
  if (!closeToTray) return 'close';
  return platform === 'darwin' || host === 'present' ? 'hide-to-tray' : 'minimize';
}

/** What to do with one 'close' of the window. A quit (tray Quit, Cmd+Q, shutdown) always closes. */
export function closeDecision(behaviour: CloseBehaviour, isQuitting: boolean): 'hide' | 'minimize' | 'close' {
  if (isQuitting) return 'close';
  return behaviour === 'hide-to-tray' ? 'hide' : behaviour;
}

/**
 * After the UI window is really gone (closed, not hidden): macOS apps stay in the Dock; elsewhere
 * the app quits, because the hidden store-host window keeps 'window-all-closed' from firing.
 */
export function afterWindowClosed(platform: NodeJS.Platform): 'quit' | 'keep-running' {
  return platform === 'darwin' ? 'keep-running' : 'quit';
}

/** The notification shown the first time the window is hidden to the tray, or null after that. */
export function trayHint(trayHintShown: boolean, platform: NodeJS.Platform): { title: string; body: string } | null {
  if (trayHintShown) return null;
  const where = platform === 'darwin' ? 'menu bar' : 'tray';
  return {
    title: 'MLE Path is still running',
    body: `Your study reminders keep coming. Open MLE Path again from its ${where} icon, or quit it from the icon's menu.`,
  };
}

/** Icon sizes in pixels: macOS menu bar and Windows tray are 16 pt, Linux panels 24 px; plus 2× for HiDPI. */
export function trayIconSizes(platform: NodeJS.Platform): { base: number; hiDpi: number } {
  return platform === 'linux' || platform === 'freebsd' || platform === 'openbsd' ? { base: 24, hiDpi: 48 } : { base: 16, hiDpi: 32 };
}

/** macOS wants a template image in the menu bar (it tints it); other trays show the coloured app icon. */
export function trayIconVariant(platform: NodeJS.Platform): 'template' | 'colour' {
  return platform === 'darwin' ? 'template' : 'colour';
}

export function trayTooltip(sessionsToday: number | null): string {
  if (sessionsToday === null || sessionsToday === 0) return 'MLE Path';
  return `MLE Path: ${sessionsToday} study session${sessionsToday === 1 ? '' : 's'} today`;
}
