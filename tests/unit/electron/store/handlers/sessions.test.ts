import { describe, expect, it } from 'vitest';
import { BERLIN_AVAILABILITY, PROFILE, setupService } from '../setup';

const availability = BERLIN_AVAILABILITY;

describe('week calendar', () => {
  it('schedules a future week once inside availability, then returns the stored sessions', async () => {
    const { handlers } = setupService();
    await handlers['profile:save']({ ...PROFILE, weeklyHours: 5, startDate: '2026-11-30', availability });
    const week = await handlers['week:get']({ weekStart: '2026-11-30' });
    if (!week.ok) throw new Error(week.error.message);
    expect(week.value.plannedMinutes).toBeLessThanOrEqual(5 * 60);
    expect(week.value.sessions.length).toBeGreaterThan(0);
    for (const s of week.value.sessions) {
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(s.startUtc));
      expect(local).toMatch(/^(Mon|Wed) (18|19):|^Sat (09|1[0-2]):/);
      expect(s.status).toBe('planned');
    }
    const again = await handlers['week:get']({ weekStart: '2026-11-30' });
    expect(again.ok && again.value.sessions).toEqual(week.value.sessions);
  });

  it('lowering weekly hours mid-week reshapes this week around what was done, never above the new hours', async () => {
    // Monday 2026-11-23 09:30: the week is opened, Monday evening's session is marked done on Tuesday.
    const { handlers, setNow } = setupService('2026-11-23T09:30:00Z');
    await handlers['profile:save']({ ...PROFILE, weeklyHours: 8, startDate: '2026-11-23', availability });
    const week = await handlers['week:get']({ weekStart: '2026-11-23' });
    if (!week.ok) throw new Error(week.error.message);
    expect(week.value.plannedMinutes).toBeGreaterThan(4 * 60);
    const monday = week.value.sessions[0]!;
    setNow('2026-11-24T08:00:00Z');
    expect(await handlers['session:update']({ id: monday.id, status: 'done' })).toMatchObject({ ok: true });
    await handlers['profile:save']({ ...PROFILE, weeklyHours: 4, startDate: '2026-11-23', availability });
    const after = await handlers['week:get']({ weekStart: '2026-11-23' });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.sessions.find((s) => s.id === monday.id)).toMatchObject({ status: 'done', startUtc: monday.startUtc });
    expect(after.value.plannedMinutes).toBeLessThanOrEqual(4 * 60);
    expect(after.value.plannedMinutes).toBeGreaterThan(monday.minutes);
  });

  it('marks done with logged minutes, skips, and moves without overlap', async () => {
    const { handlers, emitted } = setupService();
    await handlers['profile:save']({ ...PROFILE, weeklyHours: 5, startDate: '2026-11-30', availability });
    const week = await handlers['week:get']({ weekStart: '2026-11-30' });
    if (!week.ok) throw new Error(week.error.message);
    const [first, second] = week.value.sessions;
    if (!first || !second) throw new Error('need two sessions');
    const done = await handlers['session:update']({ id: first.id, status: 'done' });
    expect(done.ok && done.value).toMatchObject({ status: 'done', loggedMinutes: first.minutes });
    expect(emitted.at(-1)?.[0]).toBe('plan:changed');
    const clash = await handlers['session:update']({ id: second.id, startUtc: first.startUtc });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const later = new Date(Date.parse(second.startUtc) + 60 * 60_000).toISOString();
    const announced = emitted.length;
    const moved = await handlers['session:update']({ id: second.id, startUtc: later });
    expect(moved.ok && moved.value).toMatchObject({ startUtc: later, movedFromUtc: second.startUtc });
    // Main follows sessions through plan:changed (reminders, tray, calendar file): a move too.
    expect(emitted.slice(announced).map(([event]) => event)).toEqual(['plan:changed']);
    const totals = await handlers['week:get']({ weekStart: '2026-11-30' });
    expect(totals.ok && totals.value.doneMinutes).toBe(first.minutes);
  });

  it('lists sessions left planned after they ended as missed', async () => {
    const { handlers, setNow } = setupService();
    await handlers['profile:save']({ ...PROFILE, weeklyHours: 5, startDate: '2026-11-30', availability });
    const week = await handlers['week:get']({ weekStart: '2026-11-30' });
    if (!week.ok) throw new Error(week.error.message);
    setNow('2026-12-08T09:00:00Z');
    const next = await handlers['week:get']({ weekStart: '2026-12-07' });
    expect(next.ok && next.value.missed.map((s) => s.id).sort()).toEqual(week.value.sessions.map((s) => s.id).sort());
  });

  it('missed lists the ended planned sessions of the last four weeks, newest first, however long the history', async () => {
    const { db, handlers, setNow } = setupService();
    await handlers['profile:save']({ ...PROFILE, weeklyHours: 5, startDate: '2026-11-30', availability });
    setNow('2026-12-08T09:00:00Z');
    // Two years of weekly history: every week one done and one never marked.
    const rows = [];
    for (let w = 1; w <= 104; w++) {
      const start = Date.parse('2026-12-07T17:00:00Z') - w * 7 * 86_400_000;
      for (const [n, status] of [[1, 'done'], [2, 'planned']] as const) {
        const startUtc = new Date(start + n * 86_400_000).toISOString();
        rows.push({ id: `old.${w}.${n}`, weekStart: '2024-01-01', startUtc, endUtc: new Date(Date.parse(startUtc) + 3_600_000).toISOString(), minutes: 60, milestoneId: null, status, loggedMinutes: status === 'done' ? 60 : 0, movedFromUtc: null });
      }
    }
    // Written with an offset (as a restored backup may be): it ended 30 min ago, so it is the newest.
    rows.push({ id: 'offset', weekStart: '2026-12-07', startUtc: '2026-12-08T08:30:00+01:00', endUtc: '2026-12-08T09:30:00+01:00', minutes: 60, milestoneId: null, status: 'planned' as const, loggedMinutes: 0, movedFromUtc: null });
    // Not yet over (its text sorts before "now" plus the offset margin, but it ends later).
    rows.push({ id: 'later', weekStart: '2026-12-07', startUtc: '2026-12-08T19:00:00+09:00', endUtc: '2026-12-08T20:00:00+09:00', minutes: 60, milestoneId: null, status: 'planned' as const, loggedMinutes: 0, movedFromUtc: null });
    await db.sessions.bulkPut(rows);
    const week = await handlers['week:get']({ weekStart: '2026-12-07' });
    if (!week.ok) throw new Error(week.error.message);
    // old.w.2 ended w weeks less 1.6 days before now: w = 4 (26.6 days) is inside, w = 5 (33.6) is not.
    const expected = ['offset', 'old.1.2', 'old.2.2', 'old.3.2', 'old.4.2'];
    expect(week.value.missed.map((s) => s.id)).toEqual(expected);
  });

  it('refuses a week start that is not a Monday, and weeks without a plan', async () => {
    const { handlers } = setupService();
    expect(await handlers['week:get']({ weekStart: '2026-11-30' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await handlers['profile:save']({ ...PROFILE, startDate: '2026-11-30' });
    expect(await handlers['week:get']({ weekStart: '2026-12-01' })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'Week start must be a Monday.' } });
    // Real Mondays where no session can be stored get the span, not "not a real date".
    for (const weekStart of ['0001-01-01', '1999-12-27', '9999-12-27']) {
      expect(await handlers['week:get']({ weekStart })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'Week start must be in the years 2000 to 2199.' } });
    }
  });
});
