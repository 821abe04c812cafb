/**
 * The versioning decisions (electron/main/core/calendar-ledger.ts): SEQUENCE and LAST-MODIFIED per
 * change, cancelled events kept for the file's range, past events kept as written, forgotten
 * events raising the floor, and a ledger that survives a JSON round trip through its schema.
 */
import { describe, expect, it } from 'vitest';
import { eventEndMs, LedgerSchema, newLedger, publishEvents, type CalendarEvent, type Ledger } from '../../../../../electron/main/core/calendar-ledger';

const T0 = new Date('2026-11-23T10:00:00.000Z');
const KEEP_FROM = Date.parse('2026-10-26T00:00:00.000Z');

const ev = (id: string, start: string, over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: `session.${id}@mle-path.app`,
  kind: 'session',
  allDay: false,
  start,
  end: new Date(Date.parse(start) + 3_600_000).toISOString(),
  title: `Study: ${id}`,
  description: 'Milestone: x',
  status: 'CONFIRMED',
  alarmMinutes: 15,
  ...over,
});

function publish(ledger: Ledger, events: CalendarEvent[], now = T0, keepFromMs = KEEP_FROM) {
  const r = publishEvents({ ledger, events, now, keepFromMs });
  if (!r.ok) throw new Error(r.message);
  // What is kept must be what the file on disk can hold.
  expect(LedgerSchema.parse(JSON.parse(JSON.stringify(r.value.ledger)))).toEqual(r.value.ledger);
  return r.value;
}

const byUid = <E extends { uid: string }>(events: E[]) => new Map(events.map((e) => [e.uid, e]));

