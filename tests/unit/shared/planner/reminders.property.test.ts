/**
 * Property tests for reminders: ordering, id uniqueness, range membership, quiet hours (checked
 * with the independent Intl oracle), pause, determinism, range composition and dueReminders.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReminderSettings } from '../../../../shared/domain/reminder-settings';
import { computeReminders, dueReminders, type ComputeRemindersInput } from '../../../../shared/planner/reminders';
import { oracleLocal, toMinutes, ZONES } from './oracle';

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const MIN = 60_000;
const START = Date.UTC(2026, 0, 1);
const SPAN_MIN = 2 * 365 * 24 * 60;
const minuteArb = fc.integer({ min: 0, max: SPAN_MIN });
const iso = (minute: number) => new Date(START + minute * MIN).toISOString();
const timeArb = fc.integer({ min: 0, max: 1439 }).map(hhmm);

const settingsArb: fc.Arbitrary<ReminderSettings> = fc.record({
  digest: fc.record({ enabled: fc.boolean(), weekday: fc.integer({ min: 0, max: 6 }), time: timeArb }),
  sessionLeadMinutes: fc.option(fc.integer({ min: 0, max: 180 }), { nil: null }),
  quietHours: fc.option(
    fc.tuple(timeArb, timeArb).filter(([a, b]) => a !== b).map(([start, end]) => ({ start, end })),
    { nil: null },
  ),
  pausedUntilUtc: fc.option(minuteArb.map(iso), { nil: null, freq: 4 }),
  examCountdown: fc.record({ enabled: fc.boolean() }),
  recertification: fc.record({ enabled: fc.boolean() }),
});

const inputArb: fc.Arbitrary<ComputeRemindersInput> = fc
  .record({
    settings: settingsArb,
    timeZone: fc.constantFrom(...ZONES),
    sessionStarts: fc.array(minuteArb, { maxLength: 12 }),
    exams: fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), minuteArb), { maxLength: 3 }),
    certs: fc.array(fc.tuple(fc.constantFrom('x', 'y'), minuteArb), { maxLength: 2 }),
    from: minuteArb,
    days: fc.integer({ min: 1, max: 60 }),
  })
  .map((r) => ({
    settings: r.settings,
    timeZone: r.timeZone,
    sessions: r.sessionStarts.map((m, i) => ({ id: `s${i}`, startUtc: iso(m), localStart: '00:00', minutes: 60 })),
    exams: r.exams.map(([certId, m]) => ({ certId, examDateUtc: iso(m) })),
    certifications: r.certs.map(([certId, m]) => ({ certId, expiresOnUtc: iso(m) })),
    fromUtc: iso(r.from),
    toUtc: iso(r.from + r.days * 1440),
  }));

function inQuiet(minutes: number, q: { start: string; end: string }) {
  const s = toMinutes(q.start);
  const e = toMinutes(q.end);
  return s < e ? minutes >= s && minutes < e : minutes >= s || minutes < e;
}

describe('computeReminders properties', () => {
  it('is sorted, unique, in range, outside quiet hours and after the pause', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const list = computeReminders(input);
        const ids = list.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (let i = 1; i < list.length; i += 1) {
          const [a, b] = [list[i - 1]!, list[i]!];
          expect(a.dueUtc < b.dueUtc || (a.dueUtc === b.dueUtc && a.id < b.id)).toBe(true);
        }
        for (const r of list) {
          const due = Date.parse(r.dueUtc);
          expect(due).toBeGreaterThanOrEqual(Date.parse(input.fromUtc));
          expect(due).toBeLessThan(Date.parse(input.toUtc));
          if (input.settings.quietHours) {
            expect(inQuiet(oracleLocal(input.timeZone, due).minutes, input.settings.quietHours)).toBe(false);
          }
          if (input.settings.pausedUntilUtc) expect(due).toBeGreaterThanOrEqual(Date.parse(input.settings.pausedUntilUtc));
          if (r.kind === 'digest' && !input.settings.quietHours) {
            const local = oracleLocal(input.timeZone, due);
            expect(local.weekday).toBe(input.settings.digest.weekday);
            // Equal to the chosen time, or later only when that time fell in a DST gap.
            expect(local.minutes - toMinutes(input.settings.digest.time)).toBeGreaterThanOrEqual(0);
            expect(local.minutes - toMinutes(input.settings.digest.time)).toBeLessThanOrEqual(60);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and splits cleanly at any point of the range', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0, max: 1, noNaN: true }), (input, cut) => {
        const whole = computeReminders(input);
        expect(computeReminders(structuredClone(input))).toEqual(whole);
        const from = Date.parse(input.fromUtc);
        const mid = new Date(from + Math.floor(((Date.parse(input.toUtc) - from) * cut) / MIN) * MIN).toISOString();
        const parts = [...computeReminders({ ...input, toUtc: mid }), ...computeReminders({ ...input, fromUtc: mid })];
        expect(parts).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });
});

describe('dueReminders properties', () => {
  it('returns each undelivered reminder at most once, only from (lastCheck, now]', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.integer({ min: 0, max: 60 * 24 * 3 }),
        fc.integer({ min: 0, max: 60 * 24 * 3 }),
        fc.integer({ min: 0, max: 7 }),
        (input, sinceLast, offset, skip) => {
          const reminders = computeReminders(input);
          const delivered = new Set(reminders.filter((_, i) => i % (skip + 2) === 0).map((r) => r.id));
          const now = Date.parse(input.fromUtc) + offset * MIN;
          const last = now - sinceLast * MIN;
          const out = dueReminders({ reminders, delivered, nowUtc: new Date(now).toISOString(), lastCheckUtc: new Date(last).toISOString() });
          const ids = [...out.due, ...out.missed].map((r) => r.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const r of out.due) {
            expect(delivered.has(r.id)).toBe(false);
            const due = Date.parse(r.dueUtc);
            expect(due > last && due <= now && now - due <= 15 * MIN).toBe(true);
          }
          for (const r of out.missed) {
            expect(delivered.has(r.id)).toBe(false);
            const due = Date.parse(r.dueUtc);
            expect(due > last && now - due > 15 * MIN).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
