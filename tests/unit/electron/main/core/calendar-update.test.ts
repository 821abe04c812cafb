/**
 * The update sequence a subscribed calendar lives through: export → mark, skip → weeks pass →
 * move a session, change the heads-up, re-plan with other windows and hours, move the exam →
 * export, each file read by ical.js and applied the way an importing calendar applies it (by UID,
 * taking only a higher SEQUENCE, keeping whatever a file leaves out). The real store (planner
 * service and main-only channels on fake-indexeddb), the real calendar export and ledger file,
 * in Europe/Berlin and America/New_York over their spring DST change, with non-ASCII milestone
 * titles (as a translated content pack would have).
 *
 * After every file: nothing the calendar shows ahead differs from the sessions the week calendar
 * has (no ghost, nothing missing, each once at its time), nothing was ignored for a SEQUENCE that
 * did not grow, no two shown events overlap, every session sits in the learner's windows in local
 * time on both sides of the DST change, and no line is over 75 octets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { storeCalls } from '../../../../../electron/main/core/store-calls';
import { readStudyCalendar, weekStarts } from '../../../../../electron/main/core/calendar-export';
import { examUid, sessionUid } from '../../../../../electron/main/core/calendar-ics';
import { CALENDAR_LEDGER_FILE, createCalendarLedgerFile } from '../../../../../electron/main/core/calendar-ledger-file';
import { openPlannerDb } from '../../../../../electron/store/db';
import { createInternalService } from '../../../../../electron/store/internal-service';
import { createPlannerService } from '../../../../../electron/store/service';
import type { ContentPack } from '../../../../../shared/content/schema';
import type { WeeklyAvailability } from '../../../../../shared/domain/availability';
import type { StudySession } from '../../../../../shared/domain/records';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../../shared/domain/reminder-settings';
import { isInternalChannel } from '../../../../../shared/ipc/internal';
import { fail, type Result } from '../../../../../shared/ipc/result';
import { instantToLocal, parseTimeOfDay } from '../../../../../shared/planner/time';
import { lineProblems, parseCalendar, SubscribedCalendar, type ParsedEvent } from '../../../../support/ical';
import { loadBuiltIn } from '../../../shared/content/helpers';
import { PROFILE } from '../../store/setup';

const LONG_TITLE = 'Kern-Python — Übung 数学: Listen, Wörterbücher, Klassen und Dateien (数据结构与文件处理)';

/** The built-in pack with every milestone title in other scripts, one longer than a line. */
function translatedPack(): ContentPack {
  const pack = structuredClone(loadBuiltIn());
  for (const phase of pack.phases) {
    for (const m of phase.milestones) m.title = m.id === 'phase.foundations.python-core' ? LONG_TITLE : `${m.title} — Übung 数学`;
  }
  return pack;
}

const windows = (evening: string, eveningEnd: string, morning: string): WeeklyAvailability['windows'] => [
  { weekday: 0, start: evening, end: eveningEnd },
  { weekday: 2, start: evening, end: eveningEnd },
  { weekday: 5, start: morning, end: '12:00' },
];

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup(zone: string) {
  const db = openPlannerDb(new IDBFactory(), IDBKeyRange);
  let now = new Date('2027-02-01T07:00:00Z');
  const pack = translatedPack();
  const handlers = createPlannerService({ db, pack, now: () => now, emit: () => undefined });
  const internal = createInternalService({ db });
  // Main's store client, minus the MessagePort: a channel name and a payload in, a Result out.
  // The two handler maps are typed per channel; this test sends only payloads their contracts accept.
  const route = (channel: string): ((payload: unknown) => Promise<Result<unknown>>) | undefined =>
    (isInternalChannel(channel) ? internal[channel] : (handlers as Record<string, unknown>)[channel]) as ((payload: unknown) => Promise<Result<unknown>>) | undefined;
  const store = {
    async request(channel: string, payload: unknown): Promise<Result<unknown>> {
      const handler = route(channel);
      return handler ? handler(payload) : fail('unknown-channel', channel);
    },
  };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mle-update-'));
  dirs.push(dir);
  const ledger = createCalendarLedgerFile(path.join(dir, CALENDAR_LEDGER_FILE), { now: () => now });

  async function call<T>(channel: string, payload: unknown): Promise<T> {
    const r = await store.request(channel, payload);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as T;
  }

  return {
    call,
    setNow(iso: string) {
      now = new Date(iso);
    },
    nowMs: () => now.getTime(),
    async exportFile(): Promise<string> {
      const built = await readStudyCalendar({ store: storeCalls(store), ledger, now: () => now, timeZone: () => zone });
      if (!built.ok) throw new Error(built.error.message);
      expect(lineProblems(built.value.text)).toEqual([]);
      return built.value.text;
    },
    /** What the week calendar has for the file's 12 weeks, as calendar:sessions answers it. */
    async weekSessions(): Promise<StudySession[]> {
      const { today } = await call<{ today: string }>('plan:get', {});
      const mondays = weekStarts(today, 12, 4);
      return (await call<{ sessions: StudySession[] }>('calendar:sessions', { nowUtc: now.toISOString(), fallbackTimeZone: zone, weekStarts: mondays })).sessions;
    },
  };
}

