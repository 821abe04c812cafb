/**
 * A saved session shown at once: in the cached stored week that holds it (totals counted again,
 * off the missed list), and a change still being saved applied to the stored session the way the
 * store applies it.
 */
import { describe, expect, it } from 'vitest';
import type { StudySession } from '../../../../shared/domain/records';
import type { WeekView } from '../../../../shared/ipc/contract';
import { optimistic } from '../../../../renderer/src/week/useSessionUpdates';
import { withSavedSession } from '../../../../renderer/src/week/week-time';

function session(id: string, startUtc: string, status: StudySession['status'] = 'planned', minutes = 60): StudySession {
  return {
    id,
    weekStart: '2026-12-07',
    startUtc,
    endUtc: new Date(Date.parse(startUtc) + minutes * 60_000).toISOString(),
    minutes,
    milestoneId: null,
    status,
    loggedMinutes: status === 'done' ? minutes : 0,
    movedFromUtc: null,
  };
}

const a = session('a', '2026-12-07T18:00:00.000Z');
const b = session('b', '2026-12-08T18:00:00.000Z', 'planned', 90);
const old = session('old', '2026-11-30T18:00:00.000Z');
const week: WeekView = { weekStart: '2026-12-07', timeZone: 'Europe/Berlin', sessions: [a, b], plannedMinutes: 150, doneMinutes: 0, loggedMinutes: 0, missed: [old] };

describe('withSavedSession', () => {
  it('replaces the session and counts the week again', () => {
    const next = withSavedSession(week, { ...a, status: 'done', loggedMinutes: 45 });
    expect(next.sessions.map((s) => [s.id, s.status])).toEqual([['a', 'done'], ['b', 'planned']]);
    expect([next.plannedMinutes, next.doneMinutes, next.loggedMinutes]).toEqual([150, 60, 45]);
    expect(week.sessions[0]?.status).toBe('planned');
  });

  it('takes a saved missed session off the missed list', () => {
    const next = withSavedSession(week, { ...old, status: 'skipped' });
    expect(next.missed).toEqual([]);
    expect(next.sessions).toEqual(week.sessions);
  });

  it('leaves a week without the session as it was, the same object', () => {
    expect(withSavedSession(week, session('elsewhere', '2026-12-20T10:00:00.000Z'))).toBe(week);
  });
});

describe('optimistic', () => {
  it('moves a session with its length', () => {
    const moved = optimistic(b, { startUtc: '2026-12-09T07:00:00.000Z' });
    expect([moved.startUtc, moved.endUtc, moved.status]).toEqual(['2026-12-09T07:00:00.000Z', '2026-12-09T08:30:00.000Z', 'planned']);
  });

  it('logs the whole session when marked done without minutes, and nothing when skipped or planned again', () => {
    expect(optimistic(b, { status: 'done' }).loggedMinutes).toBe(90);
    expect(optimistic(b, { status: 'done', loggedMinutes: 40 }).loggedMinutes).toBe(40);
    expect(optimistic({ ...b, status: 'done', loggedMinutes: 90 }, { status: 'skipped' }).loggedMinutes).toBe(0);
    expect(optimistic({ ...b, status: 'done', loggedMinutes: 90 }, { status: 'planned' }).loggedMinutes).toBe(0);
  });

  it('changes only the minutes when only minutes are logged', () => {
    const done = { ...b, status: 'done' as const, loggedMinutes: 90 };
    expect(optimistic(done, { loggedMinutes: 75 })).toEqual({ ...done, loggedMinutes: 75 });
  });
});
