/**
 * What every group of store handlers shares: the database, the content pack, the clock, the
 * event emitter, and the few reads several channels need (today's date in the learner's zone,
 * the learner's record, the current plan view, a re-plan).
 */
import { format } from 'date-fns';
import type { ContentPack } from '../../shared/content/schema';
import type { Profile } from '../../shared/domain/profile';
import type { EventName, EventPayloadOf, PlanView } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import type { PlanErrorCode } from '../../shared/planner/plan';
import { computeProgress, replanFromToday, type LearnerRecord } from '../../shared/planner/progress';
import { instantToLocal } from '../../shared/planner/time';
import { SINGLETON_KEY, type PlannerDb, type PlanRow } from './db';

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

  /** The learner's zone when they gave one, else this computer's. */
  function timeZone(profile: Profile | undefined): string {
    return profile?.availability?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
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
      bookedExams: certs.flatMap((c) => (c.examDate ? [{ certId: c.certId, examDate: c.examDate }] : [])),
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
    return db.transaction('r', [db.plan, db.profile, db.milestoneProgress, db.certifications, db.sessions], async () => {
      const [row, profileRow, record] = await Promise.all([db.plan.get(SINGLETON_KEY), db.profile.get(SINGLETON_KEY), readRecord()]);
      return row ? view(row, record, today(profileRow?.profile)) : null;
    });
  }

  /**
   * A fresh plan for `profile`, with the view of it: both come from one read of the learner's
   * record, so callers need not read the plan back after writing it.
   */
  async function planFor(profile: Profile): Promise<Result<{ row: PlanRow; view: PlanView }>> {
    const record = await readRecord();
    const day = today(profile);
    const result = replanFromToday({ profile, pack, today: day, record, bookedExams: record.bookedExams });
    if (!result.ok) {
      const path = PLAN_ERROR_FIELD[result.error.code];
      return fail('invalid-request', result.error.message, path ? [{ path, message: result.error.message }] : undefined);
    }
    const row: PlanRow = { key: SINGLETON_KEY, plan: result.plan, savedAt: now().toISOString() };
    return ok({ row, view: view(row, record, day) });
  }

  /** Re-plans from the saved profile, stores the plan and announces it. */
  async function replan(profile: Profile): Promise<Result<PlanView>> {
    const planned = await planFor(profile);
    if (!planned.ok) return planned;
    await db.transaction('rw', db.plan, async () => {
      await db.plan.put(planned.value.row);
    });
    deps.emit('plan:changed', planned.value.view);
    return ok(planned.value.view);
  }

  /** After a booking changed: re-plan if there is a profile; on failure the old plan stays. */
  async function replanAndAnnounce(): Promise<void> {
    const profileRow = await db.profile.get(SINGLETON_KEY);
    if (profileRow) await replan(profileRow.profile);
  }

  return { ...deps, milestoneIds, timeZone, today, readRecord, currentView, planFor, replan, replanAndAnnounce };
}
