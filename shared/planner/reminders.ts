/**
 * Which reminders exist, when they fire, and which of them to show right now.
 *
 * Owns: `computeReminders` (the full, sorted reminder list for a time range), `dueReminders`
 * (split into show-now vs. missed, given what was already delivered) and `catchUpSummary` (fold
 * missed reminders into one). The Electron side only schedules timers and shows notifications;
 * every decision about timing and wording lives here so it can be tested without a clock.
 *
 * Timing rules (all local times in the learner's zone, DST rules from ./time.ts):
 *  - Digest: every `digest.weekday` at `digest.time`. It previews the Monday–Sunday week that
 *    contains the day after the digest (a Sunday digest previews the next week; a Wednesday
 *    digest the rest of the current one) and counts that week's sessions starting after it fires.
 *  - Session: `sessionLeadMinutes` before each session start (null = off, 0 = at the start).
 *  - Exam countdown: at 09:00 local, 30, 7 and 1 calendar days before the exam's local date.
 *  - Recertification: at 09:00 local, 90 calendar days before the expiry's local date.
 *    Calendar days, not 24-hour blocks, so "in 7 days" is true on the wall calendar across DST.
 *  - Quiet hours: a reminder whose local time falls in [start, end) (which may wrap midnight) is
 *    moved to the first moment quiet hours end — not dropped, not shown early. A session reminder
 *    that would land after its session has started is dropped instead (it would be useless).
 *  - Pause: reminders whose (final, after quiet-hours) due time is before `pausedUntilUtc` are
 *    dropped, not postponed — a paused learner asked for silence, not a backlog.
 *  - Range: a reminder belongs to [fromUtc, toUtc) by its final due time, so computing two
 *    adjacent ranges gives exactly the reminders of the combined range.
 *
 * Ids are stable across recomputation and unique within a result. They embed the date that makes
 * the event distinct (`exam.<certId>.<examDate>.7d`, `recert.<certId>.<expiryDate>`,
 * `session.<sessionId>.<startUtc>`), so a rescheduled exam, a renewed certification or a moved
 * session produces a new id and is not suppressed by the delivered-set of the old one.
 *
 * Invalid input (unknown time zone, malformed instants, settings failing the schema) throws a
 * RangeError: inputs are validated by the domain schemas at the boundary, so reaching here with
 * bad data is a programming error, and a silent empty list would hide it.
 */
import { isValidTimeZone } from '../domain/availability';
import { createDisplayFormat, type DisplayFormat } from '../locale/display-format';
import { ReminderSettingsSchema, type QuietHours, type ReminderSettings } from '../domain/reminder-settings';
import type { StudySession } from './schedule';
import {
  DAY_MS,
  formatInstant,
  formatIsoDate,
  instantToLocal,
  MINUTE_MS,
  mondayOf,
  parseInstant,
  parseIsoDate,
  parseTimeOfDay,
  wallToInstant,
  wallToInstants,
  weekdayOf,
} from './time';

export type ReminderKind = 'digest' | 'session' | 'exam-countdown' | 'recertification' | 'catch-up';

export type ReminderTarget =
  /** sessionStartUtc: the session's start when the reminder was made (a snooze acts on that start only). */
  | { screen: 'week'; weekStart: string; sessionId?: string; sessionStartUtc?: string }
  | { screen: 'certifications'; certId?: string }
  /** The focus timer's notice: Today shows the timer. */
  | { screen: 'today' };

export interface Reminder {
  id: string;
  kind: ReminderKind;
  dueUtc: string;
  title: string;
  body: string;
  target: ReminderTarget;
}

export interface ExamInput {
  certId: string;
  /** ISO instant of the exam appointment. */
  examDateUtc: string;
  /** Display name; the id is used when absent. */
  certName?: string;
}

export interface CertificationInput {
  certId: string;
  /** ISO instant, or a plain 'YYYY-MM-DD' read as that date in the learner's zone. */
  expiresOnUtc: string;
  certName?: string;
}

export type ReminderSession = Pick<StudySession, 'id' | 'startUtc' | 'localStart' | 'minutes'> &
  Partial<Pick<StudySession, 'localEnd' | 'milestoneId'>>;

