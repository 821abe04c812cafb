import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeStoreCalls } from '../../../../support/main-handlers';
import { calendarChannels, createCalendarExportService, weekStarts } from '../../../../../electron/main/core/calendar-export';
import { CALENDAR_LEDGER_FILE, createCalendarLedgerFile, type CalendarLedgerStore } from '../../../../../electron/main/core/calendar-ledger-file';
import { DEFAULT_SETTINGS } from '../../../../../electron/store/db';
import { loadBuiltIn } from '../../../shared/content/helpers';
import { fail, ok, type Result } from '../../../../../shared/ipc/result';
import { lineProblems, parseCalendar } from '../../../../support/ical';

const session = (id: string, startUtc: string, weekStart: string, milestoneId: string | null = 'phase.foundations.python-core') => ({
  id,
  weekStart,
  startUtc,
  endUtc: new Date(Date.parse(startUtc) + 60 * 60_000).toISOString(),
  minutes: 60,
  milestoneId,
  status: 'planned' as const,
  loggedMinutes: 0,
  movedFromUtc: null,
});

/** The fake's plan view and certifications carry only what the calendar reads; these replies are full and checked. */
const CHECKED = ['calendar:sessions', 'settings:get'] as const;

/** The pack the store answers content:get with. */
const content = loadBuiltIn();

function fakeStore(options: { plan?: boolean; failSessions?: boolean; badReply?: boolean; badSettings?: boolean } = {}) {
  const calls: { channel: string; payload: unknown }[] = [];
  return {
    calls,
    async request(channel: string, payload: unknown): Promise<Result<unknown>> {
      calls.push({ channel, payload });
      if (channel === 'plan:get') {
        const plan = {
          timeZone: 'Europe/Berlin',
          milestones: [{ id: 'phase.foundations.python-core', phaseId: 'phase.foundations', title: 'Python core' }],
          phases: [{ id: 'phase.foundations', title: 'Foundations: Python, maths and data' }],
        };
        return ok(options.plan === false ? null : { today: '2026-11-26', plan });
      }
      if (channel === 'calendar:sessions') {
        if (options.failSessions) return fail('store-unavailable', 'The data store is restarting.');
        if (options.badReply) return ok({ sessions: [{ id: 'a' }] });
        return ok({ sessions: [session('a', '2026-11-23T17:30:00Z', '2026-11-23'), session('b', '2026-11-25T17:30:00Z', '2026-11-23', null)] });
      }
      if (channel === 'certification:list') {
        return ok([
          { certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate: '2027-01-11', passedOn: null, expiresOn: null, spentUsd: 150, updatedAt: '2026-11-01T00:00:00Z' },
          { certId: 'cert.aws.aif-c01', status: 'planned', examDate: '2026-12-01', passedOn: null, expiresOn: null, spentUsd: 0, updatedAt: '2026-11-01T00:00:00Z' },
        ]);
      }
      if (channel === 'content:get') return ok({ pack: content, origin: 'built-in' });
      if (channel === 'settings:get') {
        if (options.badSettings) return ok({ reminders: null });
        return ok({ ...DEFAULT_SETTINGS, reminders: { ...DEFAULT_SETTINGS.reminders, sessionLeadMinutes: 20 } });
      }
      return fail('unknown-channel', channel);
    },
  };
}

let dir: string | null = null;
let ledger: CalendarLedgerStore;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mle-ics-'));
  ledger = createCalendarLedgerFile(path.join(dir, CALENDAR_LEDGER_FILE), { now: () => new Date('2026-11-26T09:00:00Z') });
});
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

