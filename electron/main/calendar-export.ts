/**
 * "Export study calendar (.ics)…": reads the next weeks of sessions and the booked exams from
 * the store, builds the file (calendar-ics.ts) and writes it where the learner chose. No
 * `electron` import: the save dialog comes in as a function, as in backup-service.ts, so the
 * e2e harness drives the same code with a chosen path. `readStudyCalendar` is also what the
 * calendar file kept in a folder is rewritten from (calendar-sync.ts).
 *
 * Weeks start on the Monday of the plan's `today` (already the learner's date in their own
 * zone), so the weeks are the learner's weeks, DST included. Sessions come from the main-only
 * `calendar:sessions`, which previews weeks nobody opened yet instead of storing them (see
 * shared/ipc/internal.ts for why).
 */
import { certifications } from '../../shared/content/pack/certifications';
import { isValidTimeZone } from '../../shared/domain/availability';
import type { CertificationStatus, StudySession } from '../../shared/domain/records';
import type { PlanView, ResponseOf } from '../../shared/ipc/contract';
import { internalChannels } from '../../shared/ipc/internal';
import { fail, ok, resultSchema, type Result } from '../../shared/ipc/result';
import { formatIsoDate, mondayOf, parseIsoDate } from '../../shared/planner/time';
import { writeFileAtomically } from './atomic-file';
import { buildStudyCalendar, calendarFileName, type BuiltCalendar, type CalendarExam, type CalendarSession } from './calendar-ics';

export const CALENDAR_WEEKS = 8;

export interface CalendarDialogs {
  /** Path to save to, or null when cancelled. */
  chooseSavePath(defaultName: string): Promise<string | null>;
}

export interface CalendarStore {
  request(channel: string, payload: unknown): Promise<Result<unknown>>;
}

/** Where the calendar's content comes from: the store, main's clock and this computer's zone. */
export interface StudyCalendarSource {
  store: CalendarStore;
  now: () => Date;
  weeks?: number;
  /** This computer's IANA zone, for a learner who has not set one. */
  timeZone?: () => string;
}

export interface CalendarExportDeps extends StudyCalendarSource {
  dialogs: CalendarDialogs;
}

const certNames = new Map(certifications.map((c) => [c.id, c.name]));

/** The sessions and exams the calendar holds, titled for a calendar that knows nothing of the plan. */
export function calendarEntries(plan: PlanView, sessions: readonly StudySession[], certs: readonly CertificationStatus[]): { sessions: CalendarSession[]; exams: CalendarExam[] } {
  const titles = new Map(plan.plan.milestones.map((m) => [m.id, m.title]));
  const seen = new Set<string>();
  const entries: CalendarSession[] = [];
  for (const s of sessions) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const title = s.milestoneId ? titles.get(s.milestoneId) : undefined;
    entries.push({ id: s.id, startUtc: s.startUtc, minutes: s.minutes, status: s.status, title: title ? `Study: ${title}` : 'Study session (MLE Path)' });
  }
  const exams = certs
    .filter((c) => c.status === 'exam-booked' && c.examDate !== null)
    .map((c) => ({ certId: c.certId, name: certNames.get(c.certId) ?? c.certId, examDate: c.examDate as string }));
  return { sessions: entries, exams };
}

/** The Mondays (YYYY-MM-DD) of `count` weeks starting with the week holding `today`. */
export function weekStarts(today: string, count: number): string[] | null {
  const day = parseIsoDate(today);
  if (day === null) return null;
  const monday = mondayOf(day);
  return Array.from({ length: count }, (_, i) => formatIsoDate(monday + 7 * i));
}

function systemZone(read: () => string): string {
  try {
    const zone = read();
    return isValidTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

async function ask<T>(store: CalendarStore, channel: string, payload: unknown): Promise<Result<T>> {
  return (await store.request(channel, payload)) as Result<T>;
}

/**
 * The study calendar as the store holds it now, as .ics text. `allowEmpty` is for the kept file:
 * when nothing is left to show, an empty calendar replaces the old events instead of keeping them.
 */
export async function readStudyCalendar(source: StudyCalendarSource, options: { allowEmpty?: boolean } = {}): Promise<Result<BuiltCalendar>> {
  const view = await ask<PlanView | null>(source.store, 'plan:get', {});
  if (!view.ok) return view;
  if (!view.value) return fail('not-found', 'Save your profile first: the calendar is built from your plan.');
  const mondays = weekStarts(view.value.today, source.weeks ?? CALENDAR_WEEKS);
  if (!mondays) return fail('internal', 'The plan has no valid "today" to start the calendar from.');
  const now = source.now();
  const reply = await source.store.request('calendar:sessions', {
    nowUtc: now.toISOString(),
    fallbackTimeZone: systemZone(source.timeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone)),
    weekStarts: mondays,
  });
  // Main checks what the store host answers on internal channels, as the router does for the UI's.
  const sessions = resultSchema(internalChannels['calendar:sessions'].response).safeParse(reply);
  if (!sessions.success) return fail('invalid-reply', 'The data store sent an invalid answer to "calendar:sessions".');
  if (!sessions.data.ok) return sessions.data;
  const certs = await ask<CertificationStatus[]>(source.store, 'certification:list', {});
  if (!certs.ok) return certs;
  return buildStudyCalendar({
    ...calendarEntries(view.value, sessions.data.value.sessions, certs.value),
    generatedAt: now,
    ...(options.allowEmpty ? { allowEmpty: true } : {}),
  });
}

export function createCalendarExportService(deps: CalendarExportDeps) {
  return {
    async exportIcs(): Promise<Result<ResponseOf<'calendar:export-ics'>>> {
      // Everything is read and built before the dialog opens: a learner without a plan gets
      // the reason at once instead of after choosing a file.
      const now = deps.now();
      const built = await readStudyCalendar({ ...deps, now: () => now });
      if (!built.ok) return built;

      const target = await deps.dialogs.chooseSavePath(calendarFileName(now));
      if (!target) return ok(null);
      try {
        await writeFileAtomically(target, built.value.text);
      } catch (error) {
        return fail('internal', `The calendar could not be saved to ${target}: ${error instanceof Error ? error.message : String(error)}`);
      }
      return ok({ path: target, events: built.value.events });
    },
  };
}

export type CalendarExportService = ReturnType<typeof createCalendarExportService>;

/** The router's local handler for the calendar channel. */
export function calendarChannels(service: CalendarExportService) {
  return { 'calendar:export-ics': () => service.exportIcs() };
}
