/**
 * "Export study calendar (.ics)…": gathers the next weeks of sessions and the booked exams from
 * the store, builds the file (calendar-ics.ts) and writes it where the learner chose. No
 * `electron` import: the save dialog comes in as a function, as in backup-service.ts, so the
 * e2e harness drives the same code with a chosen path.
 *
 * Weeks are asked for through `week:get` from the Monday of the plan's `today` (already the
 * learner's date in their own zone), so the weeks are the learner's weeks, DST included.
 */
import { writeFile } from 'node:fs/promises';
import { certifications } from '../../shared/content/pack/certifications';
import type { PlanView, ResponseOf, WeekView } from '../../shared/ipc/contract';
import type { CertificationStatus } from '../../shared/domain/records';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { formatIsoDate, mondayOf, parseIsoDate } from '../../shared/planner/time';
import { buildStudyCalendar, calendarFileName, type CalendarExam, type CalendarSession } from './calendar-ics';

export const CALENDAR_WEEKS = 8;

export interface CalendarDialogs {
  /** Path to save to, or null when cancelled. */
  chooseSavePath(defaultName: string): Promise<string | null>;
}

export interface CalendarExportDeps {
  store: { request(channel: string, payload: unknown): Promise<Result<unknown>> };
  dialogs: CalendarDialogs;
  now: () => Date;
  weeks?: number;
}

const certNames = new Map(certifications.map((c) => [c.id, c.name]));

/** The sessions and exams the calendar holds, titled for a calendar that knows nothing of the plan. */
export function calendarEntries(plan: PlanView, weeks: readonly WeekView[], certs: readonly CertificationStatus[]): { sessions: CalendarSession[]; exams: CalendarExam[] } {
  const titles = new Map(plan.plan.milestones.map((m) => [m.id, m.title]));
  const seen = new Set<string>();
  const sessions: CalendarSession[] = [];
  for (const week of weeks) {
    for (const s of week.sessions) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      const title = s.milestoneId ? titles.get(s.milestoneId) : undefined;
      sessions.push({ id: s.id, startUtc: s.startUtc, minutes: s.minutes, status: s.status, title: title ? `Study: ${title}` : 'Study session (MLE Path)' });
    }
  }
  const exams = certs
    .filter((c) => c.status === 'exam-booked' && c.examDate !== null)
    .map((c) => ({ certId: c.certId, name: certNames.get(c.certId) ?? c.certId, examDate: c.examDate as string }));
  return { sessions, exams };
}

/** The Mondays (YYYY-MM-DD) of `count` weeks starting with the week holding `today`. */
export function weekStarts(today: string, count: number): string[] | null {
  const day = parseIsoDate(today);
  if (day === null) return null;
  const monday = mondayOf(day);
  return Array.from({ length: count }, (_, i) => formatIsoDate(monday + 7 * i));
}

export function createCalendarExportService(deps: CalendarExportDeps) {
  const weeks = deps.weeks ?? CALENDAR_WEEKS;

  async function ask<T>(channel: string, payload: unknown): Promise<Result<T>> {
    return (await deps.store.request(channel, payload)) as Result<T>;
  }

  return {
    async exportIcs(): Promise<Result<ResponseOf<'calendar:export-ics'>>> {
      // Everything is read and built before the dialog opens: a learner without a plan gets
      // the reason at once instead of after choosing a file.
      const view = await ask<PlanView | null>('plan:get', {});
      if (!view.ok) return view;
      if (!view.value) return fail('not-found', 'Save your profile first: the calendar is built from your plan.');
      const mondays = weekStarts(view.value.today, weeks);
      if (!mondays) return fail('internal', 'The plan has no valid "today" to start the calendar from.');
      const weekViews: WeekView[] = [];
      for (const weekStart of mondays) {
        const week = await ask<WeekView>('week:get', { weekStart });
        if (!week.ok) return week;
        weekViews.push(week.value);
      }
      const certs = await ask<CertificationStatus[]>('certification:list', {});
      if (!certs.ok) return certs;

      const now = deps.now();
      const built = buildStudyCalendar({ ...calendarEntries(view.value, weekViews, certs.value), generatedAt: now });
      if (!built.ok) return built;

      const target = await deps.dialogs.chooseSavePath(calendarFileName(now));
      if (!target) return ok(null);
      try {
        await writeFile(target, built.value.text, 'utf8');
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
