/**
 * The learner's study history as the History screen draws it, from what the store keeps.
 *
 * Owns: `studyHistory` and `historySummary`. The rules:
 *  - A session belongs to the calendar day its start falls on in the learner's time zone (the
 *    zone given, not the one the session was stored under), so a session at 23:30 in New York
 *    is on that day however UTC writes it, and DST days count like any other day.
 *  - **Heatmap**: minutes logged in sessions marked done (what the learner typed, or the
 *    session's length when they just marked it done), summed per day over the
 *    `HISTORY_DAYS` days ending today. Only days with logged time are listed, so an empty year is
 *    an empty list; a day after today never is (a session marked done ahead of its time waits
 *    for its day).
 *  - **Weeks**: the `HISTORY_WEEKS` Monday-to-Sunday weeks ending with this one, each with the
 *    minutes planned (every session of the week the learner did not skip, as the week view
 *    counts them) and studied (logged in done sessions), oldest first, weeks with nothing
 *    included as zeros so the chart's axis is the calendar.
 *  - **Readiness**: per month of the last `HISTORY_MONTHS` months (this month last), the
 *    readiness per skill area and overall from every quiz answer given up to that month's end
 *    (or today, for this month), by the planner's own `readinessScore` with the learner's
 *    current self-rating. Months before the first quiz are left out; a month without a quiz
 *    carries the readiness of the answers so far.
 * However many years of rows come in, the answer is at most a year of days, `HISTORY_WEEKS`
 * weeks and `HISTORY_MONTHS` months: the store hands the window that, never the rows.
 * Pure: no clock (`today` is a parameter), no I/O.
 */
import type { QuizAttempt, StudySession } from '../domain/records';
import { SKILL_AREAS, type SkillArea } from '../domain/skill-area';
import { readinessScore, type ReadinessAnswer, type SelfRating } from './readiness';
import { DAY_MS, formatIsoDate, HOUR_MS, localDayOn, mondayOf, offsetTimeline, parseInstant, parseIsoDate, SCHEDULE_SAMPLE_MS } from './time';

/** No zone is more than 14 hours from UTC: an instant further than this outside a span of days is not in it. */
const MAX_OFFSET_MS = 14 * HOUR_MS;

/** Days in the heatmap: a year, today included. */
export const HISTORY_DAYS = 365;
/** Weeks in the planned-vs-studied chart, this week included. */
export const HISTORY_WEEKS = 26;
/** Months in the readiness chart, this month included. */
export const HISTORY_MONTHS = 12;

export interface HistoryDay {
  date: string;
  minutes: number;
}

export interface HistoryWeek {
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  plannedMinutes: number;
  studiedMinutes: number;
}

export interface HistoryReadiness {
  /** YYYY-MM. */
  month: string;
  /** Quiz attempts taken in that month. */
  attempts: number;
  overall: number;
  byArea: Record<SkillArea, number>;
}

export interface StudyHistory {
  timeZone: string;
  today: string;
  /** The heatmap's first day: HISTORY_DAYS − 1 days before today. */
  from: string;
  /** Days with logged time, oldest first. */
  days: HistoryDay[];
  weeks: HistoryWeek[];
  readiness: HistoryReadiness[];
}

export interface HistoryInput {
  /** Today in the learner's zone, YYYY-MM-DD. */
  today: string;
  timeZone: string;
  sessions: Iterable<Pick<StudySession, 'startUtc' | 'status' | 'minutes' | 'loggedMinutes'>>;
  attempts: readonly Pick<QuizAttempt, 'takenAt' | 'answers'>[];
  selfRating: SelfRating | null;
}

/**
 * The stored weeks (their Mondays, inclusive) the store reads to answer for `today`, with a
 * week's margin each side: a session's stored week is the Monday in the zone it was stored
 * under, which may be a day off the learner's zone now.
 */
export function historyReadRange(today: string): { fromWeek: string; toWeek: string } {
  const day = dayOf(today);
  const first = Math.min(day - (HISTORY_DAYS - 1), mondayOf(day) - 7 * (HISTORY_WEEKS - 1));
  return { fromWeek: formatIsoDate(mondayOf(first) - 7), toWeek: formatIsoDate(mondayOf(day) + 7) };
}

function dayOf(iso: string): number {
  const day = parseIsoDate(iso);
  if (day === null) throw new RangeError(`"${iso}" is not a calendar day.`);
  return day;
}

