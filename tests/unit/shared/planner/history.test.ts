import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuizAttempt, StudySession } from '../../../../shared/domain/records';
import { HistoryViewSchema } from '../../../../shared/ipc/contract';
import {
  HISTORY_DAYS,
  HISTORY_MONTHS,
  HISTORY_WEEKS,
  historyReadRange,
  historySummary,
  studyHistory,
  type HistoryInput,
} from '../../../../shared/planner/history';
import { instantToLocal } from '../../../../shared/planner/time';

type Row = Pick<StudySession, 'startUtc' | 'status' | 'minutes' | 'loggedMinutes'>;
const done = (startUtc: string, loggedMinutes: number, minutes = 60): Row => ({ startUtc, status: 'done', minutes, loggedMinutes });
const planned = (startUtc: string, minutes = 60): Row => ({ startUtc, status: 'planned', minutes, loggedMinutes: 0 });
const skipped = (startUtc: string, minutes = 60): Row => ({ startUtc, status: 'skipped', minutes, loggedMinutes: 0 });

function history(over: Partial<HistoryInput>) {
  return studyHistory({ today: '2026-12-03', timeZone: 'UTC', sessions: [], attempts: [], selfRating: null, ...over });
}

describe('studyHistory: the heatmap', () => {
  it('an empty history is a year with no study days, zero weeks and no readiness', () => {
    const h = history({});
    expect(h.from).toBe('2025-12-04');
    expect(h.days).toEqual([]);
    expect(h.weeks).toHaveLength(HISTORY_WEEKS);
    expect(h.weeks.every((w) => w.plannedMinutes === 0 && w.studiedMinutes === 0)).toBe(true);
    expect(h.readiness).toEqual([]);
    expect(historySummary(h)).toEqual({ studyDays: 0, totalMinutes: 0, busiest: null });
    expect(HistoryViewSchema.safeParse(h).success).toBe(true);
  });

  it('sums logged minutes of done sessions per day; planned and skipped sessions log nothing', () => {
    const h = history({
      sessions: [done('2026-11-03T08:00:00Z', 70), done('2026-11-03T18:00:00Z', 60), planned('2026-11-04T08:00:00Z'), skipped('2026-11-05T08:00:00Z'), done('2026-11-06T08:00:00Z', 0)],
    });
    expect(h.days).toEqual([{ date: '2026-11-03', minutes: 130 }]);
    expect(historySummary(h)).toEqual({ studyDays: 1, totalMinutes: 130, busiest: { date: '2026-11-03', minutes: 130 } });
  });

  it('puts a session on the day it starts in the learner’s zone, not in UTC', () => {
    // 23:30 in New York on Tuesday 3 Nov is 04:30 UTC on Wednesday.
    const session = done('2026-11-04T04:30:00Z', 45);
    expect(history({ timeZone: 'America/New_York', sessions: [session] }).days).toEqual([{ date: '2026-11-03', minutes: 45 }]);
    expect(history({ timeZone: 'UTC', sessions: [session] }).days).toEqual([{ date: '2026-11-04', minutes: 45 }]);
    // 00:30 in Berlin on Monday 30 Nov is still Sunday in UTC, so it moves into the next week.
    const berlin = history({ timeZone: 'Europe/Berlin', sessions: [done('2026-11-29T23:30:00Z', 30)] });
    expect(berlin.days).toEqual([{ date: '2026-11-30', minutes: 30 }]);
    expect(berlin.weeks.at(-1)).toEqual({ weekStart: '2026-11-30', plannedMinutes: 60, studiedMinutes: 30 });
  });

  it('counts the DST days like any other: the short and the long day each hold their sessions', () => {
    const tz = 'Europe/Berlin';
    const sessions = [
      // 29 Mar 2026 (23 h): 00:30 CET and 23:30 CEST are both on that day.
      done('2026-03-28T23:30:00Z', 30),
      done('2026-03-29T21:30:00Z', 40),
      // 25 Oct 2026 (25 h): 02:30 happens twice, and 23:30 CET is still that day.
      done('2026-10-25T00:30:00Z', 20),
      done('2026-10-25T01:30:00Z', 25),
      done('2026-10-25T22:30:00Z', 35),
      // Just after midnight that night is the 26th.
      done('2026-10-25T23:05:00Z', 10),
    ];
    const h = studyHistory({ today: '2026-12-03', timeZone: tz, sessions, attempts: [], selfRating: null });
    expect(h.days).toEqual([
      { date: '2026-03-29', minutes: 70 },
      { date: '2026-10-25', minutes: 80 },
      { date: '2026-10-26', minutes: 10 },
    ]);
    // New York's fall-back night: 01:30 happens twice, both on 1 Nov.
    const ny = studyHistory({ today: '2026-12-03', timeZone: 'America/New_York', sessions: [done('2026-11-01T05:30:00Z', 15), done('2026-11-01T06:30:00Z', 15)], attempts: [], selfRating: null });
    expect(ny.days).toEqual([{ date: '2026-11-01', minutes: 30 }]);
  });

  it('keeps the last 365 days up to today: older, and days after today, are left out', () => {
    const h = history({ sessions: [done('2025-12-03T10:00:00Z', 50), done('2025-12-04T10:00:00Z', 20), done('2026-12-03T10:00:00Z', 30), done('2026-12-04T10:00:00Z', 90)] });
    expect(h.days).toEqual([
      { date: '2025-12-04', minutes: 20 },
      { date: '2026-12-03', minutes: 30 },
    ]);
  });

  it('ten years of daily rows still answer one year, within the contract’s bounds', () => {
    const sessions: Row[] = [];
    const start = Date.parse('2016-12-01T18:00:00Z');
    for (let d = 0; d < 3660; d++) sessions.push(done(new Date(start + d * 86_400_000).toISOString(), 30 + (d % 7)));
    const attempts: QuizAttempt[] = Array.from({ length: 120 }, (_, i) => ({
      id: `a${i}`,
      takenAt: new Date(start + i * 30 * 86_400_000).toISOString(),
      kind: 'quick',
      answers: [{ questionId: `q.${i % 9}`, area: 'ml-modelling', chosenIndex: 0, correct: i % 2 === 0 }],
    }));
    const h = history({ sessions, attempts });
    expect(h.days).toHaveLength(HISTORY_DAYS);
    expect(h.days[0]!.date).toBe('2025-12-04');
    expect(h.days.at(-1)!.date).toBe('2026-12-03');
    expect(h.weeks).toHaveLength(HISTORY_WEEKS);
    expect(h.readiness).toHaveLength(HISTORY_MONTHS);
    const parsed = HistoryViewSchema.safeParse(h);
    expect(parsed.success).toBe(true);
    // The bounds are what keep the reply small: a day more is refused.
    expect(HistoryViewSchema.safeParse({ ...h, days: [...h.days, { date: '2026-12-04', minutes: 1 }] }).success).toBe(false);
    expect(JSON.stringify(h).length).toBeLessThan(20_000);
  });
});

