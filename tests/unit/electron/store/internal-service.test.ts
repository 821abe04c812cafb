/**
 * The store host's main-only channels (electron/store/internal-service.ts) on fake-indexeddb:
 * what the reminder scheduler reads each check, and how deliveries and the last check time are
 * recorded. Also: the port serves these channels only when main's internal handlers are given.
 */
import { describe, expect, it } from 'vitest';
import { dumpAll } from '../../../../electron/store/backup-store';
import { createInternalService, SCHEDULER_STATE_KEY } from '../../../../electron/store/internal-service';
import { answer } from '../../../../electron/store/port-server';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../shared/domain/reminder-settings';
import { internalChannels, isInternalChannel } from '../../../../shared/ipc/internal';
import { CHANNEL_NAMES, isChannel } from '../../../../shared/ipc/names';
import { formatIsoDate, instantToLocal, mondayOf } from '../../../../shared/planner/time';
import { BERLIN_AVAILABILITY, PROFILE, setupService } from './setup';

const NOW = '2026-11-23T09:30:00Z'; // a Monday
// Plans start on the day they are made here: a week before a plan's start has no sessions.
const NOW_DAY = NOW.slice(0, 10);
/** Monday of a session's week in Berlin, the zone every test here plans in. */
const weekOf = (startUtc: string) => formatIsoDate(mondayOf(instantToLocal('Europe/Berlin', Date.parse(startUtc)).day));
const availability = BERLIN_AVAILABILITY;

function setup() {
  const service = setupService(NOW);
  const internal = createInternalService({
    db: service.db,
    certName: (id) => service.pack.certifications.find((c) => c.id === id)?.name,
  });
  return { ...service, internal };
}

async function inputs(internal: ReturnType<typeof setup>['internal'], nowUtc = NOW, fallbackTimeZone = 'America/New_York') {
  const result = await internal['reminders:inputs']({ nowUtc, fallbackTimeZone });
  if (!result.ok) throw new Error(result.error.message);
  // Main validates the reply against the internal contract; so does this test.
  return internalChannels['reminders:inputs'].response.parse(result.value);
}

const berlin = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

describe('internal contract', () => {
  it('shares no channel name with the renderer contract', () => {
    expect(CHANNEL_NAMES.filter((c) => isInternalChannel(c))).toEqual([]);
    expect(isChannel('reminders:inputs')).toBe(false);
    expect(isChannel('reminders:mark-delivered')).toBe(false);
    expect(isChannel('calendar:sessions')).toBe(false);
  });
});