export interface ComputeRemindersInput {
  settings: ReminderSettings;
  timeZone: string;
  sessions: readonly ReminderSession[];
  exams: readonly ExamInput[];
  certifications: readonly CertificationInput[];
  /** When each review card in review is due; the digest counts those due by the end of its week. */
  reviewDueUtc?: readonly string[];
  fromUtc: string;
  /** Exclusive. */
  toUtc: string;
  /** How dates, times and numbers are worded: the learner's locale (main's display format). */
  format?: DisplayFormat;
}

let britishEnglish: DisplayFormat | null = null;
/** The wording when no locale is given (the planner's own tests): British English, 24-hour. */
function defaultFormat(): DisplayFormat {
  return (britishEnglish ??= createDisplayFormat(['en-GB']));
}

/** Local time of day for exam-countdown and recertification reminders: a working-hours moment. */
export const COUNTDOWN_LOCAL_TIME = '09:00';
export const EXAM_COUNTDOWN_DAYS = [30, 7, 1] as const;
export const RECERTIFICATION_DAYS = 90;
/**
 * How late a reminder may still be shown as itself. The check loop runs about once a minute, but
 * a laptop waking from sleep or an app started late can be minutes behind; up to 15 minutes a
 * "session in 15 minutes" heads-up is still actionable, beyond that the moment has passed and the
 * reminder is folded into a single catch-up instead of a burst of stale notifications.
 */
export const DEFAULT_GRACE_MINUTES = 15;

// Quiet hours move a reminder forward by less than 25 hours (24 h + a DST hour), so originals
// generated from two days before the range cover every reminder whose final time is inside it.
const GENERATION_MARGIN_MS = 2 * DAY_MS;

interface Candidate {
  id: string;
  kind: Exclude<ReminderKind, 'catch-up'>;
  due: number;
  /** Drop the reminder if quiet hours push it past this instant (the event it announces). */
  notAfter?: number;
  target: ReminderTarget;
  render: (finalDue: number) => { title: string; body: string };
}

function requireInstant(value: unknown, label: string): number {
  const ms = parseInstant(value);
  if (ms === null) throw new RangeError(`${label} must be an ISO date-time with a zone, got ${JSON.stringify(value)}.`);
  return ms;
}