type Harness = ReturnType<typeof setup>;

function insideWindows(zone: string, e: ParsedEvent, available: WeeklyAvailability['windows']): boolean {
  const start = instantToLocal(zone, Date.parse(e.start));
  const end = instantToLocal(zone, Date.parse(e.end));
  return available.some(
    (w) => w.weekday === start.weekday && start.day === end.day && start.minutes >= parseTimeOfDay(w.start)! && end.minutes <= parseTimeOfDay(w.end)!,
  );
}

/** Applies a file and checks what the calendar then shows against the week calendar. */
async function applyAndCheck(h: Harness, calendar: SubscribedCalendar, text: string, zone: string, available: WeeklyAvailability['windows'], movedIds: ReadonlySet<string> = new Set()) {
  expect(calendar.apply(text)).toEqual([]); // no change lost to a SEQUENCE that did not grow
  const now = h.nowMs();
  const sessions = await h.weekSessions();
  const shownSessions = calendar.shown().filter((e) => !e.allDay);

  // Ahead: exactly the week calendar's sessions, each once, at its time.
  const expected = new Map(sessions.filter((s) => s.status !== 'skipped' && Date.parse(s.startUtc) >= now).map((s) => [sessionUid(s.id), [new Date(s.startUtc).toISOString(), new Date(s.endUtc).toISOString()]]));
  const ahead = new Map(shownSessions.filter((e) => Date.parse(e.start) >= now).map((e) => [e.uid, [e.start, e.end]]));
  expect(ahead).toEqual(expected);
  // Opened weeks behind: what the learner did, skipped ones withdrawn.
  for (const s of sessions.filter((x) => Date.parse(x.startUtc) < now)) {
    expect(calendar.events.get(sessionUid(s.id))?.status, s.id).toBe(s.status === 'skipped' ? 'CANCELLED' : 'CONFIRMED');
  }
  // Nothing shown twice: no two events overlap.
  const sorted = [...shownSessions].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < sorted.length; i += 1) expect(sorted[i]!.start >= sorted[i - 1]!.end, `${sorted[i - 1]!.uid} overlaps ${sorted[i]!.uid}`).toBe(true);
  // Local wall-clock times stay inside the windows, on both sides of the DST change.
  for (const e of shownSessions.filter((x) => Date.parse(x.start) >= now)) {
    if (movedIds.has(e.uid)) continue;
    expect(insideWindows(zone, e, available), `${e.uid} ${e.start}`).toBe(true);
  }
  return { sessions, shownSessions };
}