describe('reminders:inputs', () => {
  it('on a fresh install: default settings, no plan, no last check, the fallback zone', async () => {
    const { internal } = setup();
    expect(await inputs(internal)).toEqual({
      timeZone: 'America/New_York',
      hasPlan: false,
      settings: DEFAULT_REMINDER_SETTINGS,
      sessions: [],
      exams: [],
      certifications: [],
      delivered: [],
      lastCheckUtc: null,
      reviewDueUtc: [],
    });
  });

  it('schedules the current and next week in the learner\'s own zone when nothing is stored', async () => {
    const { handlers, internal } = setup();
    await handlers['profile:save']({ ...PROFILE, startDate: NOW_DAY, weeklyHours: 5, availability });
    const value = await inputs(internal);
    expect(value.timeZone).toBe('Europe/Berlin'); // the learner's zone beats the fallback
    expect(value.hasPlan).toBe(true);
    const weeks = new Set(value.sessions.map((s) => weekOf(s.startUtc)));
    expect([...weeks].sort()).toEqual(['2026-11-23', '2026-11-30']);
    for (const s of value.sessions) {
      expect(berlin(s.startUtc)).toMatch(/^(Mon|Wed) (18|19):|^Sat (09|1[0-2]):/);
      expect(berlin(s.startUtc)).toContain(s.localStart);
    }
    // Nothing is written by reading: the calendar still schedules the week when it is opened.
    expect(await handlers['week:get']({ weekStart: '2026-11-23' })).toMatchObject({ ok: true });
  });

  it('uses a stored week as the calendar shows it: moved sessions moved, done and skipped ones left out', async () => {
    const { handlers, internal } = setup();
    await handlers['profile:save']({ ...PROFILE, startDate: NOW_DAY, weeklyHours: 5, availability });
    const week = await handlers['week:get']({ weekStart: '2026-11-23' });
    if (!week.ok) throw new Error(week.error.message);
    const [a, b, c, ...rest] = week.value.sessions;
    if (!a || !b || !c) throw new Error('need three sessions');
    await handlers['session:update']({ id: a.id, status: 'done' });
    await handlers['session:update']({ id: b.id, status: 'skipped' });
    const moved = new Date(Date.parse(c.startUtc) + 30 * 60_000).toISOString();
    expect(await handlers['session:update']({ id: c.id, startUtc: moved })).toMatchObject({ ok: true });

    const value = await inputs(internal);
    const current = value.sessions.filter((s) => weekOf(s.startUtc) === '2026-11-23');
    expect(current.map((s) => s.id).sort()).toEqual([c.id, ...rest.map((s) => s.id)].sort());
    expect(current.find((s) => s.id === c.id)?.startUtc).toBe(moved);
    expect(value.sessions.some((s) => weekOf(s.startUtc) === '2026-11-30')).toBe(true); // next week: generated
  });

  it('lists booked exams at 09:00 local on their date and passed certifications with their expiry', async () => {
    const { handlers, internal } = setup();
    await handlers['profile:save']({ ...PROFILE, startDate: NOW_DAY, availability });
    const booked = await handlers['certification:update']({ certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate: '2027-06-14', passedOn: null, spentUsd: 150 });
    expect(booked).toMatchObject({ ok: true });
    await handlers['certification:update']({ certId: 'cert.gcp.pmle', status: 'passed', examDate: null, passedOn: '2025-01-15', spentUsd: 200 });
    await handlers['certification:update']({ certId: 'cert.databricks.ml-associate', status: 'studying', examDate: null, passedOn: null, spentUsd: 0 });
    const value = await inputs(internal);
    expect(value.exams).toEqual([{ certId: 'cert.aws.mla-c01', examDateUtc: '2027-06-14T07:00:00.000Z', certName: expect.any(String) }]);
    expect(value.certifications).toEqual([{ certId: 'cert.gcp.pmle', expiresOnUtc: '2027-01-15', certName: expect.any(String) }]);
  });

  it('returns the stored reminder settings', async () => {
    const { handlers, internal } = setup();
    const reminders = { ...DEFAULT_REMINDER_SETTINGS, quietHours: { start: '22:00', end: '07:00' }, sessionLeadMinutes: null };
    await handlers['settings:update']({ reminders });
    expect((await inputs(internal)).settings).toEqual(reminders);
  });
});