describe('publishEvents', () => {
  it('starts a new ledger at the minutes since 2020, the number earlier builds wrote', () => {
    expect(newLedger(T0.getTime()).sequenceFloor).toBe(Math.floor((T0.getTime() - Date.UTC(2020, 0, 1)) / 60_000));
    expect(newLedger(0).sequenceFloor).toBe(0); // a clock before 2020 never gives a negative number
    const first = publish(newLedger(T0.getTime()), [ev('a', '2026-11-24T17:00:00.000Z')]);
    expect(first.events[0]).toMatchObject({ sequence: newLedger(T0.getTime()).sequenceFloor, lastModified: '2026-11-23T10:00:00.000Z' });
  });

  it('an unchanged event keeps its SEQUENCE and LAST-MODIFIED; any change adds one, even within the same second', () => {
    const a = ev('a', '2026-11-24T17:00:00.000Z');
    const first = publish(newLedger(T0.getTime()), [a]);
    const base = first.events[0]!.sequence;
    const later = new Date('2026-11-23T10:00:00.400Z');
    expect(publish(first.ledger, [a], later).events[0]).toEqual(first.events[0]);

    let ledger = first.ledger;
    const changes: Partial<CalendarEvent>[] = [
      { title: 'Study: b' },
      { description: 'Milestone: y' },
      { start: '2026-11-24T17:30:00.000Z', end: '2026-11-24T18:30:00.000Z' },
      { alarmMinutes: null },
      { status: 'CANCELLED' },
      { status: 'CONFIRMED' },
    ];
    let current = a;
    changes.forEach((change, i) => {
      current = { ...current, ...change };
      const next = publish(ledger, [current], later);
      expect(next.events[0], JSON.stringify(change)).toMatchObject({ ...current, sequence: base + i + 1, lastModified: '2026-11-23T10:00:00.000Z' });
      ledger = next.ledger;
    });
    const tomorrow = publish(ledger, [{ ...current, title: 'Study: c' }], new Date('2026-11-24T08:00:00Z'));
    expect(tomorrow.events[0]).toMatchObject({ sequence: base + changes.length + 1, lastModified: '2026-11-24T08:00:00.000Z' });
  });

  it('a session the plan no longer has is cancelled once, then kept until it leaves the file', () => {
    const a = ev('a', '2026-11-24T17:00:00.000Z');
    const b = ev('b', '2026-11-25T17:00:00.000Z');
    const first = publish(newLedger(T0.getTime()), [a, b]);
    const seqB = byUid(first.events).get(b.uid)!.sequence;

    const second = publish(first.ledger, [a], new Date('2026-11-23T11:00:00Z'));
    expect(byUid(second.events).get(b.uid)).toMatchObject({ status: 'CANCELLED', alarmMinutes: null, sequence: seqB + 1, start: b.start, lastModified: '2026-11-23T11:00:00.000Z' });
    // Still cancelled, unchanged, in the files that follow, also after its time has passed.
    const third = publish(second.ledger, [a], new Date('2026-12-01T09:00:00Z'));
    expect(byUid(third.events).get(b.uid)).toEqual(byUid(second.events).get(b.uid));
    // Gone once its week is before the file's first week.
    const months = publish(third.ledger, [], new Date('2027-01-04T09:00:00Z'), Date.parse('2026-12-07T00:00:00Z'));
    expect(months.events).toEqual([]);
  });

  it('a session over and no longer previewed (a week nobody opened) stays as it was written', () => {
    const a = ev('a', '2026-11-24T17:00:00.000Z');
    const first = publish(newLedger(T0.getTime()), [a]);
    const after = publish(first.ledger, [], new Date('2026-11-26T09:00:00Z'));
    expect(after.events).toEqual(first.events);
    // …but one still ahead that disappears is withdrawn.
    const early = publish(first.ledger, [], new Date('2026-11-24T16:00:00Z'));
    expect(early.events[0]).toMatchObject({ status: 'CANCELLED' });
  });

  it('a forgotten UID that comes back outranks everything it was written with', () => {
    const a = ev('a', '2026-11-24T17:00:00.000Z');
    let ledger = publish(newLedger(T0.getTime()), [a]).ledger;
    for (const title of ['x', 'y', 'z']) ledger = publish(ledger, [{ ...a, title }]).ledger;
    const last = ledger.events[0]!.sequence;
    // Weeks later it has left the file's range and the ledger…
    ledger = publish(ledger, [], new Date('2027-01-04T09:00:00Z'), Date.parse('2026-12-07T00:00:00Z')).ledger;
    expect(ledger.events).toEqual([]);
    expect(ledger.sequenceFloor).toBe(last + 1);
    // …and the learner moves that session into the coming weeks: a higher number than before.
    const back = publish(ledger, [{ ...a, start: '2027-01-05T17:00:00.000Z', end: '2027-01-05T18:00:00.000Z' }], new Date('2027-01-04T09:00:00Z'));
    expect(back.events[0]?.sequence).toBe(last + 1);
  });

  it('LAST-MODIFIED never goes back when the computer clock does', () => {
    const a = ev('a', '2026-11-24T17:00:00.000Z');
    const first = publish(newLedger(T0.getTime()), [a]);
    const back = publish(first.ledger, [{ ...a, title: 'Study: b' }], new Date('2026-11-20T10:00:00Z'));
    expect(back.events[0]).toMatchObject({ lastModified: '2026-11-23T10:00:00.000Z', sequence: first.events[0]!.sequence + 1 });
  });

  it('orders events by start then UID, so the same plan gives the same file', () => {
    const events = [ev('c', '2026-11-26T17:00:00.000Z'), ev('a', '2026-11-24T17:00:00.000Z'), ev('b', '2026-11-24T17:00:00.000Z')];
    expect(publish(newLedger(T0.getTime()), events).events.map((e) => e.uid)).toEqual([events[1]!.uid, events[2]!.uid, events[0]!.uid]);
  });

  it('refuses two events with one UID, an invalid clock, and a SEQUENCE past 32 bits', () => {
    const a = ev('a', '2026-11-24T17:00:00.000Z');
    expect(publishEvents({ ledger: newLedger(T0.getTime()), events: [a, a], now: T0, keepFromMs: KEEP_FROM })).toEqual({ ok: false, message: `two events share the UID ${a.uid}.` });
    expect(publishEvents({ ledger: newLedger(T0.getTime()), events: [a], now: new Date(Number.NaN), keepFromMs: KEEP_FROM }).ok).toBe(false);
    const full: Ledger = { version: 1, sequenceFloor: 0, events: [{ ...a, sequence: 2_147_483_647, lastModified: T0.toISOString() }] };
    expect(publishEvents({ ledger: full, events: [{ ...a, title: 'new' }], now: T0, keepFromMs: KEEP_FROM }).ok).toBe(false);
  });

  it('an all-day exam ends once its day is over everywhere', () => {
    expect(eventEndMs({ allDay: true, end: '2026-12-01' })).toBe(Date.parse('2026-12-01T12:00:00Z'));
    expect(eventEndMs({ allDay: false, end: '2026-12-01T18:00:00.000Z' })).toBe(Date.parse('2026-12-01T18:00:00Z'));
  });

  it('the schema refuses a damaged ledger', () => {
    const ok = publish(newLedger(T0.getTime()), [ev('a', '2026-11-24T17:00:00.000Z')]).ledger;
    const e = ok.events[0]!;
    for (const bad of [
      { ...ok, version: 2 },
      { ...ok, events: [e, e] },
      { ...ok, events: [{ ...e, start: 'tomorrow' }] },
      { ...ok, events: [{ ...e, end: e.start }] },
      { ...ok, events: [{ ...e, sequence: -1 }] },
      { ...ok, events: [{ ...e, allDay: true }] },
      { ...ok, events: [{ ...e, extra: 1 }] },
      { ...ok, events: [{ ...e, lastModified: 'yesterday' }] },
      { ...ok, extra: 1 },
    ]) {
      expect(LedgerSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });
});
