import { describe, expect, it } from 'vitest';
import type { StudySession } from '../../../../../shared/domain/records';
import { HistoryViewSchema } from '../../../../../shared/ipc/contract';
import { formatIsoDate, instantToLocal, mondayOf } from '../../../../../shared/planner/time';
import { BERLIN_AVAILABILITY, PROFILE, setupService } from '../setup';

const TZ = 'Europe/Berlin';

/** A done session at `startMs` as the store keeps it (weekStart is its Monday in Berlin). */
function stored(startMs: number, loggedMinutes: number, i: number): StudySession {
  return {
    id: `history-${i}`,
    weekStart: formatIsoDate(mondayOf(instantToLocal(TZ, startMs).day)),
    startUtc: new Date(startMs).toISOString(),
    endUtc: new Date(startMs + 60 * 60_000).toISOString(),
    minutes: 60,
    milestoneId: null,
    status: 'done',
    loggedMinutes,
    movedFromUtc: null,
  };
}

describe('history:get', () => {
  it('answers before any profile, in this computer’s zone, with nothing studied', async () => {
    const { handlers } = setupService('2026-12-03T09:00:00Z');
    const r = await handlers['history:get']({});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.days).toEqual([]);
    expect(r.value.weeks).toHaveLength(26);
  });

  it('ten years of sessions answer one year of days in the learner’s zone, a reply the contract accepts', async () => {
    const { handlers, db } = setupService('2026-11-20T09:00:00Z');
    await handlers['profile:save']({ ...PROFILE, startDate: '2026-11-23', availability: BERLIN_AVAILABILITY });
    const rows: StudySession[] = [];
    const first = Date.parse('2016-11-21T17:30:00Z');
    // Every other day for ten years, at 18:30 or (every 4th) 23:30 Berlin time, which is the next day in UTC in winter.
    for (let d = 0; d < 3650; d += 2) rows.push(stored(first + d * 86_400_000 + (d % 4 === 0 ? 5 * 3_600_000 : 0), 40, d));
    await db.sessions.bulkPut(rows);
    const r = await handlers['history:get']({});
    if (!r.ok) throw new Error(r.error.message);
    const h = r.value;
    expect(HistoryViewSchema.safeParse(h).success).toBe(true);
    expect(h.timeZone).toBe(TZ);
    expect(h.today).toBe('2026-11-20');
    expect(h.days.length).toBeGreaterThan(170);
    expect(h.days.length).toBeLessThanOrEqual(183);
    expect(h.days[0]!.date >= h.from && h.days.at(-1)!.date <= h.today).toBe(true);
    expect(h.days.every((d) => d.minutes === 40)).toBe(true);
    // Studied per week equals the heatmap's days of that week.
    const last = h.weeks.at(-2)!;
    const inWeek = h.days.filter((d) => d.date >= last.weekStart && d.date < formatIsoDate(mondayOf(Date.parse(`${last.weekStart}T00:00:00Z`) / 86_400_000) + 7));
    expect(last.studiedMinutes).toBe(inWeek.reduce((s, d) => s + d.minutes, 0));
    expect(JSON.stringify(h).length).toBeLessThan(20_000);
  });

  it('a session marked done with minutes studied shows on its day and in its week', async () => {
    const { handlers } = setupService('2026-11-30T08:00:00Z');
    await handlers['profile:save']({ ...PROFILE, weeklyHours: 5, startDate: '2026-11-30', availability: BERLIN_AVAILABILITY });
    const week = await handlers['week:get']({ weekStart: '2026-11-30' });
    if (!week.ok) throw new Error(week.error.message);
    const session = week.value.sessions[0]!;
    expect(await handlers['session:update']({ id: session.id, status: 'done', loggedMinutes: 95 })).toMatchObject({ ok: true });
    const r = await handlers['history:get']({});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.days).toEqual([{ date: instantToLocal(TZ, Date.parse(session.startUtc)).date, minutes: 95 }]);
    expect(r.value.weeks.at(-1)).toEqual({ weekStart: '2026-11-30', plannedMinutes: week.value.plannedMinutes, studiedMinutes: 95 });
  });
});