/** YYYY-MM of the month `back` months before the month of `iso`. */
function monthBefore(iso: string, back: number): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 - back;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function studyHistory(input: HistoryInput): StudyHistory {
  const { timeZone } = input;
  const today = dayOf(input.today);
  const first = today - (HISTORY_DAYS - 1);
  const thisMonday = mondayOf(today);
  const firstMonday = thisMonday - 7 * (HISTORY_WEEKS - 1);

  // The zone's offsets over the span once (a few look-ups), not one Intl call per session.
  const spanFrom = Math.min(first, firstMonday) * DAY_MS - MAX_OFFSET_MS;
  const spanTo = (thisMonday + 7) * DAY_MS + MAX_OFFSET_MS;
  const timeline = offsetTimeline(timeZone, spanFrom, spanTo, SCHEDULE_SAMPLE_MS);
  const perDay = new Map<number, number>();
  const planned = new Map<number, number>();
  const studied = new Map<number, number>();
  for (const s of input.sessions) {
    const start = parseInstant(s.startUtc);
    if (start === null || start < spanFrom || start >= spanTo) continue;
    const day = localDayOn(timeline, start);
    const monday = mondayOf(day);
    const logged = s.status === 'done' ? s.loggedMinutes : 0;
    if (logged > 0 && day >= first && day <= today) perDay.set(day, (perDay.get(day) ?? 0) + logged);
    if (monday >= firstMonday && monday <= thisMonday) {
      if (s.status !== 'skipped') planned.set(monday, (planned.get(monday) ?? 0) + s.minutes);
      if (logged > 0) studied.set(monday, (studied.get(monday) ?? 0) + logged);
    }
  }

  const days = [...perDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, minutes]) => ({ date: formatIsoDate(day), minutes }));
  const weeks: HistoryWeek[] = [];
  for (let monday = firstMonday; monday <= thisMonday; monday += 7) {
    weeks.push({ weekStart: formatIsoDate(monday), plannedMinutes: planned.get(monday) ?? 0, studiedMinutes: studied.get(monday) ?? 0 });
  }

  return { timeZone, today: input.today, from: formatIsoDate(first), days, weeks, readiness: readinessByMonth(input) };
}

function readinessByMonth({ today, timeZone, attempts, selfRating }: HistoryInput): HistoryReadiness[] {
  const months = Array.from({ length: HISTORY_MONTHS }, (_, i) => monthBefore(today, HISTORY_MONTHS - 1 - i));
  const windowFrom = dayOf(`${months[0]!}-01`) * DAY_MS - MAX_OFFSET_MS;
  const windowTo = (dayOf(today) + 1) * DAY_MS + MAX_OFFSET_MS;
  const timeline = offsetTimeline(timeZone, windowFrom, windowTo, SCHEDULE_SAMPLE_MS);
  const dated = attempts
    .flatMap((a) => {
      const at = parseInstant(a.takenAt);
      if (at === null || at >= windowTo) return [];
      // Long before the window only the order matters: those answers all count in its first month.
      const month = at < windowFrom ? '0000-00' : formatIsoDate(localDayOn(timeline, at)).slice(0, 7);
      return [{ at, month, answers: a.answers }];
    })
    .sort((a, b) => a.at - b.at);
  if (dated.length === 0) return [];
  // The latest answer per question, in the order given: readinessScore keeps the last of each
  // question too, so handing it only those gives the same score without re-reading years.
  const latest = new Map<string, ReadinessAnswer>();
  const points: HistoryReadiness[] = [];
  let next = 0;
  for (const month of months) {
    let taken = 0;
    // Every attempt up to the end of this month (later months are greater strings).
    while (next < dated.length && dated[next]!.month <= month) {
      const attempt = dated[next]!;
      if (attempt.month === month) taken += 1;
      for (const a of attempt.answers) {
        latest.delete(a.questionId);
        latest.set(a.questionId, { questionId: a.questionId, area: a.area, correct: a.correct });
      }
      next += 1;
    }
    if (latest.size === 0) continue;
    const score = readinessScore({ answers: [...latest.values()], selfRating });
    if (!score.ok) continue;
    const byArea = {} as Record<SkillArea, number>;
    for (const area of SKILL_AREAS) byArea[area] = score.byArea[area];
    points.push({ month, attempts: taken, overall: score.overall, byArea });
  }
  return points;
}

export interface HistorySummary {
  studyDays: number;
  totalMinutes: number;
  /** The day with the most logged time (the earliest of equals); null with none. */
  busiest: HistoryDay | null;
}

/** The figures the screen's sentences name. */
export function historySummary(history: Pick<StudyHistory, 'days'>): HistorySummary {
  let busiest: HistoryDay | null = null;
  let totalMinutes = 0;
  for (const d of history.days) {
    totalMinutes += d.minutes;
    if (!busiest || d.minutes > busiest.minutes) busiest = d;
  }
  return { studyDays: history.days.length, totalMinutes, busiest };
}