describe('calendar:sessions', () => {
  const weeks = ['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07'];
  async function calendar(internal: ReturnType<typeof setup>['internal'], weekStarts = weeks, nowUtc = NOW) {
    const result = await internal['calendar:sessions']({ nowUtc, fallbackTimeZone: 'America/New_York', weekStarts });
    if (!result.ok) throw new Error(result.error.message);
    return internalChannels['calendar:sessions'].response.parse(result.value).sessions;
  }

  it('previews weeks not opened yet exactly as week:get then stores them, without storing anything', async () => {
    const { handlers, internal, db } = setup();
    await handlers['profile:save']({ ...PROFILE, startDate: NOW_DAY, weeklyHours: 5, availability });
    const preview = await calendar(internal);
    expect(await db.sessions.count()).toBe(0);
    // The week before today's is never back-filled; this week and the next two are previewed.
    expect([...new Set(preview.map((s) => s.weekStart))]).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);
    expect(preview.map((s) => s.startUtc)).toEqual([...preview.map((s) => s.startUtc)].sort());
    const opened = [];
    for (const weekStart of weeks.slice(1)) {
      const week = await handlers['week:get']({ weekStart });
      if (!week.ok) throw new Error(week.error.message);
      opened.push(...week.value.sessions);
    }
    expect(preview).toEqual(opened);
  });

  it('a re-plan reshapes previewed weeks and the untouched sessions of opened ones; a moved session stays', async () => {
    const { handlers, internal } = setup();
    await handlers['profile:save']({ ...PROFILE, startDate: NOW_DAY, weeklyHours: 3, availability });
    const week = await handlers['week:get']({ weekStart: '2026-11-30' });
    if (!week.ok) throw new Error(week.error.message);
    const first = week.value.sessions[0]!;
    const moved = new Date(Date.parse(first.startUtc) + 30 * 60_000).toISOString();
    expect(await handlers['session:update']({ id: first.id, startUtc: moved })).toMatchObject({ ok: true });
    const before = await calendar(internal);

    await handlers['profile:save']({ ...PROFILE, startDate: NOW_DAY, weeklyHours: 8, availability });
    const after = await calendar(internal);
    const minutes = (list: typeof after, weekStart: string) => list.filter((s) => s.weekStart === weekStart).reduce((sum, s) => sum + s.minutes, 0);
    expect(minutes(before, '2026-12-07')).toBeLessThanOrEqual(3 * 60);
    expect(minutes(after, '2026-12-07')).toBeGreaterThan(3 * 60);
    // The opened week follows the new weekly hours too, around the session the learner moved.
    expect(minutes(after, '2026-11-30')).toBeGreaterThan(minutes(before, '2026-11-30'));
    expect(minutes(after, '2026-11-30')).toBeLessThanOrEqual(8 * 60);
    expect(after.find((s) => s.id === first.id)).toMatchObject({ startUtc: moved, movedFromUtc: first.startUtc });
    const others = after.filter((s) => s.weekStart === '2026-11-30' && s.id !== first.id);
    for (const s of others) expect(Date.parse(s.startUtc) >= Date.parse(moved) + first.minutes * 60_000 || Date.parse(s.endUtc) <= Date.parse(moved)).toBe(true);
  });

  it('refuses a week start that is not a Monday, and answers not-found without a plan', async () => {
    const { handlers, internal } = setup();
    expect(await internal['calendar:sessions']({ nowUtc: NOW, fallbackTimeZone: 'UTC', weekStarts: ['2026-11-23'] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await handlers['profile:save']({ ...PROFILE, startDate: NOW_DAY, availability });
    expect(await internal['calendar:sessions']({ nowUtc: NOW, fallbackTimeZone: 'UTC', weekStarts: ['2026-11-23', '2026-11-24'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', issues: [{ path: 'weekStarts[1]', message: 'Week start must be a Monday.' }] },
    });
  });
});

describe('reminders:mark-delivered', () => {
  it('records new ids and the check time together, and answers only the ids it recorded', async () => {
    const { db, internal } = setup();
    const first = await internal['reminders:mark-delivered']({
      checkUtc: '2026-11-22T17:00:00Z',
      deliveries: [
        { reminderId: 'digest.2026-11-22', kind: 'digest' },
        { reminderId: 'digest.2026-11-22', kind: 'digest' },
      ],
    });
    expect(first).toEqual({ ok: true, value: { recorded: ['digest.2026-11-22'], checkUtc: '2026-11-22T17:00:00.000Z' } });
    const second = await internal['reminders:mark-delivered']({
      checkUtc: '2026-11-23T09:00:00Z',
      deliveries: [
        { reminderId: 'digest.2026-11-22', kind: 'digest' },
        { reminderId: 'session.session.2026-11-23.1.2026-11-23T17:00:00.000Z', kind: 'session' },
      ],
    });
    expect(second.ok && second.value.recorded).toEqual(['session.session.2026-11-23.1.2026-11-23T17:00:00.000Z']);
    // The first delivery keeps its original time.
    expect(await db.reminderLog.get('digest.2026-11-22')).toEqual({ reminderId: 'digest.2026-11-22', kind: 'digest', deliveredAt: '2026-11-22T17:00:00.000Z' });
    const value = await inputs(internal);
    expect(value.lastCheckUtc).toBe('2026-11-23T09:00:00.000Z');
    expect(value.delivered.sort((a, b) => a.reminderId.localeCompare(b.reminderId))).toEqual([
      { reminderId: 'digest.2026-11-22', deliveredAt: '2026-11-22T17:00:00.000Z' },
      { reminderId: 'session.session.2026-11-23.1.2026-11-23T17:00:00.000Z', deliveredAt: '2026-11-23T09:00:00.000Z' },
    ]);
  });

  it('replaces a delivery recorded by a clock that ran ahead, and stores an earlier check time', async () => {
    const { db, internal } = setup();
    // A check with the clock a month ahead folded this digest into its catch-up.
    await internal['reminders:mark-delivered']({ checkUtc: '2026-12-22T12:00:00Z', deliveries: [{ reminderId: 'digest.2026-12-06', kind: 'digest' }] });
    // The clock is corrected: the check time goes back with it.
    await internal['reminders:mark-delivered']({ checkUtc: '2026-11-22T12:01:00Z', deliveries: [] });
    expect((await inputs(internal, '2026-11-22T12:01:00Z')).lastCheckUtc).toBe('2026-11-22T12:01:00.000Z');
    // When the digest really comes due it is recorded (so shown) again, with its real time…
    const real = await internal['reminders:mark-delivered']({ checkUtc: '2026-12-06T17:00:00Z', deliveries: [{ reminderId: 'digest.2026-12-06', kind: 'digest' }] });
    expect(real.ok && real.value.recorded).toEqual(['digest.2026-12-06']);
    expect(await db.reminderLog.get('digest.2026-12-06')).toMatchObject({ deliveredAt: '2026-12-06T17:00:00.000Z' });
    // …and only once.
    const again = await internal['reminders:mark-delivered']({ checkUtc: '2026-12-06T17:01:00Z', deliveries: [{ reminderId: 'digest.2026-12-06', kind: 'digest' }] });
    expect(again.ok && again.value.recorded).toEqual([]);
  });

  it('stores the check time even when nothing was delivered, and forgets ids older than the lookback', async () => {
    const { internal } = setup();
    await internal['reminders:mark-delivered']({ checkUtc: '2026-10-01T09:00:00Z', deliveries: [{ reminderId: 'digest.2026-09-27', kind: 'digest' }] });
    await internal['reminders:mark-delivered']({ checkUtc: '2026-11-23T09:29:00Z', deliveries: [] });
    const value = await inputs(internal);
    expect(value.lastCheckUtc).toBe('2026-11-23T09:29:00.000Z');
    expect(value.delivered).toEqual([]); // 53 days old: can no longer come due
  });

  it('keeps the check time out of backups and loses it on a reset (the next check is a first run)', async () => {
    const { db, handlers, internal } = setup();
    await internal['reminders:mark-delivered']({ checkUtc: '2026-11-23T09:00:00Z', deliveries: [{ reminderId: 'digest.2026-11-22', kind: 'digest' }] });
    const dump = await dumpAll(db);
    expect(dump.settings).not.toHaveProperty('lastCheckUtc');
    expect(dump.reminderLog).toHaveLength(1);
    // The learner's settings row still matches its strict contract schema.
    expect(await handlers['settings:get']({})).toMatchObject({ ok: true });
    expect(await db.table('settings').get(SCHEDULER_STATE_KEY)).toEqual({ key: SCHEDULER_STATE_KEY, lastCheckUtc: '2026-11-23T09:00:00.000Z' });

    await handlers['data:reset']({ confirm: 'DELETE EVERYTHING' });
    const value = await inputs(internal);
    expect(value.lastCheckUtc).toBeNull();
    expect(value.delivered).toEqual([]);
  });
});

describe('port server', () => {
  it('serves internal channels only with main\'s internal handlers, validating the payload', async () => {
    const { handlers, internal } = setup();
    const request = { nowUtc: NOW, fallbackTimeZone: 'Europe/Berlin' };
    expect(await answer(handlers, 'reminders:inputs', request, internal)).toMatchObject({ ok: true, value: { hasPlan: false } });
    expect(await answer(handlers, 'reminders:inputs', request)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await answer(handlers, 'reminders:inputs', { nowUtc: 'soon', fallbackTimeZone: 'Mars/Base' }, internal)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', issues: [{ path: 'nowUtc' }, { path: 'fallbackTimeZone' }] },
    });
    expect(await answer(handlers, 'reminders:mark-delivered', { checkUtc: NOW, deliveries: [{ reminderId: 'x', kind: 'popup' }] }, internal)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    // Contract channels work as before with or without them.
    expect(await answer(handlers, 'profile:get', {}, internal)).toEqual({ ok: true, value: null });
  });
});