describe('studyHistory: planned and studied per week', () => {
  it('26 Monday weeks ending this week; planned leaves out skipped sessions, studied is logged time', () => {
    const h = history({
      sessions: [
        done('2026-11-30T10:00:00Z', 50, 60), // Monday of this week
        planned('2026-12-05T10:00:00Z', 90), // Saturday, still ahead
        skipped('2026-12-01T10:00:00Z', 60),
        done('2026-11-29T10:00:00Z', 120, 90), // Sunday of last week
        done('2026-06-07T10:00:00Z', 30), // Sunday 26 weeks back, one week before the first
      ],
    });
    expect(h.weeks[0]!.weekStart).toBe('2026-06-08');
    expect(h.weeks.at(-1)).toEqual({ weekStart: '2026-11-30', plannedMinutes: 150, studiedMinutes: 50 });
    expect(h.weeks.at(-2)).toEqual({ weekStart: '2026-11-23', plannedMinutes: 90, studiedMinutes: 120 });
    expect(h.weeks.reduce((sum, w) => sum + w.studiedMinutes, 0)).toBe(170);
    // The heatmap still has the older day: it spans a year.
    expect(h.days.map((d) => d.date)).toEqual(['2026-06-07', '2026-11-29', '2026-11-30']);
  });

  it('the store reads the weeks the answer needs, with a week’s margin each side', () => {
    expect(historyReadRange('2026-12-03')).toEqual({ fromWeek: '2025-11-24', toWeek: '2026-12-07' });
  });
});

