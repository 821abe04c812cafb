/**
 * What every group of store handlers shares: the database, the content pack, the clock, the
 * event emitter, and the few reads several channels need (today's date in the learner's zone,
 * the learner's record, the current plan view, a re-plan).
 */
import { format } from 'date-fns';
import type { ContentPack } from '../../shared/content/schema';
import type { Profile } from '../../shared/domain/profile';
import { learnerTimeZone } from '../../shared/domain/time-zone';
import type { EventName, EventPayloadOf, PlanView } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import type { PlanErrorCode } from '../../shared/planner/plan';
import { computeProgress, type LearnerRecord } from '../../shared/planner/progress';
import { planFromNow, type PlanFromNowInput, type PlanFromNowResult, type SessionChange } from '../../shared/planner/plan-from-now';
import { reflow, type ReflowPreview } from '../../shared/planner/reflow';
import { isCertificationRound, type StudySession } from '../../shared/domain/records';
import { SKILL_AREA_LABELS, SKILL_AREAS, type SkillArea } from '../../shared/domain/skill-area';
import { areaLevels, type QuizByArea } from '../../shared/planner/levels';
import { formatIsoDate, instantToLocal, mondayOf } from '../../shared/planner/time';
import { SINGLETON_KEY, type PlannerDb, type PlanRow } from './db';

export type { SessionChange };

export type Emit = <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void;

export interface ServiceDeps {
  db: PlannerDb;
  pack: ContentPack;
  now: () => Date;
  emit: Emit;
}

export interface StoreRecord extends LearnerRecord {
  doneMilestoneIds: string[];
  bookedExams: { certId: string; examDate: string }[];
}

/** The profile field each planner refusal is about, so the form can show it in place. */
const PLAN_ERROR_FIELD: Record<PlanErrorCode, string> = {
  'invalid-date': 'startDate',
  'start-in-past': 'startDate',
  'invalid-hours': 'weeklyHours',
  'unknown-role': 'targetRoleId',
  'availability-too-small': 'availability',
  'unknown-milestone': '',
  'unknown-certification': '',
};

export type StoreContext = ReturnType<typeof createStoreContext>;

