/**
 * What the calendar says about each study session and booked exam, for someone looking at it in
 * Google Calendar, Outlook or Apple Calendar who knows nothing of the plan: a title, a description
 * with the milestone and what to study, a status, an alarm. Pure: the plan, the sessions, the
 * checklist and the heads-up setting in; events out (calendar-ledger.ts versions them,
 * calendar-ics.ts writes them).
 *
 * The UID of a session is its stored id, `session.<start minute, UTC>` (shared/planner/schedule.ts),
 * wrapped as `session.<id>@mle-path.app` as earlier builds wrote it, so calendars that imported an
 * earlier file get updates instead of copies. Why this identity, and not a milestone and a
 * number, or a position in the week:
 *  - It is the session the learner sees and acts on: marking, skipping and moving keep the id, so
 *    a session moved on the week grid is the same event at its new time (one event, moved).
 *  - It names one slot and can never describe another: a re-plan that places study at other
 *    times makes new sessions with new ids, and the ones it dropped are cancelled. A positional
 *    UID ("the 4th session of the week") would silently jump to another slot when an earlier
 *    one disappears, and a milestone-based one would move when the plan gives that milestone
 *    more or less time, so a calendar's event would wander while still looking unchanged.
 *  - When a re-plan keeps a slot but gives it another milestone, the UID stays and the title and
 *    description change (a new SEQUENCE): the slot is still in the learner's evening.
 * Exams are one per certification: `exam.<cert id>@mle-path.app`, so a new exam date moves the
 * event.
 */
import type { ContentPack } from '../../../shared/content/schema';
import type { Plan } from '../../../shared/domain/plan';
import type { CertificationStatus, StudySession } from '../../../shared/domain/records';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { formatInstant, formatIsoDate, MINUTE_MS, parseInstant, parseIsoDate } from '../../../shared/planner/time';
import type { CalendarEvent } from './calendar-ledger';

const UID_DOMAIN = 'mle-path.app';

export const sessionUid = (sessionId: string): string => `session.${sessionId}@${UID_DOMAIN}`;
export const examUid = (certId: string): string => `exam.${certId}@${UID_DOMAIN}`;

/** The words every session description ends with: where the learner changes it. */
export const SESSION_FOOTER = 'Planned by MLE Path: mark it done, skip it or move it in the Week view of MLE Path.';

export interface CalendarEventsInput {
  plan: Pick<Plan, 'milestones' | 'phases'>;
  /** The content pack in use (as the store answers content:get): what to study, exam details. */
  content: Pick<ContentPack, 'phases' | 'certifications'>;
  sessions: readonly StudySession[];
  certifications: readonly CertificationStatus[];
  /** The learner's session heads-up (minutes before; null = off): the events' alarm. */
  sessionLeadMinutes: number | null;
}

/** Calendar text must not carry control characters; a line break in a description is fine. */
function clean(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0)!;
    out += (code < 0x20 && ch !== '\n') || code === 0x7f ? ' ' : ch;
  }
  return out.trim();
}

type Lookups = { milestones: ReadonlyMap<string, ContentPack['phases'][number]['milestones'][number]>; certs: ReadonlyMap<string, ContentPack['certifications'][number]> };

function lookups(content: CalendarEventsInput['content']): Lookups {
  return {
    milestones: new Map(content.phases.flatMap((p) => p.milestones.map((m) => [m.id, m] as const))),
    certs: new Map(content.certifications.map((c) => [c.id, c])),
  };
}

function sessionDescription(milestoneId: string | null, plan: CalendarEventsInput['plan'], packMilestones: Lookups['milestones']): string {
  const planned = milestoneId ? plan.milestones.find((m) => m.id === milestoneId) : undefined;
  if (!planned) return `Open study time in your plan, with no milestone given to it.\n\n${SESSION_FOOTER}`;
  const lines = [`Milestone: ${planned.title}`];
  const phase = plan.phases.find((p) => p.id === planned.phaseId);
  if (phase) lines.push(`Phase: ${phase.title}`);
  const content = packMilestones.get(planned.id);
  if (content) {
    lines.push('', `What to study: ${content.description}`);
    if (content.resources.length > 0) {
      lines.push('', 'Resources:', ...content.resources.map((r) => `- ${r.title}${r.url ? ` (${r.url})` : ''}`));
    }
  }
  lines.push('', SESSION_FOOTER);
  return lines.join('\n');
}

function examDescription(certId: string, name: string, packCerts: Lookups['certs']): string {
  const cert = packCerts.get(certId);
  const named = [name, cert?.code ? `(${cert.code})` : null].filter(Boolean).join(' ');
  const lines = [`Certification exam booked in MLE Path: ${named}${cert?.provider ? `, ${cert.provider}` : ''}.`];
  if (cert && cert.focusAreas.length > 0) lines.push(`Focus areas: ${cert.focusAreas.join(', ')}.`);
  return lines.join('\n');
}

/**
 * The calendar's events, sessions by start then booked exams. A session with no valid start or
 * length, or an exam whose date is not a date, is refused with its id: the store's schema rules
 * them out, so one here means a wrong reply, and a calendar must not be written from it.
 */
export function calendarEvents(input: CalendarEventsInput): Result<CalendarEvent[]> {
  const titles = new Map(input.plan.milestones.map((m) => [m.id, m.title]));
  const { milestones: packMilestones, certs: packCerts } = lookups(input.content);
  const events: CalendarEvent[] = [];
  const seen = new Set<string>();
  for (const s of input.sessions) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const start = parseInstant(s.startUtc);
    if (start === null) return fail('internal', `The calendar could not be built: session ${s.id} has no valid start time.`);
    if (!Number.isInteger(s.minutes) || s.minutes <= 0) return fail('internal', `The calendar could not be built: session ${s.id} has no valid length.`);
    const title = s.milestoneId ? titles.get(s.milestoneId) : undefined;
    const planned = s.status === 'planned';
    events.push({
      uid: sessionUid(s.id),
      kind: 'session',
      allDay: false,
      start: formatInstant(start),
      end: formatInstant(start + s.minutes * MINUTE_MS),
      title: clean(title ? `Study: ${title}` : 'Study session (MLE Path)'),
      description: clean(sessionDescription(s.milestoneId, input.plan, packMilestones)),
      // Skipped: cancelled, so calendars drop it. Done: it happened; no heads-up is needed.
      status: s.status === 'skipped' ? 'CANCELLED' : 'CONFIRMED',
      alarmMinutes: planned ? input.sessionLeadMinutes : null,
    });
  }
  for (const c of input.certifications) {
    if (c.status !== 'exam-booked' || c.examDate === null) continue;
    const name = packCerts.get(c.certId)?.name ?? c.certId;
    const day = parseIsoDate(c.examDate);
    if (day === null) return fail('internal', `The calendar could not be built: the exam date of ${name} is not a date.`);
    events.push({
      uid: examUid(c.certId),
      kind: 'exam',
      allDay: true,
      // A date, not an instant: the exam day is the same day wherever the learner travels.
      start: formatIsoDate(day),
      end: formatIsoDate(day + 1),
      title: clean(`Exam: ${name}`),
      description: clean(examDescription(c.certId, name, packCerts)),
      status: 'CONFIRMED',
      alarmMinutes: null,
    });
  }
  return ok(events);
}