describe('studyHistory: readiness per area by month', () => {
  const answer = (area: 'python-foundations' | 'ml-modelling' | 'mlops-deployment', questionId: string, correct: boolean) => ({ questionId, area, chosenIndex: 0, correct });
  const attempt = (takenAt: string, answers: QuizAttempt['answers']): QuizAttempt => ({ id: takenAt, takenAt, kind: 'quick', answers });

  it('each month from the first quiz carries the readiness of every answer so far; the last is readiness now', () => {
    const attempts = [
      attempt('2026-09-10T10:00:00Z', [answer('ml-modelling', 'q.a', false), answer('mlops-deployment', 'q.b', true)]),
      attempt('2026-11-20T10:00:00Z', [answer('ml-modelling', 'q.a', true), answer('python-foundations', 'q.c', true)]),
      attempt('2026-11-25T10:00:00Z', [answer('python-foundations', 'q.d', false)]),
    ];
    const h = history({ attempts });
    expect(h.readiness.map((p) => [p.month, p.attempts])).toEqual([
      ['2026-09', 1],
      ['2026-10', 0],
      ['2026-11', 2],
      ['2026-12', 0],
    ]);
    expect(h.readiness[0]!.byArea).toEqual({ 'python-foundations': 0, 'ml-modelling': 0, 'mlops-deployment': 100 });
    expect(h.readiness[1]!.byArea).toEqual(h.readiness[0]!.byArea);
    // The retake of q.a supersedes the first answer; q.c right and q.d wrong make 50.
    expect(h.readiness[2]).toMatchObject({ overall: 83, byArea: { 'python-foundations': 50, 'ml-modelling': 100, 'mlops-deployment': 100 } });
  });

  it('months are the learner’s: a quiz late on 30 Nov in New York is November there', () => {
    const attempts = [attempt('2026-12-01T03:00:00Z', [answer('ml-modelling', 'q.a', true)])];
    expect(history({ timeZone: 'America/New_York', attempts }).readiness[0]!.month).toBe('2026-11');
    expect(history({ timeZone: 'UTC', attempts }).readiness[0]!.month).toBe('2026-12');
  });

  it('answers before the twelve months still count in the first month shown', () => {
    const attempts = [attempt('2020-01-05T10:00:00Z', [answer('ml-modelling', 'q.a', true)])];
    const h = history({ attempts, selfRating: { 'python-foundations': 2, 'ml-modelling': 0, 'mlops-deployment': 4 } });
    expect(h.readiness).toHaveLength(HISTORY_MONTHS);
    expect(h.readiness[0]).toMatchObject({ month: '2026-01', attempts: 0, byArea: { 'python-foundations': 50, 'ml-modelling': 17, 'mlops-deployment': 100 } });
  });
});

describe('studyHistory: the same days as reading each session’s zone offset on its own', () => {
  it('for random sessions in zones with odd offsets and DST, including Lord Howe’s half hour', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'),
        fc.array(fc.record({ at: fc.integer({ min: Date.parse('2025-11-01T00:00:00Z'), max: Date.parse('2026-12-10T00:00:00Z') }), logged: fc.integer({ min: 1, max: 240 }) }), { maxLength: 60 }),
        (timeZone, rows) => {
          const sessions = rows.map((r) => done(new Date(Math.floor(r.at / 60_000) * 60_000).toISOString(), r.logged));
          const naive = new Map<string, number>();
          for (const s of sessions) {
            const date = instantToLocal(timeZone, Date.parse(s.startUtc)).date;
            if (date >= '2025-12-04' && date <= '2026-12-03') naive.set(date, (naive.get(date) ?? 0) + s.loggedMinutes);
          }
          const h = studyHistory({ today: '2026-12-03', timeZone, sessions, attempts: [], selfRating: null });
          expect(h.days).toEqual([...naive.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([date, minutes]) => ({ date, minutes })));
        },
      ),
      { numRuns: 200 },
    );
  });
});
