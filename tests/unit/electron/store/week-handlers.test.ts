import { describe, expect, it } from 'vitest';
import { PROFILE, setupService } from './setup';

const availability = {
  timeZone: 'Europe/Berlin',
  windows: [
    { weekday: 0, start: '18:00', end: '20:00' },
    { weekday: 2, start: '18:00', end: '20:00' },
    { weekday: 5, start: '09:00', end: '13:00' },
  ],
  sessionMinutes: { min: 30, max: 120 },
};

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

  it('refuses a week start that is not a Monday, and weeks without a plan', async () => {
    const { handlers } = setupService();
    expect(await handlers['week:get']({ weekStart: '2026-11-30' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await handlers['profile:save']({ ...PROFILE, startDate: '2026-11-30' });
    expect(await handlers['week:get']({ weekStart: '2026-12-01' })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'Week start must be a Monday.' } });
  });
});