export function createStoreContext(deps: ServiceDeps) {
  const { db, pack, now } = deps;
  const milestoneIds = new Set(pack.phases.flatMap((p) => p.milestones.map((m) => m.id)));
  const certIds = new Set(pack.certifications.map((c) => c.id));

  /** The learner's zone when they gave one, else this computer's. */
  function timeZone(profile: Profile | undefined): string {
    return learnerTimeZone(profile?.availability?.timeZone);
  }

  /** Today in the learner's zone when they gave one, else in this computer's zone. */
  function today(profile: Profile | undefined): string {
    const tz = profile?.availability?.timeZone;
    return tz ? instantToLocal(tz, now().getTime()).date : format(now(), 'yyyy-MM-dd');
  }

  /**
   * Minutes logged per milestone, summed over every done session ever stored: the one read that
   * grows with years of history, and every tick and plan view needs it. Kept in memory while no
   * session has been written since. The count is taken before the read: a write that lands
   * meanwhile changes it, and then the sum is used once but not kept.
   */
  let logged: { writes: number; minutes: Readonly<Record<string, number>> } | null = null;
  async function loggedMinutes(): Promise<Readonly<Record<string, number>>> {
    const writes = db.writeCount('sessions');
    if (logged?.writes === writes) return logged.minutes;
    const minutes: Record<string, number> = {};
    for (const s of await db.sessions.where('status').equals('done').toArray()) {
      if (s.milestoneId) minutes[s.milestoneId] = (minutes[s.milestoneId] ?? 0) + s.loggedMinutes;
    }
    if (db.writeCount('sessions') === writes) logged = { writes, minutes };
    return minutes;
  }

  async function readRecord(): Promise<StoreRecord> {
    const [progress, certs, minutes] = await Promise.all([
      // Booleans are not IndexedDB keys, so ticks are found by reading the table (hundreds of
      // rows at most) in one getAll, not a cursor that wakes up once per row.
      db.milestoneProgress.toArray(),
      db.certifications.where('status').equals('exam-booked').toArray(),
      loggedMinutes(),
    ]);
    return {
      doneMilestoneIds: progress.filter((p) => p.done && milestoneIds.has(p.milestoneId)).map((p) => p.milestoneId).sort(),
      // A booking of a certification the content pack no longer has stays on the checklist,
      // flagged there; the plan cannot prepare for an exam it knows nothing about, so it is left out.
      bookedExams: certs.flatMap((c) => (c.examDate && certIds.has(c.certId) ? [{ certId: c.certId, examDate: c.examDate }] : [])),
      loggedMinutes: minutes,
    };
  }

  function view(row: PlanRow, record: LearnerRecord, day: string): PlanView {
    return {
      plan: row.plan,
      progress: computeProgress(row.plan, record, day),
      doneMilestoneIds: [...record.doneMilestoneIds],
      today: day,
      savedAt: row.savedAt,
    };
  }

  /**
   * The plan view as stored now. One read transaction for all five tables: it is a consistent
   * snapshot, and Chromium sets up one transaction instead of five (it runs after every tick).
   */
  async function currentView(): Promise<PlanView | null> {
    const read = await db.transaction('r', [db.plan, db.profile, db.milestoneProgress, db.certifications, db.sessions], async () => {
      const [row, profileRow, record] = await Promise.all([db.plan.get(SINGLETON_KEY), db.profile.get(SINGLETON_KEY), readRecord()]);
      return { row, profileRow, record };
    });
    if (read.row) return view(read.row, read.record, today(read.profileRow?.profile));
    // A profile without a plan: the upgrade or a restore dropped a plan an older version made.
    if (!read.profileRow) return null;
    const rebuilt = await replan(read.profileRow.profile);
    return rebuilt.ok ? rebuilt.value : null;
  }

  /** Quiz answers per area, the latest answer per question counting (a retake supersedes). */
  async function quizByArea(): Promise<QuizByArea> {
    const latest = new Map<string, { area: SkillArea; correct: boolean }>();
    for (const attempt of await db.quizAttempts.orderBy('takenAt').toArray()) {
      // Certification practice rounds test an exam's services, not the roadmap's skill areas.
      if (isCertificationRound(attempt)) continue;
      for (const a of attempt.answers) latest.set(a.questionId, { area: a.area, correct: a.correct });
    }
    const out: QuizByArea = {};
    for (const { area, correct } of latest.values()) {
      const e = out[area] ?? { answered: 0, correct: 0 };
      e.answered += 1;
      if (correct) e.correct += 1;
      out[area] = e;
    }
    return out;
  }

  /** What every plan from this moment is made of: the learner's record, their quiz, the stored weeks from this one on. */
  async function planInputs(profile: Profile): Promise<{ input: PlanFromNowInput; previousRow: PlanRow | undefined; record: StoreRecord; day: string }> {
    const nowMs = now().getTime();
    const zone = timeZone(profile);
    const thisMonday = formatIsoDate(mondayOf(instantToLocal(zone, nowMs).day));
    const [record, previousRow, quiz, stored] = await Promise.all([
      readRecord(),
      db.plan.get(SINGLETON_KEY),
      quizByArea(),
      db.sessions.where('weekStart').aboveOrEqual(thisMonday).toArray(),
    ]);
    const day = today(profile);
    const previous = previousRow
      ? { baseline: previousRow.plan.baseline, lastReplan: previousRow.plan.lastReplan, etaDate: previousRow.plan.etaDate }
      : undefined;
    const input: PlanFromNowInput = { profile, pack, today: day, nowMs, timeZone: zone, record, quizByArea: quiz, stored, ...(previous ? { previous } : {}) };
    return { input, previousRow, record, day };
  }

  /** A planner result as the store answers it: the row to write and its view, or the refusal on its profile field. */
  function planned<T extends Extract<PlanFromNowResult, { ok: true }>>(
    result: T | Extract<PlanFromNowResult, { ok: false }>,
    record: StoreRecord,
    day: string,
  ): Result<{ row: PlanRow; view: PlanView; sessions: SessionChange; made: T }> {
    if (!result.ok) {
      const path = PLAN_ERROR_FIELD[result.error.code];
      return fail('invalid-request', result.error.message, path ? [{ path, message: result.error.message }] : undefined);
    }
    const row: PlanRow = { key: SINGLETON_KEY, plan: result.plan, savedAt: now().toISOString() };
    return ok({ row, view: view(row, record, day), sessions: result.sessions, made: result });
  }

  /**
   * A fresh plan for `profile` from this moment, with its view and the stored sessions it
   * changes (shared/planner/plan-from-now.ts decides both). Kept sessions (done, skipped, moved,
   * already started) stay as they are and count against this week's hours; untouched future
   * sessions of weeks the learner already opened are replaced by the new plan's.
   */
  async function planFor(profile: Profile, newBaselineBecause?: string): Promise<Result<{ row: PlanRow; view: PlanView; sessions: SessionChange; made: Extract<PlanFromNowResult, { ok: true }> }>> {
    const { input, record, day } = await planInputs(profile);
    return planned(planFromNow({ ...input, ...(newBaselineBecause !== undefined ? { newBaselineBecause } : {}) }), record, day);
  }

  /**
   * "Re-plan the remaining work" (shared/planner/reflow.ts): the missed sessions are let go and
   * the rest placed again from now, with the preview the learner sees. Nothing is written here.
   */
  async function reflowFor(profile: Profile, current: PlanRow, missed: readonly StudySession[]): Promise<Result<{ row: PlanRow; view: PlanView; sessions: SessionChange; preview: ReflowPreview }>> {
    const { input, record, day } = await planInputs(profile);
    const made = planned(reflow({ ...input, current: current.plan, missed }), record, day);
    return made.ok ? ok({ ...made.value, preview: made.value.made.preview }) : made;
  }

  /** Writes a plan and the sessions it changes in one transaction. */
  async function storePlan(row: PlanRow, sessions: SessionChange, extra?: () => Promise<void>): Promise<void> {
    await db.transaction('rw', [db.plan, db.sessions, db.profile], async () => {
      await extra?.();
      await db.plan.put(row);
      if (sessions.removed.length > 0) await db.sessions.bulkDelete(sessions.removed);
      if (sessions.added.length > 0) await db.sessions.bulkPut(sessions.added);
      if (sessions.settled.length > 0) {
        // Only a session still open is settled; one the learner marked meanwhile keeps its mark.
        const open = (await db.sessions.bulkGet(sessions.settled)).filter((s): s is StudySession => s?.status === 'planned');
        await db.sessions.bulkPut(open.map((s) => ({ ...s, status: 'skipped' as const, loggedMinutes: 0 })));
      }
    });
  }

  /**
   * Re-plans from the saved profile, stores the plan and announces it. With a reason, the learner
   * changed what the plan is made of and a new baseline starts; without one (a tick, a booking)
   * the baseline stays, so "done" hours and "on track" do not move.
   */
  async function replan(profile: Profile, newBaselineBecause?: string): Promise<Result<PlanView>> {
    const planned = await planFor(profile, newBaselineBecause);
    if (!planned.ok) return planned;
    await storePlan(planned.value.row, planned.value.sessions);
    deps.emit('plan:changed', planned.value.view);
    return ok(planned.value.view);
  }

  /** After the learner's record changed (tick, booking): re-plan if there is a profile; on failure the old plan stays. */
  async function replanAndAnnounce(newBaselineBecause?: string): Promise<PlanView | null> {
    const profileRow = await db.profile.get(SINGLETON_KEY);
    if (!profileRow) return null;
    const r = await replan(profileRow.profile, newBaselineBecause);
    return r.ok ? r.value : null;
  }

  /**
   * After a quiz: re-plan with the new answers. When they move a level, that is a change to what
   * the plan is made of, so the baseline restarts and the note says which areas moved and why.
   */
  async function replanAfterQuiz(): Promise<void> {
    const [profileRow, planRow, quiz] = await Promise.all([db.profile.get(SINGLETON_KEY), db.plan.get(SINGLETON_KEY), quizByArea()]);
    if (!profileRow) return;
    const next = areaLevels(profileRow.profile, quiz);
    const before = planRow?.plan.levels;
    const moved = before
      ? SKILL_AREAS.filter((a) => before[a].level !== next[a].level).map((a) => {
          const q = next[a].quiz;
          return `${SKILL_AREA_LABELS[a]} level ${before[a].level} → ${next[a].level}${q ? ` (${q.correct} of ${q.answered} right)` : ''}`;
        })
      : [];
    await replan(profileRow.profile, moved.length > 0 ? `your quiz results moved ${moved.join(', ')}` : undefined);
  }

  return { ...deps, replanAfterQuiz, milestoneIds, timeZone, today, readRecord, currentView, planFor, reflowFor, storePlan, replan, replanAndAnnounce };
}