describe.each([
  { zone: 'Europe/Berlin', dstDay: '2027-03-28' },
  { zone: 'America/New_York', dstDay: '2027-03-14' },
])('calendar updates in $zone', ({ zone, dstDay }) => {
  it('export → mark and skip → weeks pass → move, heads-up, re-plan, new exam date → export: no ghost, every change taken', async () => {
    const h = setup(zone);
    const calendar = new SubscribedCalendar();
    const first = { timeZone: zone, windows: windows('18:30', '20:30', '09:00'), sessionMinutes: { min: 45, max: 120 } };
    await h.call('profile:save', { ...PROFILE, startDate: '2027-02-01', weeklyHours: 6, availability: first });
    const plan = await h.call<{ plan: { certifications: { certId: string }[] } }>('plan:get', {});
    const certId = plan.plan.certifications[0]!.certId;
    await h.call('certification:update', { certId, status: 'exam-booked', examDate: '2027-04-12', passedOn: null, spentUsd: 150 });

    // 1. The first file: the next 8 weeks and the exam.
    const file1 = await h.exportFile();
    await applyAndCheck(h, calendar, file1, zone, first.windows);
    const titles = new Set(parseCalendar(file1).events.map((e) => e.summary));
    expect(titles.has(`Study: ${LONG_TITLE}`)).toBe(true); // read back whole across folded lines
    expect(calendar.events.get(examUid(certId))).toMatchObject({ allDay: true, start: '2027-04-12', status: 'CONFIRMED' });

    // 2. This week opened: one session done, one skipped.
    const week = await h.call<{ sessions: StudySession[] }>('week:get', { weekStart: '2027-02-01' });
    const [done, skipped] = week.sessions;
    await h.call('session:update', { id: done!.id, status: 'done' });
    await h.call('session:update', { id: skipped!.id, status: 'skipped' });
    await applyAndCheck(h, calendar, await h.exportFile(), zone, first.windows);
    expect(calendar.events.get(sessionUid(skipped!.id))?.status).toBe('CANCELLED');
    expect(calendar.events.get(sessionUid(done!.id))).toMatchObject({ status: 'CONFIRMED', alarms: [] });

    // 3. A month later (weeks in between never opened): the past stays as it was announced.
    const shownBefore = calendar.shown().filter((e) => e.start >= '2027-02-08' && e.start < '2027-03-01');
    expect(shownBefore.length).toBeGreaterThan(4);
    h.setNow('2027-03-03T07:00:00Z');
    const file3 = await h.exportFile();
    await applyAndCheck(h, calendar, file3, zone, first.windows);
    const inFile3 = new Map(parseCalendar(file3).events.map((e) => [e.uid, e]));
    for (const e of shownBefore) expect(inFile3.get(e.uid), e.uid).toMatchObject({ status: 'CONFIRMED', start: e.start });
    // The file reaches across the DST change, and 18:30 stays 18:30 local on both sides.
    const dst = Date.parse(`${dstDay}T12:00:00Z`);
    const ahead = calendar.shown().filter((e) => !e.allDay && Date.parse(e.start) > h.nowMs());
    expect(ahead.some((e) => Date.parse(e.start) < dst) && ahead.some((e) => Date.parse(e.start) > dst)).toBe(true);
    const utcTimes = (before: boolean) => new Set(ahead.filter((e) => (Date.parse(e.start) < dst) === before && instantToLocal(zone, Date.parse(e.start)).time === '18:30').map((e) => e.start.slice(11, 16)));
    expect([...utcTimes(true)]).toHaveLength(1);
    expect([...utcTimes(false)]).toHaveLength(1);
    expect(utcTimes(true)).not.toEqual(utcTimes(false));

    // 4. Move a session in an opened week, a longer heads-up, other windows and fewer hours, a new exam date.
    const opened = await h.call<{ sessions: StudySession[] }>('week:get', { weekStart: '2027-03-08' });
    const mover = opened.sessions[0]!;
    const movedTo = new Date(Date.parse(mover.startUtc) + 24 * 3_600_000).toISOString();
    await h.call('session:update', { id: mover.id, startUtc: movedTo });
    await h.call('settings:update', { reminders: { ...DEFAULT_REMINDER_SETTINGS, sessionLeadMinutes: 30 } });
    const second = { timeZone: zone, windows: windows('19:00', '21:00', '10:00'), sessionMinutes: { min: 45, max: 120 } };
    await h.call('profile:save', { ...PROFILE, startDate: '2027-02-01', weeklyHours: 3, availability: second });
    await h.call('certification:update', { certId, status: 'exam-booked', examDate: '2027-04-19', passedOn: null, spentUsd: 150 });
    const aheadBefore = new Set(calendar.shown().filter((e) => !e.allDay && Date.parse(e.start) >= h.nowMs()).map((e) => e.uid));

    const file4 = await h.exportFile();
    const { sessions } = await applyAndCheck(h, calendar, file4, zone, [...second.windows, ...first.windows], new Set([sessionUid(mover.id)]));
    // The moved session: the same event, once, at its new time.
    expect(calendar.shown().filter((e) => e.uid === sessionUid(mover.id)).map((e) => e.start)).toEqual([movedTo]);
    expect(calendar.shown().filter((e) => e.start === new Date(mover.startUtc).toISOString())).toEqual([]);
    // Sessions the re-plan dropped are cancelled in the file itself, not just missing.
    const kept = new Set(sessions.map((s) => sessionUid(s.id)));
    const dropped = [...aheadBefore].filter((uid) => !kept.has(uid));
    expect(dropped.length).toBeGreaterThan(0);
    const inFile4 = new Map(parseCalendar(file4).events.map((e) => [e.uid, e]));
    for (const uid of dropped) expect(inFile4.get(uid)?.status, uid).toBe('CANCELLED');
    // Every untouched session ahead now sits in the new windows, with the new heads-up.
    const newAhead = calendar.shown().filter((e) => !e.allDay && Date.parse(e.start) >= h.nowMs() && e.uid !== sessionUid(mover.id));
    expect(newAhead.length).toBeGreaterThan(0);
    for (const e of newAhead) {
      expect(insideWindows(zone, e, second.windows), e.start).toBe(true);
      expect(e.alarms.map((a) => a.trigger)).toEqual(['-PT30M']);
    }
    // The exam moved: one event, the new day.
    expect(calendar.shown().filter((e) => e.allDay)).toMatchObject([{ uid: examUid(certId), start: '2027-04-19', end: '2027-04-20' }]);

    // 5. No change: the same file, byte for byte.
    expect(await h.exportFile()).toBe(file4);
  });
});
