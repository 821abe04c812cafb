import { describe, expect, it } from 'vitest';
import type { PlannerDb } from '../../../../../electron/store/db';
import { BERLIN_AVAILABILITY, PROFILE, setupService } from '../setup';

const availability = BERLIN_AVAILABILITY;

/** Every row of every table, to prove a call wrote nothing. */
async function snapshot(db: PlannerDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** A learner who opened their first week, ticked a milestone, wrote a note, booked an exam, did one session and missed the rest. */
async function behindLearner() {
  const service = setupService('2026-11-30T07:00:00Z');
  const { handlers, setNow } = service;
  await handlers['profile:save']({ ...PROFILE, weeklyHours: 5, startDate: '2026-11-30', availability });
  const plan = await handlers['plan:get']({});
  const milestone = plan.ok && plan.value ? plan.value.plan.milestones.find((m) => m.status === 'planned')! : null;
  if (!milestone) throw new Error('need a milestone');
  await handlers['milestone:set-done']({ id: milestone.id, done: true });
  await handlers['milestone:save-note']({ id: milestone.id, note: 'kept', links: [] });
  const cert = plan.ok && plan.value ? plan.value.plan.certifications[0]! : null;
  if (!cert) throw new Error('need a certification');
  await handlers['certification:update']({ certId: cert.certId, status: 'exam-booked', examDate: cert.targetExamDate, passedOn: null, spentUsd: 0 });
  // The week as it stands after the tick and the booking re-planned it.
  const week = await handlers['week:get']({ weekStart: '2026-11-30' });
  if (!week.ok) throw new Error(week.error.message);
  const [first, ...rest] = week.value.sessions;
  if (!first || rest.length === 0) throw new Error('need sessions');
  setNow('2026-12-01T08:00:00Z');
  await handlers['session:update']({ id: first.id, status: 'done', loggedMinutes: 45 });
  // The rest of the week goes by without a mark; the learner looks on the next Monday morning.
  setNow('2026-12-07T08:00:00Z');
  await handlers['week:get']({ weekStart: '2026-12-07' });
  return { ...service, first, missed: rest, milestone, cert };
}

describe('re-plan the remaining work', () => {
  it('previews the new finish, the missed sessions and what moves, writing nothing', async () => {
    const { db, handlers, missed } = await behindLearner();
    const before = await snapshot(db);
    const preview = await handlers['plan:reflow-preview']({});
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.missedIds.sort()).toEqual(missed.map((s) => s.id).sort());
    expect(preview.value.missedMinutes).toBe(missed.reduce((n, s) => n + s.minutes, 0));
    expect(preview.value.toEtaDate >= preview.value.fromEtaDate).toBe(true);
    expect(preview.value.moves.length).toBeGreaterThan(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it('applies exactly the preview: the plan finish, missed sessions skipped, ticks, notes, logged minutes and bookings kept', async () => {
    const { db, handlers, first, missed, milestone, cert } = await behindLearner();
    const preview = await handlers['plan:reflow-preview']({});
    if (!preview.ok) throw new Error(preview.error.message);
    const applied = await handlers['plan:reflow']({ missedIds: preview.value.missedIds, toEtaDate: preview.value.toEtaDate });
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.value.plan.etaDate).toBe(preview.value.toEtaDate);
    expect(applied.value.plan.lastReplan?.reason).toMatch(/missed sessions/);
    for (const m of preview.value.moves) expect(applied.value.plan.milestones.find((x) => x.id === m.milestoneId)?.endDate).toBe(m.toEndDate);
    for (const s of missed) expect((await db.sessions.get(s.id))?.status).toBe('skipped');
    expect(await db.sessions.get(first.id)).toMatchObject({ status: 'done', loggedMinutes: 45 });
    expect(applied.value.doneMilestoneIds).toContain(milestone.id);
    expect((await db.milestoneProgress.get(milestone.id))?.note).toBe('kept');
    expect(await db.certifications.get(cert.certId)).toMatchObject({ status: 'exam-booked', examDate: cert.targetExamDate });
    // This week's sessions never exceed the weekly hours.
    const week = await handlers['week:get']({ weekStart: '2026-12-07' });
    expect(week.ok && week.value.plannedMinutes).toBeLessThanOrEqual(5 * 60);
    expect(week.ok && week.value.missed).toEqual([]);
  });

  it('refuses to apply a preview that no longer matches, and writes nothing', async () => {
    const { db, handlers, missed } = await behindLearner();
    const preview = await handlers['plan:reflow-preview']({});
    if (!preview.ok) throw new Error(preview.error.message);
    await handlers['session:update']({ id: missed[0]!.id, status: 'done' });
    const before = await snapshot(db);
    const stale = await handlers['plan:reflow']({ missedIds: preview.value.missedIds, toEtaDate: preview.value.toEtaDate });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('what-if', () => {
  it('plans 6 h and 10 h a week beside the current plan without writing anything', async () => {
    const { db, handlers } = setupService('2026-11-23T09:30:00Z');
    await handlers['profile:save']({ ...PROFILE, weeklyHours: 8, startDate: '2026-11-30' });
    await handlers['week:get']({ weekStart: '2026-11-30' });
    const before = await snapshot(db);
    const compared = await handlers['plan:what-if']({ changes: [{ weeklyHours: 6 }, { weeklyHours: 10 }, { budgetUsd: 0 }] });
    if (!compared.ok) throw new Error(compared.error.message);
    const [six, ten, free] = compared.value.variants;
    if (!six?.ok || !ten?.ok || !free?.ok) throw new Error('variants failed');
    expect(six.summary.weeklyHours).toBe(6);
    expect(ten.summary.weeklyHours).toBe(10);
    expect(compared.value.current.weeklyHours).toBe(8);
    expect(six.summary.etaDate > compared.value.current.etaDate).toBe(true);
    expect(ten.summary.etaDate < compared.value.current.etaDate).toBe(true);
    expect(six.summary.firstMonths).toHaveLength(3);
    expect(free.summary.examCostUsd).toBe(0);
    expect(compared.value.current.examCostUsd).toBeGreaterThan(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it('names a change the profile form would refuse, and still plans the others', async () => {
    const { db, handlers } = setupService('2026-11-23T09:30:00Z');
    await handlers['profile:save']({ ...PROFILE, weeklyHours: 8, startDate: '2026-11-30' });
    const before = await snapshot(db);
    const compared = await handlers['plan:what-if']({ changes: [{ startDate: '2026-11-01' }, { weeklyHours: 12 }] });
    if (!compared.ok) throw new Error(compared.error.message);
    expect(compared.value.variants[0]).toEqual({ ok: false, message: 'Start date cannot be in the past (today is 2026-11-23).', path: 'startDate' });
    expect(compared.value.variants[1]).toMatchObject({ ok: true, summary: { weeklyHours: 12 } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('applying one is a profile save: the plan changes, ticks and bookings stay', async () => {
    const { db, handlers } = setupService('2026-11-23T09:30:00Z');
    await handlers['profile:save']({ ...PROFILE, weeklyHours: 6, startDate: '2026-11-30' });
    const plan = await handlers['plan:get']({});
    const id = plan.ok && plan.value ? plan.value.plan.milestones[0]!.id : '';
    await handlers['milestone:set-done']({ id, done: true });
    const compared = await handlers['plan:what-if']({ changes: [{ weeklyHours: 10 }] });
    const ten = compared.ok ? compared.value.variants[0] : undefined;
    if (!ten?.ok) throw new Error('no plan');
    const saved = await handlers['profile:get']({});
    if (!saved.ok || !saved.value) throw new Error('no profile');
    await handlers['profile:save']({ ...saved.value.profile, weeklyHours: 10 });
    const after = await handlers['plan:get']({});
    expect(after.ok && after.value?.plan.etaDate).toBe(ten.summary.etaDate);
    expect(after.ok && after.value?.doneMilestoneIds).toContain(id);
    expect((await db.milestoneProgress.get(id))?.done).toBe(true);
  });
});
