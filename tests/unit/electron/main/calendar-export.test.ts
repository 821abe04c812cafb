import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarChannels, createCalendarExportService, weekStarts } from '../../../../electron/main/calendar-export';
import { fail, ok, type Result } from '../../../../shared/ipc/result';

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

function fakeStore(options: { plan?: boolean; failSessions?: boolean; badReply?: boolean } = {}) {
  const calls: { channel: string; payload: unknown }[] = [];
  return {
    calls,
    async request(channel: string, payload: unknown): Promise<Result<unknown>> {
      calls.push({ channel, payload });
      if (channel === 'plan:get') {
        return ok(options.plan === false ? null : { today: '2026-11-26', plan: { milestones: [{ id: 'phase.foundations.python-core', title: 'Python core' }] } });
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
      return fail('unknown-channel', channel);
    },
  };
}

let dir: string | null = null;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

describe('calendar export service', () => {
  it('asks calendar:sessions for 8 Mondays from the plan\'s today (never week:get, which stores weeks), then writes the file the dialog chose', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mle-ics-'));
    const target = path.join(dir, 'plan.ics');
    const store = fakeStore();
    let offeredName = '';
    const service = createCalendarExportService({
      store,
      now: () => new Date('2026-11-26T09:00:00Z'),
      timeZone: () => 'Not/AZone',
      dialogs: { chooseSavePath: async (name) => ((offeredName = name), target) },
    });
    const r = await calendarChannels(service)['calendar:export-ics']();
    expect(r).toEqual({ ok: true, value: { path: target, events: 3 } });
    expect(offeredName).toBe('mle-path-study-calendar-2026-11-26.ics');
    expect(store.calls.map((c) => c.channel)).toEqual(['plan:get', 'calendar:sessions', 'certification:list']);
    // An unknown zone from the computer falls back to UTC instead of failing the request.
    expect(store.calls[1]?.payload).toEqual({ nowUtc: '2026-11-26T09:00:00.000Z', fallbackTimeZone: 'UTC', weekStarts: weekStarts('2026-11-26', 8) });
    const text = await readFile(target, 'utf8');
    expect(text).toContain('SUMMARY:Study: Python core');
    expect(text).toContain('SUMMARY:Study session (MLE Path)');
    expect(text).toContain('SUMMARY:Exam: AWS Certified Machine Learning Engineer');
    expect(text).toContain('DTSTART;VALUE=DATE:20270111');
    expect(text).not.toContain('aif-c01'); // planned, not booked
  });

  it('a cancelled dialog writes nothing and answers null', async () => {
    const service = createCalendarExportService({ store: fakeStore(), now: () => new Date(), dialogs: { chooseSavePath: async () => null } });
    expect(await service.exportIcs()).toEqual({ ok: true, value: null });
  });

  it('without a plan, or when the store fails, says so before any dialog opens', async () => {
    let asked = false;
    const dialogs = { chooseSavePath: async () => ((asked = true), '/nowhere.ics') };
    const noPlan = await createCalendarExportService({ store: fakeStore({ plan: false }), now: () => new Date(), dialogs }).exportIcs();
    expect(noPlan).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('Save your profile first') } });
    const down = await createCalendarExportService({ store: fakeStore({ failSessions: true }), now: () => new Date(), dialogs }).exportIcs();
    expect(down).toMatchObject({ ok: false, error: { code: 'store-unavailable' } });
    const garbled = await createCalendarExportService({ store: fakeStore({ badReply: true }), now: () => new Date(), dialogs }).exportIcs();
    expect(garbled).toMatchObject({ ok: false, error: { code: 'invalid-reply' } });
    expect(asked).toBe(false);
  });

  it('a file that cannot be written comes back as an error naming the path', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mle-ics-'));
    const target = path.join(dir, 'missing-folder', 'plan.ics');
    const r = await createCalendarExportService({ store: fakeStore(), now: () => new Date(), dialogs: { chooseSavePath: async () => target } }).exportIcs();
    expect(r).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining(target) } });
  });

  it('weekStarts starts on the Monday of today\'s week', () => {
    expect(weekStarts('2026-11-29', 2)).toEqual(['2026-11-23', '2026-11-30']);
    expect(weekStarts('2026-11-23', 1)).toEqual(['2026-11-23']);
    expect(weekStarts('not a day', 1)).toBeNull();
  });
});