function pluralize(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function formatHours(minutes: number, format: DisplayFormat): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${format.number(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
}

function formatLead(minutes: number): string {
  if (minutes < 60) return pluralize(minutes, 'minute', 'minutes');
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? pluralize(h, 'hour', 'hours') : `${h} h ${m} min`;
}

/** True when a local time of day (minutes) is inside quiet hours; `end` is exclusive. */
export function isInQuietHours(minutes: number, quiet: QuietHours): boolean {
  const start = parseTimeOfDay(quiet.start)!;
  const end = parseTimeOfDay(quiet.end)!;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/**
 * The first instant at or after `due` that is outside quiet hours. The end is taken on the
 * quiet period's own end date (the next day when a wrapping period started before midnight);
 * on a fall-back night the occurrence after `due` is used so nothing ever moves backwards.
 */
function leaveQuietHours(timeZone: string, due: number, quiet: QuietHours): number {
  const start = parseTimeOfDay(quiet.start)!;
  const end = parseTimeOfDay(quiet.end)!;
  let current = due;
  // Two passes suffice for real periods; the bound only guards against pathological DST cases.
  for (let pass = 0; pass < 3; pass += 1) {
    const local = instantToLocal(timeZone, current);
    if (!isInQuietHours(local.minutes, quiet)) return current;
    const endDay = start > end && local.minutes >= start ? local.day + 1 : local.day;
    const next = wallToInstants(timeZone, endDay, end).find((t) => t > current);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

function digestCandidates(input: ComputeRemindersInput, settings: ReminderSettings, from: number, to: number): Candidate[] {
  const { timeZone, sessions } = input;
  const format = input.format ?? defaultFormat();
  if (!settings.digest.enabled) return [];
  const time = parseTimeOfDay(settings.digest.time)!;
  const starts = sessions.map((s) => ({ start: requireInstant(s.startUtc, `Session ${s.id} start`), minutes: s.minutes }));
  const reviewDue = (input.reviewDueUtc ?? []).map((t) => requireInstant(t, 'Review due time'));
  const out: Candidate[] = [];
  const firstDay = instantToLocal(timeZone, from).day - 1;
  const lastDay = instantToLocal(timeZone, to).day + 1;
  for (let day = firstDay; day <= lastDay; day += 1) {
    if (weekdayOf(day) !== settings.digest.weekday) continue;
    const due = wallToInstant(timeZone, day, time);
    if (due < from || due >= to) continue;
    const monday = mondayOf(day + 1);
    const weekStart = formatIsoDate(monday);
    const weekBegin = wallToInstant(timeZone, monday, 0);
    const weekEnd = wallToInstant(timeZone, monday + 7, 0);
    out.push({
      id: `digest.${formatIsoDate(day)}`,
      kind: 'digest',
      due,
      target: { screen: 'week', weekStart },
      render: (finalDue) => {
        const coming = starts.filter((s) => s.start >= Math.max(finalDue, weekBegin) && s.start < weekEnd);
        const minutes = coming.reduce((sum, s) => sum + s.minutes, 0);
        const week = `the week of ${format.weekdayDayYear(weekStart)}`;
        // Reviews due by the end of the previewed week, overdue ones included.
        const reviews = reviewDue.filter((t) => t < weekEnd).length;
        const reviewLine = reviews === 0 ? '' : ` ${pluralize(reviews, 'review', 'reviews')} due.`;
        return {
          title: 'Your study week ahead',
          body:
            (coming.length === 0
              ? `No study sessions planned for ${week} yet.`
              : `${pluralize(coming.length, 'session', 'sessions')}, ${formatHours(minutes, format)} planned for ${week}.`) + reviewLine,
        };
      },
    });
  }
  return out;
}

function sessionCandidates(input: ComputeRemindersInput, settings: ReminderSettings, from: number, to: number): Candidate[] {
  const lead = settings.sessionLeadMinutes;
  if (lead === null) return [];
  const format = input.format ?? defaultFormat();
  const out: Candidate[] = [];
  for (const session of input.sessions) {
    const start = requireInstant(session.startUtc, `Session ${session.id} start`);
    const due = start - lead * MINUTE_MS;
    if (due < from || due >= to) continue;
    const local = instantToLocal(input.timeZone, start);
    const startMinutes = parseTimeOfDay(session.localStart) ?? local.minutes;
    const endMinutes = session.localEnd ? parseTimeOfDay(session.localEnd, true) : null;
    const span = endMinutes === null ? format.time(startMinutes) : format.timeRange(startMinutes, endMinutes);
    out.push({
      id: `session.${session.id}.${formatInstant(start)}`,
      kind: 'session',
      due,
      notAfter: start,
      target: { screen: 'week', weekStart: formatIsoDate(mondayOf(local.day)), sessionId: session.id, sessionStartUtc: formatInstant(start) },
      render: (finalDue) => {
        const minutesLeft = Math.round((start - finalDue) / MINUTE_MS);
        return {
          title: minutesLeft <= 0 ? 'Study session starting now' : `Study session in ${formatLead(minutesLeft)}`,
          body: `${format.weekdayDayYear(local.date)}, ${span} (${format.duration(session.minutes)}).`,
        };
      },
    });
  }
  return out;
}

function countdownCandidates(input: ComputeRemindersInput, settings: ReminderSettings, from: number, to: number): Candidate[] {
  const { timeZone } = input;
  const format = input.format ?? defaultFormat();
  const at = parseTimeOfDay(COUNTDOWN_LOCAL_TIME)!;
  const out: Candidate[] = [];
  if (settings.examCountdown.enabled) {
    for (const exam of input.exams) {
      const examMs = requireInstant(exam.examDateUtc, `Exam date for ${exam.certId}`);
      const local = instantToLocal(timeZone, examMs);
      const name = exam.certName ?? exam.certId;
      for (const days of EXAM_COUNTDOWN_DAYS) {
        const due = wallToInstant(timeZone, local.day - days, at);
        if (due < from || due >= to) continue;
        out.push({
          id: `exam.${exam.certId}.${local.date}.${days}d`,
          kind: 'exam-countdown',
          due,
          notAfter: examMs,
          target: { screen: 'certifications', certId: exam.certId },
          render: () => ({
            title: days === 1 ? 'Exam tomorrow' : `Exam in ${days} days`,
            body: `${name} exam on ${format.weekdayDayYear(local.date)} at ${format.time(local.minutes)}.`,
          }),
        });
      }
    }
  }
  if (settings.recertification.enabled) {
    for (const cert of input.certifications) {
      const dateOnly = parseIsoDate(cert.expiresOnUtc);
      const expiryDay =
        dateOnly ?? instantToLocal(timeZone, requireInstant(cert.expiresOnUtc, `Expiry of ${cert.certId}`)).day;
      const due = wallToInstant(timeZone, expiryDay - RECERTIFICATION_DAYS, at);
      if (due < from || due >= to) continue;
      const name = cert.certName ?? cert.certId;
      out.push({
        id: `recert.${cert.certId}.${formatIsoDate(expiryDay)}`,
        kind: 'recertification',
        due,
        notAfter: wallToInstant(timeZone, expiryDay, 0),
        target: { screen: 'certifications', certId: cert.certId },
        render: () => ({
          title: 'Recertification coming up',
          body: `${name} expires on ${format.weekdayDayYear(formatIsoDate(expiryDay))}, in ${RECERTIFICATION_DAYS} days. Plan your renewal.`,
        }),
      });
    }
  }
  return out;
}

function byDueThenId(a: Reminder, b: Reminder): number {
  return a.dueUtc < b.dueUtc ? -1 : a.dueUtc > b.dueUtc ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** All reminders whose final due time is in [fromUtc, toUtc), sorted by due time then id. */
export function computeReminders(input: ComputeRemindersInput): Reminder[] {
  if (!isValidTimeZone(input.timeZone)) throw new RangeError(`Unknown time zone: ${String(input.timeZone)}.`);
  const parsed = ReminderSettingsSchema.safeParse(input.settings);
  if (!parsed.success) throw new RangeError(`Invalid reminder settings: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  const settings = parsed.data;
  const from = requireInstant(input.fromUtc, 'fromUtc');
  const to = requireInstant(input.toUtc, 'toUtc');
  if (to <= from) return [];

  const paused = settings.pausedUntilUtc === null ? null : parseInstant(settings.pausedUntilUtc)!;
  const genFrom = from - GENERATION_MARGIN_MS;
  const candidates = [
    ...digestCandidates(input, settings, genFrom, to),
    ...sessionCandidates(input, settings, genFrom, to),
    ...countdownCandidates(input, settings, genFrom, to),
  ];

  const seen = new Set<string>();
  const out: Reminder[] = [];
  for (const c of candidates) {
    const due = settings.quietHours ? leaveQuietHours(input.timeZone, c.due, settings.quietHours) : c.due;
    if (c.notAfter !== undefined && due > c.notAfter) continue;
    if (paused !== null && due < paused) continue;
    if (due < from || due >= to) continue;
    // Duplicate inputs (the same session or exam listed twice) must not yield duplicate ids.
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    out.push({ id: c.id, kind: c.kind, dueUtc: formatInstant(due), target: c.target, ...c.render(due) });
  }
  return out.sort(byDueThenId);
}

export interface DueRemindersInput {
  reminders: readonly Reminder[];
  /** Ids already shown (or folded into a catch-up); never returned again. */
  delivered: ReadonlySet<string>;
  nowUtc: string;
  /** When the previous check ran; null on the very first check. */
  lastCheckUtc: string | null;
  graceMinutes?: number;
}

/**
 * Splits reminders into those to show now and those missed. Only reminders that became due since
 * the last check, (lastCheckUtc, nowUtc], are considered: anything older was either handled by
 * that check or is back-dated (e.g. an exam added 10 days out makes its 30-day countdown "due" in
 * the past — showing it would be wrong). A reminder at most `graceMinutes` (default 15) late is
 * due; later than that it is missed and belongs in `catchUpSummary`. On the first check
 * (`lastCheckUtc` null) only the grace window counts, so a fresh install never reports a backlog.
 */
export function dueReminders(input: DueRemindersInput): { due: Reminder[]; missed: Reminder[] } {
  const now = requireInstant(input.nowUtc, 'nowUtc');
  const grace = (input.graceMinutes ?? DEFAULT_GRACE_MINUTES) * MINUTE_MS;
  const lastCheck = input.lastCheckUtc === null ? now - grace : requireInstant(input.lastCheckUtc, 'lastCheckUtc');
  const due: Reminder[] = [];
  const missed: Reminder[] = [];
  for (const reminder of input.reminders) {
    if (input.delivered.has(reminder.id)) continue;
    const at = requireInstant(reminder.dueUtc, `Reminder ${reminder.id} due time`);
    // `at === lastCheck` counts as new only on the first check; the previous check owned it otherwise.
    if (at > now || at < lastCheck || (at === lastCheck && input.lastCheckUtc !== null)) continue;
    if (now - at <= grace) due.push(reminder);
    else missed.push(reminder);
  }
  return { due: due.sort(byDueThenId), missed: missed.sort(byDueThenId) };
}

export interface RecordedDelivery {
  reminderId: string;
  /** When the check that recorded it ran, by that check's clock. */
  deliveredAt: string;
}

/**
 * The ids that count as delivered at `nowUtc`. A delivery recorded more than the grace period
 * after `nowUtc` was recorded by a clock that ran ahead (set a month forward by hand, a bad
 * NTP answer, a dead RTC battery's guess) and has since been corrected: that check showed or
 * folded reminders that were not due yet. They count as not delivered, so each is shown when it
 * really comes due (its stale record is then replaced, see `isRecordedByClockAhead`). Within the
 * grace period a delivery counts: a clock a few minutes fast showed it about on time, and
 * showing it again would be a duplicate. A delivery whose time cannot be read counts, so bad
 * data never causes a repeat.
 */
export function deliveredAsOf(deliveries: readonly RecordedDelivery[], nowUtc: string, graceMinutes = DEFAULT_GRACE_MINUTES): Set<string> {
  const limit = requireInstant(nowUtc, 'nowUtc') + graceMinutes * MINUTE_MS;
  const ids = new Set<string>();
  for (const d of deliveries) {
    const at = parseInstant(d.deliveredAt);
    if (at === null || at <= limit) ids.add(d.reminderId);
  }
  return ids;
}

/**
 * True when a recorded delivery was made by a check whose clock was later than `checkMs`: the
 * store replaces such a record when the reminder is delivered for real, so the log shows when
 * it was actually shown. Only ids the scheduler decided to deliver again reach that check.
 */
export function isRecordedByClockAhead(deliveredAt: string, checkMs: number): boolean {
  const at = parseInstant(deliveredAt);
  return at !== null && at > checkMs;
}

// Which missed reminder the catch-up opens: the one whose moment is least recoverable.
const CATCH_UP_PRIORITY: Record<ReminderKind, number> = {
  'exam-countdown': 0,
  recertification: 1,
  session: 2,
  digest: 3,
  'catch-up': 4,
};

/**
 * One reminder standing for `missed` (null when there are none), due at the latest missed time.
 * The body names up to three missed titles, earliest first. Its id is derived from the latest
 * due time and the count, so summarising the same set twice yields the same id.
 */
export function catchUpSummary(missed: readonly Reminder[]): Reminder | null {
  if (missed.length === 0) return null;
  const sorted = [...missed].sort(byDueThenId);
  const latest = sorted[sorted.length - 1]!;
  const lead = [...sorted].sort(
    (a, b) => CATCH_UP_PRIORITY[a.kind] - CATCH_UP_PRIORITY[b.kind] || -byDueThenId(a, b),
  )[0]!;
  const shown = sorted.slice(0, 3).map((r) => r.title);
  const more = sorted.length - shown.length;
  return {
    id: `catch-up.${latest.dueUtc}.${sorted.length}`,
    kind: 'catch-up',
    dueUtc: latest.dueUtc,
    title: sorted.length === 1 ? 'You missed a reminder' : `You missed ${sorted.length} reminders`,
    body: `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`,
    target: lead.target,
  };
}
