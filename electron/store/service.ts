/**
 * The planner service: answers each contract channel from the database. It runs inside the
 * store host (real IndexedDB) and in unit tests (fake-indexeddb). Requests reach it already
 * parsed. Plans are computed before a transaction opens (no non-IndexedDB awaits inside one),
 * and every multi-record change is one transaction.
 */
import { format } from 'date-fns';
import type { ContentPack } from '../../shared/content/schema';
import type { Profile } from '../../shared/domain/profile';
import type { Channel, EventName, EventPayloadOf, PlanView, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import type { PlanErrorCode } from '../../shared/planner/plan';
import { computeProgress, replanFromToday, type LearnerRecord } from '../../shared/planner/progress';
import { instantToLocal } from '../../shared/planner/time';
import { SINGLETON_KEY, type PlannerDb, type PlanRow } from './db';

export type Handlers = {
  [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

export type Emit = <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void;

export interface ServiceDeps {
  db: PlannerDb;
  pack: ContentPack;
  now: () => Date;
  emit: Emit;
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

interface Record_ extends LearnerRecord {
  bookedExams: { certId: string; examDate: string }[];
}

export function createPlannerService({ db, pack, now, emit }: ServiceDeps): Handlers {
  const milestoneIds = new Set(pack.phases.flatMap((p) => p.milestones.map((m) => m.id)));

  /** Today in the learner's zone when they gave one, else in this computer's zone. */
  function today(profile: Profile | undefined): string {
    const tz = profile?.availability?.timeZone;
    return tz ? instantToLocal(tz, now().getTime()).date : format(now(), 'yyyy-MM-dd');
  }

  async function readRecord(): Promise<Record_> {
    const [progress, certs, sessions] = await Promise.all([
      // Booleans are not IndexedDB keys, so ticks are found by a scan (hundreds of rows at most).
      db.milestoneProgress.filter((p) => p.done).toArray(),
      db.certifications.where('status').equals('exam-booked').toArray(),
      db.sessions.where('status').equals('done').toArray(),
    ]);
    const loggedMinutes: Record<string, number> = {};
    for (const s of sessions) if (s.milestoneId) loggedMinutes[s.milestoneId] = (loggedMinutes[s.milestoneId] ?? 0) + s.loggedMinutes;
    return {
      doneMilestoneIds: progress.filter((p) => p.done && milestoneIds.has(p.milestoneId)).map((p) => p.milestoneId).sort(),
      bookedExams: certs.flatMap((c) => (c.examDate ? [{ certId: c.certId, examDate: c.examDate }] : [])),
      loggedMinutes,
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

  async function currentView(): Promise<PlanView | null> {
    const [row, profileRow] = await Promise.all([db.plan.get(SINGLETON_KEY), db.profile.get(SINGLETON_KEY)]);
    if (!row) return null;
    return view(row, await readRecord(), today(profileRow?.profile));
  }

  async function planFor(profile: Profile): Promise<Result<PlanRow>> {
    const record = await readRecord();
    const result = replanFromToday({ profile, pack, today: today(profile), record, bookedExams: record.bookedExams });
    if (!result.ok) {
      const path = PLAN_ERROR_FIELD[result.error.code];
      return fail('invalid-request', result.error.message, path ? [{ path, message: result.error.message }] : undefined);
    }
    return ok({ key: SINGLETON_KEY, plan: result.plan, savedAt: now().toISOString() });
  }

  return {
    async 'profile:get'() {
      const row = await db.profile.get(SINGLETON_KEY);
      return ok(row ? { profile: row.profile, savedAt: row.savedAt } : null);
    },

    async 'profile:save'(profile) {
      const previous = await db.profile.get(SINGLETON_KEY);
      const day = today(profile);
      // A start date already in the past is fine when it is the one saved before (the plan
      // then re-plans from today); typing a new past date is a mistake worth flagging.
      if (profile.startDate < day && previous?.profile.startDate !== profile.startDate) {
        const message = `Start date cannot be in the past (today is ${day}).`;
        return fail('invalid-request', message, [{ path: 'startDate', message }]);
      }
      const planned = await planFor(profile);
      if (!planned.ok) return planned;
      const saved = { profile, savedAt: planned.value.savedAt };
      await db.transaction('rw', db.profile, db.plan, async () => {
        await db.profile.put({ key: SINGLETON_KEY, ...saved });
        await db.plan.put(planned.value);
      });
      emit('profile:changed', saved);
      const fresh = await currentView();
      if (fresh) emit('plan:changed', fresh);
      return ok(saved);
    },

    async 'plan:get'() {
      return ok(await currentView());
    },

    async 'plan:regenerate'() {
      const profileRow = await db.profile.get(SINGLETON_KEY);
      if (!profileRow) return fail('not-found', 'Save your profile first: the plan is built from it.');
      const planned = await planFor(profileRow.profile);
      if (!planned.ok) return planned;
      await db.transaction('rw', db.plan, async () => {
        await db.plan.put(planned.value);
      });
      const fresh = await currentView();
      if (!fresh) return fail('internal', 'The new plan could not be read back.');
      emit('plan:changed', fresh);
      return ok(fresh);
    },

    async 'milestone:set-done'({ id, done }) {
      if (!milestoneIds.has(id)) return fail('not-found', `Milestone "${id}" is not in the roadmap.`);
      const at = now().toISOString();
      await db.transaction('rw', db.milestoneProgress, async () => {
        const existing = await db.milestoneProgress.get(id);
        await db.milestoneProgress.put({
          milestoneId: id,
          note: existing?.note ?? '',
          links: existing?.links ?? [],
          done,
          doneAt: done ? (existing?.done ? existing.doneAt : at) : null,
          updatedAt: at,
        });
      });
      const fresh = await currentView();
      if (!fresh) return fail('not-found', 'There is no plan yet: save your profile first.');
      emit('plan:changed', fresh);
      return ok(fresh);
    },
  };
}
