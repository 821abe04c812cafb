/**
 * A fresh plan from this moment, and what it changes in the stored calendar. The store runs this
 * for every re-plan (a profile save, a tick, a booking, "Re-plan", a re-flow of missed sessions),
 * so there is one schedule: the calendar, the roadmap and the reminders all come from its plan.
 *
 * What a re-plan keeps: every session the learner did something with (done, skipped, moved, or
 * already started) stays exactly as it is, and those that still count (not skipped) count against
 * this week's hours. Untouched future sessions of weeks already opened are replaced by the new
 * plan's, except where a kept session holds the slot. Sessions named in `settle` are missed ones
 * the learner is letting go of: they become skipped and no longer take this week's hours, so their
 * work is placed again from now.
 */
import type { ContentPack } from '../content/schema';
import type { Plan } from '../domain/plan';
import type { Profile } from '../domain/profile';
import type { StudySession } from '../domain/records';
import type { BookedExam, PreviousPlan, PlanErrorCode } from './plan';
import type { QuizByArea } from './levels';
import { replanFromToday, type LearnerRecord } from './progress';
import type { PlannerFailure } from './result';
import { formatIsoDate, instantToLocal, mondayOf, parseInstant } from './time';
import { unopenedWeekSessions } from './week-sessions';

export interface SessionChange {
  removed: string[];
  added: StudySession[];
  /** Missed sessions to mark skipped (their work was placed again). */
  settled: string[];
}

export interface PlanFromNowInput {
  profile: Profile;
  pack: ContentPack;
  /** Today in the learner's zone. */
  today: string;
  nowMs: number;
  /** The learner's zone (theirs, else this computer's). */
  timeZone: string;
  record: LearnerRecord & { bookedExams: readonly BookedExam[] };
  quizByArea: QuizByArea;
  /** Stored sessions of this week and later. */
  stored: readonly StudySession[];
  previous?: PreviousPlan;
  newBaselineBecause?: string;
  /** Ids of missed sessions (planned, already over) to mark skipped. */
  settle?: readonly string[];
}

export type PlanFromNowResult = { ok: true; plan: Plan; sessions: SessionChange } | PlannerFailure<PlanErrorCode>;

/** A stored session a re-plan may replace: still planned, never moved, not started yet. */
export const replaceable = (s: StudySession, nowMs: number) => s.status === 'planned' && s.movedFromUtc === null && (parseInstant(s.startUtc) ?? 0) > nowMs;

/** A stored session whose time stays taken: not replaceable, not skipped, not being let go. */
const holds = (s: StudySession, nowMs: number, settle: ReadonlySet<string>) => !replaceable(s, nowMs) && s.status !== 'skipped' && !settle.has(s.id);

export function planFromNow(input: PlanFromNowInput): PlanFromNowResult {
  const { nowMs, stored, profile } = input;
  const settle = new Set(input.settle ?? []);
  const thisMonday = formatIsoDate(mondayOf(instantToLocal(input.timeZone, nowMs).day));
  const firstWeekUsedMinutes = stored.filter((s) => s.weekStart === thisMonday && holds(s, nowMs, settle)).reduce((n, s) => n + s.minutes, 0);
  const result = replanFromToday({
    profile,
    pack: input.pack,
    today: input.today,
    record: input.record,
    bookedExams: input.record.bookedExams,
    options: {
      quizByArea: input.quizByArea,
      fromUtc: new Date(nowMs).toISOString(),
      firstWeekUsedMinutes,
      fallbackTimeZone: input.timeZone,
      ...(input.previous ? { previous: input.previous } : {}),
      ...(input.newBaselineBecause !== undefined ? { newBaselineBecause: input.newBaselineBecause } : {}),
    },
  });
  if (!result.ok) return result;
  const removed: string[] = [];
  const added: StudySession[] = [];
  for (const weekStart of new Set(stored.map((s) => s.weekStart))) {
    const own = stored.filter((s) => s.weekStart === weekStart);
    const kept = own.filter((s) => holds(s, nowMs, settle));
    removed.push(...own.filter((s) => replaceable(s, nowMs)).map((s) => s.id));
    const fresh = unopenedWeekSessions({ profile, plan: result.plan, weekStart }, nowMs);
    if (!fresh.ok) continue;
    // Ids of the stored sessions that stay (done, skipped, moved, started): a new session is
    // named by its start, and a skipped one does not hold its slot, so new work can start at
    // the same minute. It then takes the next free name (`<id>.2`, ...), the same on every
    // re-plan, instead of being dropped as if it were already stored.
    const taken = new Set(own.filter((k) => !replaceable(k, nowMs)).map((k) => k.id));
    for (const s of fresh.sessions) {
      const a = parseInstant(s.startUtc) ?? 0;
      const b = parseInstant(s.endUtc) ?? 0;
      // A session the learner moved or kept wins its slot.
      if (kept.some((k) => (parseInstant(k.startUtc) ?? 0) < b && (parseInstant(k.endUtc) ?? 0) > a)) continue;
      let id = s.id;
      for (let n = 2; taken.has(id); n++) id = `${s.id}.${n}`;
      taken.add(id);
      added.push(id === s.id ? s : { ...s, id });
    }
  }
  return { ok: true, plan: result.plan, sessions: { removed, added, settled: [...settle] } };
}
