/**
 * "Export study calendar (.ics)…": reads the sessions of the calendar's weeks and the booked exams
 * from the store, builds the file and writes it where the learner chose. No `electron` import:
 * the save dialog comes in as a function, as in backup-service.ts, so the e2e harness drives the
 * same code with a chosen path. `readStudyCalendar` is also what the calendar file kept in a
 * folder is rewritten from (calendar-sync.ts); both go through the one ledger of what was
 * published (calendar-ledger-file.ts), so SEQUENCE numbers grow across both.
 *
 * The file covers the 4 weeks before this one (what was planned and done stays in the learner's
 * calendar) and 8 weeks from this one. Weeks start on the Monday of the plan's `today` (already
 * the learner's date in their own zone), so the weeks are the learner's weeks, DST included.
 * Sessions come from the main-only `calendar:sessions`, which previews weeks nobody opened yet
 * instead of storing them (see shared/ipc/internal.ts for why).
 */
import { isValidTimeZone } from '../../../shared/domain/availability';
import { computerTimeZone } from '../../../shared/domain/time-zone';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { formatIsoDate, mondayOf, parseIsoDate, wallToInstant } from '../../../shared/planner/time';
import { writeFileAtomically } from './atomic-file';
import { calendarEvents } from './calendar-events';
import { buildStudyCalendar, calendarFileName, type BuiltCalendar } from './calendar-ics';
import { publishEvents } from './calendar-ledger';
import type { CalendarLedgerStore } from './calendar-ledger-file';
import type { StoreCalls } from './store-calls';

/** Weeks from this one on (this week included). */
export const CALENDAR_WEEKS_AHEAD = 8;
/** Weeks before this one the file keeps. */
export const CALENDAR_WEEKS_PAST = 4;

export interface CalendarDialogs {
  /** Path to save to, or null when cancelled. */
  chooseSavePath(defaultName: string): Promise<string | null>;
}

/** Where the calendar's content comes from: the store, main's clock and this computer's zone. */
export interface StudyCalendarSource {
  store: StoreCalls;
  now: () => Date;
  /** What earlier files said, shared by the export and the kept file. */
  ledger: CalendarLedgerStore;
  weeksAhead?: number;
  weeksPast?: number;
  /** This computer's IANA zone, for a learner who has not set one. */
  timeZone?: () => string;
}

export interface CalendarExportDeps extends StudyCalendarSource {
  dialogs: CalendarDialogs;
}

/** The Mondays (YYYY-MM-DD) of `count` weeks starting with the week holding `today`, `past` weeks earlier. */
export function weekStarts(today: string, count: number, past = 0): string[] | null {
  const day = parseIsoDate(today);
  if (day === null) return null;
  const monday = mondayOf(day) - 7 * past;
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

/**
 * The study calendar as the store holds it now, as .ics text, versioned against what earlier
 * files said. `allowEmpty` is for the kept file: when nothing is left to show, an empty calendar
 * replaces the old events instead of keeping them.
 */
export function readStudyCalendar(source: StudyCalendarSource, options: { allowEmpty?: boolean } = {}): Promise<Result<BuiltCalendar>> {
  // Read, decide and record in one turn of the ledger: two files built from two states of the
  // store can then never share a SEQUENCE.
  return source.ledger.publish(async (ledger) => {
    const view = await source.store.call('plan:get', {});
    if (!view.ok) return view;
    if (!view.value) return fail('not-found', 'Save your profile first: the calendar is built from your plan.');
    const past = source.weeksPast ?? CALENDAR_WEEKS_PAST;
    const mondays = weekStarts(view.value.today, past + (source.weeksAhead ?? CALENDAR_WEEKS_AHEAD), past);
    if (!mondays) return fail('internal', 'The plan has no valid "today" to start the calendar from.');
    const now = source.now();
    const sessions = await source.store.call('calendar:sessions', {
      nowUtc: now.toISOString(),
      fallbackTimeZone: systemZone(source.timeZone ?? computerTimeZone),
      weekStarts: mondays,
    });
    if (!sessions.ok) return sessions;
    const certs = await source.store.call('certification:list', {});
    if (!certs.ok) return certs;
    const settings = await source.store.call('settings:get', {});
    if (!settings.ok) return settings;
    const content = await source.store.call('content:get', {});
    if (!content.ok) return content;

    const events = calendarEvents({
      plan: view.value.plan,
      content: content.value.pack,
      sessions: sessions.value.sessions,
      certifications: certs.value,
      sessionLeadMinutes: settings.value.reminders.sessionLeadMinutes,
    });
    if (!events.ok) return events;
    const zone = isValidTimeZone(view.value.plan.timeZone) ? view.value.plan.timeZone : 'UTC';
    const published = publishEvents({ ledger, events: events.value, now, keepFromMs: wallToInstant(zone, parseIsoDate(mondays[0])!, 0) });
    if (!published.ok) return fail('internal', `The calendar could not be built: ${published.message}`);
    const built = buildStudyCalendar({ events: published.value.events, ...(options.allowEmpty ? { allowEmpty: true } : {}) });
    if (!built.ok) return built;
    return ok({ ledger: published.value.ledger, value: built.value });
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