describe('calendar export service', () => {
  it('asks calendar:sessions for the 4 weeks before today\'s and 8 from it (never week:get, which stores weeks), then writes the file the dialog chose', async () => {
    const target = path.join(dir!, 'plan.ics');
    const store = fakeStore();
    let offeredName = '';
    const service = createCalendarExportService({
      store: fakeStoreCalls(store, CHECKED),
      ledger,
      now: () => new Date('2026-11-26T09:00:00Z'),
      timeZone: () => 'Not/AZone',
      dialogs: { chooseSavePath: async (name) => ((offeredName = name), target) },
    });
    const r = await calendarChannels(service)['calendar:export-ics']();
    expect(r).toEqual({ ok: true, value: { path: target, events: 3 } });
    expect(offeredName).toBe('mle-path-study-calendar-2026-11-26.ics');
    expect(store.calls.map((c) => c.channel)).toEqual(['plan:get', 'calendar:sessions', 'certification:list', 'settings:get', 'content:get']);
    // An unknown zone from the computer falls back to UTC instead of failing the request.
    const mondays = weekStarts('2026-11-26', 12, 4);
    expect(mondays?.[0]).toBe('2026-10-26');
    expect(mondays?.[4]).toBe('2026-11-23');
    expect(store.calls[1]?.payload).toEqual({ nowUtc: '2026-11-26T09:00:00.000Z', fallbackTimeZone: 'UTC', weekStarts: mondays });
    const text = await readFile(target, 'utf8');
    expect(lineProblems(text)).toEqual([]);
    const events = parseCalendar(text).events;
    expect(events.map((e) => e.summary)).toEqual(['Study: Python core', 'Study session (MLE Path)', 'Exam: AWS Certified Machine Learning Engineer – Associate']);
    expect(events[0]?.description).toContain('Phase: Foundations: Python, maths and data');
    expect(events[0]?.alarms.map((a) => a.trigger)).toEqual(['-PT20M']); // the learner's heads-up
    expect(events[2]).toMatchObject({ allDay: true, start: '2027-01-11' });
    expect(text).not.toContain('aif-c01'); // planned, not booked
    // The ledger went to disk before the file did.
    expect(JSON.parse(await readFile(path.join(dir!, CALENDAR_LEDGER_FILE), 'utf8')).events).toHaveLength(3);
  });

  it('a cancelled dialog writes nothing and answers null', async () => {
    const service = createCalendarExportService({ store: fakeStoreCalls(fakeStore(), CHECKED), ledger, now: () => new Date(), dialogs: { chooseSavePath: async () => null } });
    expect(await service.exportIcs()).toEqual({ ok: true, value: null });
  });

  it('without a plan, or when the store fails, says so before any dialog opens', async () => {
    let asked = false;
    const dialogs = { chooseSavePath: async () => ((asked = true), '/nowhere.ics') };
    const noPlan = await createCalendarExportService({ store: fakeStoreCalls(fakeStore({ plan: false }), CHECKED), ledger, now: () => new Date(), dialogs }).exportIcs();
    expect(noPlan).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('Save your profile first') } });
    const down = await createCalendarExportService({ store: fakeStoreCalls(fakeStore({ failSessions: true }), CHECKED), ledger, now: () => new Date(), dialogs }).exportIcs();
    expect(down).toMatchObject({ ok: false, error: { code: 'store-unavailable' } });
    const garbled = await createCalendarExportService({ store: fakeStoreCalls(fakeStore({ badReply: true }), CHECKED), ledger, now: () => new Date(), dialogs }).exportIcs();
    expect(garbled).toMatchObject({ ok: false, error: { code: 'invalid-reply' } });
    const badSettings = await createCalendarExportService({ store: fakeStoreCalls(fakeStore({ badSettings: true }), CHECKED), ledger, now: () => new Date(), dialogs }).exportIcs();
    expect(badSettings).toMatchObject({ ok: false, error: { code: 'invalid-reply', message: expect.stringContaining('settings:get') } });
    expect(asked).toBe(false);
  });

  it('a file that cannot be written comes back as an error naming the path', async () => {
    const target = path.join(dir!, 'missing-folder', 'plan.ics');
    const r = await createCalendarExportService({ store: fakeStoreCalls(fakeStore(), CHECKED), ledger, now: () => new Date(), dialogs: { chooseSavePath: async () => target } }).exportIcs();
    expect(r).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining(target) } });
  });

  it('weekStarts starts on the Monday of today\'s week', () => {
    expect(weekStarts('2026-11-29', 2)).toEqual(['2026-11-23', '2026-11-30']);
    expect(weekStarts('2026-11-23', 1)).toEqual(['2026-11-23']);
    expect(weekStarts('not a day', 1)).toBeNull();
    expect(weekStarts('2026-11-29', 3, 2)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
  });
});
