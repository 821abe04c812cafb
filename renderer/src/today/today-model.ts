/**
 * What Today shows, decided from the stored weeks' sessions, the learner's zone and the time:
 * the session to work on (the one the focus timer runs for, else the one under way, else the
 * next one today, else the next one on a later day) and the rest of today's sessions. Pure, so
 * the rules are unit-tested without a screen.
 */
import type { StudySession } from '../../../shared/domain/records';
import { formatIsoDate, instantToLocal, mondayOf, parseInstant, parseIsoDate } from '../../../shared/planner/time';

export type FocusKind = 'timer' | 'now' | 'today' | 'later';

export interface TodayPlan {
  /** The learner's today (YYYY-MM-DD in their zone). */
  today: string;
  focus: { session: StudySession; kind: FocusKind } | null;
  /** Today's sessions other than the focus (done ones included, skipped ones not), by start. */
  rest: StudySession[];
  /** Sessions today in all (not skipped). */
  todayCount: number;
}

/**
 * The store weeks Today reads: this one and the next, so "the next session" is found across a
 * weekend, and the week the plan starts in when that is later still (a plan starting in May
 * shows its first session).
 */
export function todayWeeks(timeZone: string, nowMs: number, planStart?: string): string[] {
  const monday = mondayOf(instantToLocal(timeZone, nowMs).day);
  const weeks = [formatIsoDate(monday), formatIsoDate(monday + 7)];
  const start = planStart === undefined ? null : parseIsoDate(planStart);
  if (start !== null && mondayOf(start) > monday + 7) weeks.push(formatIsoDate(mondayOf(start)));
  return weeks;
}

interface Timed {
  session: StudySession;
  start: number;
  end: number;
}

export function planToday(sessions: readonly StudySession[], timeZone: string, nowMs: number, timerSessionId: string | null): TodayPlan {
  const todayDay = instantToLocal(timeZone, nowMs).day;
  const seen = new Set<string>();
  const timed: Timed[] = [];
  for (const session of sessions) {
    if (seen.has(session.id)) continue;
    seen.add(session.id);
    const start = parseInstant(session.startUtc);
    const end = parseInstant(session.endUtc);
    if (start === null || end === null) continue;
    timed.push({ session, start, end });
  }
  timed.sort((a, b) => a.start - b.start);
  const live = timed.filter((t) => t.session.status !== 'skipped');
  const todays = live.filter((t) => instantToLocal(timeZone, t.start).day === todayDay);

  let focus: TodayPlan['focus'] = null;
  const timerSession = timerSessionId === null ? undefined : timed.find((t) => t.session.id === timerSessionId);
  if (timerSession) focus = { session: timerSession.session, kind: 'timer' };
  else {
    const planned = live.filter((t) => t.session.status === 'planned');
    const now = planned.find((t) => t.start <= nowMs && nowMs < t.end);
    const laterToday = todays.find((t) => t.session.status === 'planned' && t.start > nowMs);
    const later = planned.find((t) => t.start > nowMs);
    if (now) focus = { session: now.session, kind: 'now' };
    else if (laterToday) focus = { session: laterToday.session, kind: 'today' };
    else if (later) focus = { session: later.session, kind: instantToLocal(timeZone, later.start).day === todayDay ? 'today' : 'later' };
  }
  const rest = todays.filter((t) => t.session.id !== focus?.session.id).map((t) => t.session);
  return { today: formatIsoDate(todayDay), focus, rest, todayCount: todays.length };
}

/** "12:05" or "1:02:05" for a running display. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** The timer's time now, from main's reading `elapsedMs` taken `sinceMs` ago (still counting only while running), at most a day. */
export function displayedElapsed(view: { state: 'idle' | 'running' | 'paused'; elapsedMs: number }, sinceMs: number): number {
  const extra = view.state === 'running' ? Math.max(0, sinceMs) : 0;
  return Math.min(24 * 60 * 60_000, view.elapsedMs + extra);
}
