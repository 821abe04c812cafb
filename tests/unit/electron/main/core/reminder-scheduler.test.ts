/**
 * The reminder scheduler with a fake clock, a recording notifier and the real store service
 * (planner + internal handlers behind the real port-server `answer`) on fake-indexeddb. A
 * "restart" is a new scheduler on the same database, exactly as after quitting the app.
 */
import { describe, expect, it } from 'vitest';
import { storeCalls, type StoreTransport } from '../../../../../electron/main/core/store-calls';
import { recordingRouter } from '../../../../support/main-handlers';
import {
  createReminderScheduler,
  DEFAULT_CHECK_INTERVAL_MS,
  navigationFor,
  type ReminderScheduler,
  type SchedulerClock,
} from '../../../../../electron/main/core/reminder-scheduler';
import { computerZone, createInternalService } from '../../../../../electron/store/internal-service';
import { answer } from '../../../../../electron/store/port-server';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../../../../shared/domain/reminder-settings';
import { events } from '../../../../../shared/ipc/contract';
import { fail, type Result } from '../../../../../shared/ipc/result';
import type { Reminder } from '../../../../../shared/planner/reminders';
import { sessionRefOf } from '../../../../../electron/main/core/notification-routing';
import { runSessionAction } from '../../../../../electron/main/core/session-actions';
import { createDisplayFormat } from '../../../../../shared/locale/display-format';
import { BERLIN_AVAILABILITY, PROFILE, ROOMY_EVENINGS, setupService } from '../../store/setup';

const MINUTE = 60_000;

/** setInterval that fires only when the test says so; `now` moves only when the test moves it. */
class FakeClock implements SchedulerClock {
  private timers = new Map<number, { fn: () => void; ms: number }>();
  private nextId = 1;
  intervalsCreated: number[] = [];
  constructor(public t: number) {}
  now = () => this.t;
  setInterval = (fn: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.set(id, { fn, ms });
    this.intervalsCreated.push(ms);
    return id;
  };
  clearInterval = (handle: unknown) => {
    this.timers.delete(handle as number);
  };
  get activeTimers(): number {
    return this.timers.size;
  }
  /** What an interval timer does when its time comes (or once, overdue, right after a wake-up). */
  fire(): void {
    for (const { fn } of [...this.timers.values()]) fn();
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

interface Shown {
  at: string;
  reminder: Reminder;
}

function setupApp(options: { start: string; zone: string; serviceNow?: string; pageZone?: () => string; locale?: string }) {
  const service = setupService(options.serviceNow ?? '2026-03-01T09:00:00Z');
  const internal = createInternalService({ db: service.db, ...(options.pageZone ? { systemTimeZone: options.pageZone } : {}) });
  const clock = new FakeClock(Date.parse(options.start));
  let zone = options.zone;
  const shown: Shown[] = [];
  const logs: string[] = [];
  /** Store calls and notifications in order, to check "mark first, then show". */
  const trace: string[] = [];
  const realStore: StoreTransport = {
    async request(channel, payload) {
      trace.push(channel);
      // structuredClone: the MessagePort copies both ways, so nothing is shared by reference.
      return structuredClone(await answer(service.handlers, channel, structuredClone(payload), internal));
    },
  };
  let store: StoreTransport = realStore;
  const schedulers: ReminderScheduler[] = [];

  function launch(): ReminderScheduler {
    const scheduler = createReminderScheduler({
      clock,
      store: storeCalls({ request: (channel, payload) => store.request(channel, payload) }),
      notifier: {
        show(reminder) {
          trace.push(`show ${reminder.id}`);
          shown.push({ at: iso(clock.t), reminder });
        },
      },
      timeZone: () => zone,
      log: (m) => logs.push(m),
      ...(options.locale ? { format: () => createDisplayFormat([options.locale ?? '']) } : {}),
    });
    schedulers.push(scheduler);
    scheduler.start();
    return scheduler;
  }

  async function settle(): Promise<void> {
    for (const s of schedulers) await s.idle();
  }

  return {
    ...service,
    clock,
    shown,
    logs,
    trace,
    realStore,
    launch,
    settle,
    setZone: (z: string) => {
      zone = z;
    },
    setStore: (s: StoreTransport) => {
      store = s;
    },
    /** The app is running: one interval tick per minute up to `until`. */
    async runUntil(until: string) {
      const end = Date.parse(until);
      while (clock.t + MINUTE <= end) {
        clock.t += MINUTE;
        clock.fire();
        await settle();
      }
    },
    /** The machine sleeps (no timers run), then wakes: the overdue tick fires once. */
    async sleepUntil(until: string) {
      clock.t = Date.parse(until);
      clock.fire();
      await settle();
    },
    async setReminders(patch: Partial<ReminderSettings>) {
      const result = await service.handlers['settings:update']({ reminders: { ...DEFAULT_REMINDER_SETTINGS, ...patch } });
      if (!result.ok) throw new Error(result.error.message);
    },
    async log() {
      return (await service.db.reminderLog.toArray()).map((r) => r.reminderId).sort();
    },
  };
}

const berlinAvailability = BERLIN_AVAILABILITY;

// Each case runs ~130 real checks against fake-indexeddb: allow for a busy machine.
describe('weekly digest across DST changes', { timeout: 30_000 }, () => {
  it.each([
    // zone, a Sunday before the change, its 18:00 in UTC, the Sunday of the change, its 18:00 in UTC
    { zone: 'America/New_York', before: '2026-10-25', beforeUtc: '2026-10-25T22:00:00.000Z', after: '2026-11-01', afterUtc: '2026-11-01T23:00:00.000Z' },
    { zone: 'Europe/Berlin', before: '2026-03-22', beforeUtc: '2026-03-22T17:00:00.000Z', after: '2026-03-29', afterUtc: '2026-03-29T16:00:00.000Z' },
  ])('fires at 18:00 local in $zone on both sides of the change', async ({ zone, before, beforeUtc, after, afterUtc }) => {
    const at = (utc: string, deltaMinutes: number) => iso(Date.parse(utc) + deltaMinutes * MINUTE);
    // Minute ticks from an hour before: the exact minute is asserted, so a digest computed with the
    // offset from the other side of the change (an hour early or late) fails either way.
    const app = setupApp({ start: at(beforeUtc, -61), zone, serviceNow: '2026-02-01T09:00:00Z' });
    await app.handlers['profile:save'](PROFILE); // no availability: the computer's zone is the learner's
    await app.setReminders({ sessionLeadMinutes: null });
    app.launch();
    await app.runUntil(at(beforeUtc, 5));
    expect(app.shown.map((s) => [s.at, s.reminder.id])).toEqual([[beforeUtc, `digest.${before}`]]);

    // A week later (asleep in between: nothing was due), the clocks have changed.
    await app.sleepUntil(at(afterUtc, -61));
    await app.runUntil(at(afterUtc, 5));
    expect(app.shown.map((s) => [s.at, s.reminder.id])).toEqual([
      [beforeUtc, `digest.${before}`],
      [afterUtc, `digest.${after}`],
    ]);
    expect(app.shown[1]?.reminder).toMatchObject({ kind: 'digest', title: 'Your study week ahead', target: { screen: 'week' } });
  });
});

describe('wording', () => {
  it("words the digest in main's display format: the learner's locale", async () => {
    const app = setupApp({ start: '2026-11-01T16:58:00Z', zone: 'Europe/Berlin', serviceNow: '2026-10-01T09:00:00Z', locale: 'de-DE' });
    await app.handlers['profile:save']({ ...PROFILE, startDate: '2026-10-05' });
    await app.setReminders({ sessionLeadMinutes: null });
    app.launch();
    await app.runUntil('2026-11-01T17:05:00Z');
    expect(app.shown.map((s) => s.reminder.body)).toEqual([expect.stringMatching(/planned for the week of Mo\., 2\. Nov\. 2026\.$/)]);
  });
});

describe('time zone changes', () => {
  it('a change of the computer\'s zone is picked up at the next tick and the digest follows the new zone', async () => {
    const app = setupApp({ start: '2026-11-08T16:00:00Z', zone: 'America/New_York' }); // Sunday 11:00 in New York
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null });
    app.launch();
    await app.runUntil('2026-11-08T16:30:00Z');
    app.setZone('Europe/Berlin'); // the learner landed in Berlin: it is 17:30 there
    await app.runUntil('2026-11-08T17:10:00Z');
    expect(app.logs).toContain('time zone changed from America/New_York to Europe/Berlin; rescanning.');
    expect(app.shown.map((s) => [s.at, s.reminder.id])).toEqual([['2026-11-08T17:00:00.000Z', 'digest.2026-11-08']]);

    // Flying back the same day: 18:00 in New York is the same digest, already delivered.
    app.setZone('America/New_York');
    await app.sleepUntil('2026-11-08T23:05:00Z');
    expect(app.shown).toHaveLength(1);
  });

  it('main\'s own zone may stay at its start value (macOS), but the store page follows the system: the digest follows the page', async () => {
    let pageZone = 'America/New_York';
    const app = setupApp({ start: '2026-11-08T16:00:00Z', zone: 'America/New_York', pageZone: () => pageZone });
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null });
    app.launch();
    await app.runUntil('2026-11-08T16:30:00Z');
    pageZone = 'Europe/Berlin'; // the system zone changed; main's Node still says New York
    await app.runUntil('2026-11-08T17:10:00Z');
    expect(app.shown.map((s) => [s.at, s.reminder.id])).toEqual([['2026-11-08T17:00:00.000Z', 'digest.2026-11-08']]);
    // A page that cannot say (an invalid answer) leaves main's zone in charge.
    expect(computerZone(() => 'Not/AZone', 'Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(computerZone(() => {
      throw new Error('no Intl');
    }, 'Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(computerZone(undefined, 'Asia/Tokyo')).toBe('Asia/Tokyo');
  });

  it('rescan() reads the zone again at once', async () => {
    const app = setupApp({ start: '2026-11-08T16:59:30Z', zone: 'America/New_York' });
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null });
    const scheduler = app.launch();
    await app.settle();
    app.clock.t = Date.parse('2026-11-08T17:00:10Z');
    app.setZone('Europe/Berlin');
    await scheduler.rescan('time-zone');
    expect(app.shown.map((s) => s.reminder.id)).toEqual(['digest.2026-11-08']);
  });
});

describe('sleep, restarts and exactly-once delivery', () => {
  it('a laptop asleep for three days wakes to one catch-up, not a burst', async () => {
    const app = setupApp({ start: '2026-11-22T12:00:00Z', zone: 'Europe/Berlin', serviceNow: '2026-11-22T12:00:00Z' });
    // The plan starts today: a week before a plan's start has no sessions to remind about.
    await app.handlers['profile:save']({ ...PROFILE, startDate: '2026-11-22', weeklyHours: 5, availability: berlinAvailability });
    const week = await app.handlers['week:get']({ weekStart: '2026-11-23' }); // the learner opened this week
    if (!week.ok) throw new Error(week.error.message);
    app.launch();
    await app.runUntil('2026-11-22T12:05:00Z');
    expect(app.shown).toEqual([]);

    await app.sleepUntil('2026-11-25T20:00:00Z'); // Wednesday 21:00 in Berlin
    expect(app.shown).toHaveLength(1);
    const [catchUp] = app.shown;
    expect(catchUp?.reminder.kind).toBe('catch-up');
    expect(catchUp?.reminder.title).toMatch(/^You missed \d+ reminders$/);
    const missed = Number(/\d+/.exec(catchUp?.reminder.title ?? '')?.[0]);
    expect(missed).toBeGreaterThanOrEqual(3); // Sunday's digest and the Monday and Wednesday sessions
    expect(catchUp?.reminder.body).toContain('Your study week ahead');
    const logged = await app.log();
    expect(logged).toContain('digest.2026-11-22');
    expect(logged).toContain(catchUp?.reminder.id);
    expect(logged.filter((id) => id.startsWith('session.'))).toHaveLength(missed - 1);

    await app.runUntil('2026-11-25T20:30:00Z'); // awake again: nothing repeats
    expect(app.shown).toHaveLength(1);
  });

  it('closed at the due time and started two hours later: one catch-up; started again: nothing', async () => {
    const app = setupApp({ start: '2026-11-22T16:00:00Z', zone: 'Europe/Berlin' });
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null });
    const first = app.launch();
    await app.runUntil('2026-11-22T16:30:00Z');
    await first.stop(); // quit before the 18:00 (17:00 UTC) digest
    expect(app.clock.activeTimers).toBe(0);

    app.clock.t = Date.parse('2026-11-22T19:00:00Z');
    const second = app.launch();
    await app.settle();
    expect(app.shown.map((s) => [s.reminder.kind, s.reminder.title, s.reminder.body])).toEqual([
      ['catch-up', 'You missed a reminder', 'Your study week ahead.'],
    ]);
    expect(app.shown[0]?.reminder.target).toEqual({ screen: 'week', weekStart: '2026-11-23' });
    await second.stop();

    app.launch(); // same database, same moment: everything is already recorded
    await app.settle();
    await app.runUntil('2026-11-22T19:05:00Z');
    expect(app.shown).toHaveLength(1);
    expect(await app.log()).toEqual(['catch-up.2026-11-22T17:00:00.000Z.1', 'digest.2026-11-22']);
  });

  it('started again within the grace period: the reminder itself, not a catch-up', async () => {
    const app = setupApp({ start: '2026-11-22T16:50:00Z', zone: 'Europe/Berlin' });
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null });
    await app.launch().stop();
    app.clock.t = Date.parse('2026-11-22T17:10:00Z'); // ten minutes late
    app.launch();
    await app.settle();
    expect(app.shown.map((s) => s.reminder.id)).toEqual(['digest.2026-11-22']);
  });

  it('shows only what its own check recorded: a racing second writer never causes a duplicate', async () => {
    const app = setupApp({ start: '2026-11-22T17:00:30Z', zone: 'Europe/Berlin' });
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null });
    app.setStore({
      async request(channel, payload) {
        // Another process (or a check that raced this one) records the same delivery first.
        if (channel === 'reminders:mark-delivered') await app.realStore.request(channel, payload);
        return app.realStore.request(channel, payload);
      },
    });
    app.launch();
    await app.settle();
    expect(app.shown).toEqual([]);
    expect(await app.log()).toEqual(['digest.2026-11-22']);
  });

  it("restoring an older backup shows nothing again: the delivery log and last check are this computer's", async () => {
    const app = setupApp({ start: '2026-11-22T16:00:00Z', zone: 'Europe/Berlin' });
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null });
    // The backup is taken before the digest was delivered, so its reminder history is empty.
    const backup = await app.realStore.request('backup:dump', {});
    if (!backup.ok) throw new Error(backup.error.message);
    const scheduler = app.launch();
    await app.runUntil('2026-11-22T17:00:00Z');
    expect(app.shown.map((s) => [s.at, s.reminder.id])).toEqual([['2026-11-22T17:00:00.000Z', 'digest.2026-11-22']]);

    const restored = await app.realStore.request('backup:replace', { data: backup.value });
    expect(restored.ok).toBe(true);
    await scheduler.rescan('restore'); // what main does after a restore
    await app.runUntil('2026-11-22T17:30:00Z');
    expect(app.shown).toHaveLength(1);
    expect(await app.log()).toEqual(['digest.2026-11-22']);
  });

  it('a fresh install reports no backlog and without a plan there is no digest', async () => {
    const app = setupApp({ start: '2026-11-22T16:55:00Z', zone: 'Europe/Berlin' });
    app.launch();
    await app.runUntil('2026-11-22T17:05:00Z');
    expect(app.shown).toEqual([]);
  });

  it('marks delivered before showing, and more than three due at once become one catch-up', async () => {
    const app = setupApp({ start: '2026-11-22T07:55:00Z', zone: 'Europe/Berlin', serviceNow: '2026-11-01T09:00:00Z' });
    await app.handlers['profile:save'](PROFILE);
    // Four exams on the same day: their 30-day countdowns are all due at 09:00 on 22 November.
    for (const certId of ['cert.aws.aif-c01', 'cert.aws.mla-c01', 'cert.gcp.pmle', 'cert.databricks.ml-associate']) {
      const r = await app.handlers['certification:update']({ certId, status: 'exam-booked', examDate: '2026-12-22', passedOn: null, spentUsd: 0 });
      if (!r.ok) throw new Error(r.error.message);
    }
    app.launch();
    await app.runUntil('2026-11-22T08:05:00Z');
    expect(app.shown).toHaveLength(1);
    expect(app.shown[0]?.reminder).toMatchObject({ kind: 'catch-up', title: 'You missed 4 reminders', target: { screen: 'certifications' } });
    const showAt = app.trace.indexOf(`show ${app.shown[0]?.reminder.id}`);
    expect(app.trace[showAt - 1]).toBe('reminders:mark-delivered');
    expect((await app.log()).filter((id) => id.startsWith('exam.'))).toHaveLength(4);
  });
});

describe('a reminder\'s buttons', () => {
  it('after "Snooze 1 hour" the old heads-up never comes again and the new one comes once, an hour later', async () => {
    const app = setupApp({ start: '2026-11-23T16:30:00Z', zone: 'Europe/Berlin', serviceNow: '2026-11-23T06:00:00Z' });
    await app.handlers['profile:save']({ ...PROFILE, weeklyHours: 2, startDate: '2026-11-23', availability: ROOMY_EVENINGS });
    await app.setReminders({ sessionLeadMinutes: 15 });
    const scheduler = app.launch();
    await app.runUntil('2026-11-23T16:50:00Z');
    const first = app.shown.map((s) => s.reminder);
    expect(first.map((r) => [r.kind, r.dueUtc])).toEqual([['session', '2026-11-23T16:45:00.000Z']]);

    // The learner presses Snooze 1 hour on it (the store now answers at the app's clock).
    app.setNow('2026-11-23T16:50:00Z');
    const ref = sessionRefOf(first[0]!.target)!;
    expect(await runSessionAction({ store: storeCalls(app.realStore), now: () => app.clock.t }, 'snooze', ref)).toMatchObject({ ok: true });
    await scheduler.rescan('plan:changed'); // main rescans on the store's plan:changed
    await app.runUntil('2026-11-23T19:30:00Z');
    expect(app.shown.map((s) => [s.at, s.reminder.id])).toEqual([
      ['2026-11-23T16:45:00.000Z', `session.${ref.sessionId}.2026-11-23T17:00:00.000Z`],
      ['2026-11-23T17:45:00.000Z', `session.${ref.sessionId}.2026-11-23T18:00:00.000Z`],
    ]);
    expect(app.shown[1]?.reminder.title).toBe('Study session in 15 minutes');
  });
});

describe('a wrong clock', { timeout: 30_000 }, () => {
  it('jumping ahead (ten days, then a month) and back consumes nothing: each digest comes when really due, exactly once', async () => {
    const app = setupApp({ start: '2026-11-22T12:00:00Z', zone: 'Europe/Berlin' });
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null });
    app.launch();
    await app.runUntil('2026-11-22T12:05:00Z');
    expect(app.shown).toEqual([]);

    // The clock jumps ten days ahead: the one check then folds the two digests it thinks it missed.
    await app.sleepUntil('2026-12-02T12:00:00Z');
    expect(app.shown.map((s) => s.reminder.title)).toEqual(['You missed 2 reminders']);
    expect(await app.log()).toEqual(expect.arrayContaining(['digest.2026-11-22', 'digest.2026-11-29']));

    // Corrected a minute later: nothing is shown, and the last check is the real time again.
    await app.sleepUntil('2026-11-22T12:06:00Z');
    expect(app.shown).toHaveLength(1);
    expect(await app.db.table('settings').get('reminder-scheduler')).toEqual({ key: 'reminder-scheduler', lastCheckUtc: '2026-11-22T12:06:00.000Z' });

    // Today's digest comes at 18:00 Berlin, although the early check had recorded it.
    await app.sleepUntil('2026-11-22T16:58:00Z');
    await app.runUntil('2026-11-22T17:05:00Z');
    expect(app.shown.slice(1).map((s) => [s.at, s.reminder.id])).toEqual([['2026-11-22T17:00:00.000Z', 'digest.2026-11-22']]);

    // Ahead again, a month this time, then back: what was really shown stays shown.
    await app.sleepUntil('2026-12-22T12:00:00Z');
    await app.sleepUntil('2026-11-22T17:06:00Z');
    await app.runUntil('2026-11-22T17:10:00Z');
    expect(app.shown.filter((s) => s.reminder.id === 'digest.2026-11-22')).toHaveLength(1);

    // A week later, really: that digest comes on time, once, though the first early check folded it.
    await app.sleepUntil('2026-11-29T16:58:00Z');
    await app.runUntil('2026-11-29T17:05:00Z');
    const digests = () => app.shown.filter((s) => s.reminder.kind === 'digest').map((s) => [s.at, s.reminder.id]);
    expect(digests()).toEqual([
      ['2026-11-22T17:00:00.000Z', 'digest.2026-11-22'],
      ['2026-11-29T17:00:00.000Z', 'digest.2026-11-29'],
    ]);

    // The learner flies to New York that evening: 18:00 there is the same day's digest, not a new one.
    app.setZone('America/New_York');
    await app.sleepUntil('2026-11-29T22:58:00Z');
    await app.runUntil('2026-11-29T23:05:00Z');
    expect(digests()).toHaveLength(2);
    expect(app.shown.filter((s) => s.reminder.kind === 'catch-up')).toHaveLength(2); // only the two wrong-clock checks
  });

  it('a clock a few minutes fast, then corrected, does not show a reminder twice', async () => {
    const app = setupApp({ start: '2026-11-22T17:04:00Z', zone: 'Europe/Berlin' }); // 5 minutes fast
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null });
    app.launch();
    await app.settle();
    expect(app.shown.map((s) => s.reminder.id)).toEqual(['digest.2026-11-22']);
    await app.sleepUntil('2026-11-22T16:59:30Z'); // corrected: it is really 17:59:30 in Berlin
    await app.runUntil('2026-11-22T17:10:00Z');
    expect(app.shown).toHaveLength(1);
  });
});

describe('store failures', () => {
  it('a failing store shows nothing, is logged once, and the next tick delivers', async () => {
    const app = setupApp({ start: '2026-11-22T16:58:00Z', zone: 'Europe/Berlin' });
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null });
    app.launch();
    await app.settle();
    app.setStore({ request: async () => fail('store-unavailable', 'The data store stopped before answering (store host crashed).') });
    await app.runUntil('2026-11-22T17:01:00Z');
    expect(app.shown).toEqual([]);
    expect(app.logs.filter((l) => l.includes('could not read reminder inputs'))).toHaveLength(1); // not once a minute

    app.setStore({ request: () => Promise.reject(new Error('port closed')) });
    await app.runUntil('2026-11-22T17:02:00Z');
    expect(app.shown).toEqual([]);

    app.setStore(app.realStore);
    await app.runUntil('2026-11-22T17:03:00Z');
    expect(app.shown.map((s) => [s.at, s.reminder.id])).toEqual([['2026-11-22T17:03:00.000Z', 'digest.2026-11-22']]);
    expect(app.logs.at(-1)).toBe('reminder checks work again.');
  });

  it('when recording the delivery fails nothing is shown, and the next tick shows it once', async () => {
    const app = setupApp({ start: '2026-11-22T16:59:00Z', zone: 'Europe/Berlin' });
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null });
    app.launch();
    await app.settle();
    app.setStore({
      request: (channel, payload) =>
        channel === 'reminders:mark-delivered' ? Promise.resolve(fail('store-timeout', 'no answer')) : app.realStore.request(channel, payload),
    });
    await app.runUntil('2026-11-22T17:00:00Z');
    expect(app.shown).toEqual([]);
    expect(await app.log()).toEqual([]);
    app.setStore(app.realStore);
    await app.runUntil('2026-11-22T17:05:00Z');
    expect(app.shown.map((s) => s.reminder.id)).toEqual(['digest.2026-11-22']);
  });

  it('an answer that breaks the internal contract is refused like an error', async () => {
    const app = setupApp({ start: '2026-11-22T16:59:00Z', zone: 'Europe/Berlin' });
    app.setStore({ request: async () => ({ ok: true, value: { hasPlan: 'yes' } }) as Result<unknown> });
    app.launch();
    await app.settle();
    expect(app.logs[0]).toMatch(/invalid answer to "reminders:inputs"/);
    expect(app.shown).toEqual([]);
  });
});

describe('quiet hours and pause', () => {
  it('a digest inside quiet hours is shown when they end', async () => {
    const app = setupApp({ start: '2026-11-22T16:55:00Z', zone: 'Europe/Berlin' });
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null, quietHours: { start: '17:30', end: '19:00' } });
    app.launch();
    await app.runUntil('2026-11-22T18:05:00Z');
    expect(app.shown.map((s) => [s.at, s.reminder.id])).toEqual([['2026-11-22T18:00:00.000Z', 'digest.2026-11-22']]);
  });

  it('while paused nothing is shown, and nothing is caught up afterwards', async () => {
    const app = setupApp({ start: '2026-11-22T16:55:00Z', zone: 'Europe/Berlin' });
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null, pausedUntilUtc: '2026-11-23T06:00:00Z' });
    const scheduler = app.launch();
    await app.runUntil('2026-11-22T17:05:00Z');
    await scheduler.stop();
    app.clock.t = Date.parse('2026-11-23T08:00:00Z'); // restarted after the pause ended
    app.launch();
    await app.settle();
    expect(app.shown).toEqual([]);
  });

  it('a settings change is picked up by a rescan', async () => {
    const app = setupApp({ start: '2026-11-22T16:55:00Z', zone: 'Europe/Berlin' });
    await app.handlers['profile:save'](PROFILE);
    await app.setReminders({ sessionLeadMinutes: null, digest: { enabled: true, weekday: 6, time: '18:30' } });
    const scheduler = app.launch();
    await app.runUntil('2026-11-22T17:05:00Z');
    expect(app.shown).toEqual([]);
    await app.setReminders({ sessionLeadMinutes: null, digest: { enabled: false, weekday: 6, time: '18:30' } });
    await scheduler.rescan('settings:changed');
    await app.runUntil('2026-11-22T17:35:00Z');
    expect(app.shown).toEqual([]);
  });
});

describe('the loop', () => {
  it('checks at once, then on one short repeating interval; stop clears it', async () => {
    const app = setupApp({ start: '2026-11-22T16:55:00Z', zone: 'Europe/Berlin' });
    const scheduler = app.launch();
    scheduler.start(); // a second start does nothing
    await app.settle();
    expect(app.clock.intervalsCreated).toEqual([DEFAULT_CHECK_INTERVAL_MS]);
    expect(app.trace).toEqual(['reminders:inputs', 'reminders:mark-delivered']);
    await scheduler.stop();
    expect(app.clock.activeTimers).toBe(0);
    await scheduler.rescan('after stop');
    expect(app.trace).toHaveLength(2);
  });

  it('never runs two checks at once: ticks and rescans during a check queue one follow-up', async () => {
    const app = setupApp({ start: '2026-11-22T16:55:00Z', zone: 'Europe/Berlin' });
    let inFlight = 0;
    let maxInFlight = 0;
    const gates: (() => void)[] = [];
    app.setStore({
      async request(channel, payload) {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise<void>((resolve) => gates.push(resolve));
        try {
          return await app.realStore.request(channel, payload);
        } finally {
          inFlight -= 1;
        }
      },
    });
    const scheduler = app.launch();
    await Promise.resolve();
    void scheduler.rescan('plan:changed');
    void scheduler.rescan('resume');
    app.clock.fire();
    // Release calls one by one until the scheduler has nothing left to do.
    let settled = false;
    void scheduler.idle().then(() => (settled = true));
    while (!settled) {
      gates.shift()?.();
      await new Promise((r) => setTimeout(r, 1));
    }
    expect(maxInFlight).toBe(1);
    // The first check plus ONE follow-up for the three requests made while it ran.
    expect(app.trace.filter((c) => c === 'reminders:inputs')).toHaveLength(2);
  });
});

describe('boundaries', () => {
  it('the IPC router refuses the internal channels as unknown', async () => {
    const { router, forwarded } = recordingRouter('app://ui');
    const ui = { url: 'app://ui/index.html', isMainFrame: true };
    expect(await router.handle(ui, 'reminders:inputs', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(
      await router.handle(ui, 'reminders:mark-delivered', { checkUtc: '2026-11-22T17:00:00Z', deliveries: [{ reminderId: 'digest.2026-11-22', kind: 'digest' }] }),
    ).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(forwarded).toEqual([]);
  });

  it('a click opens exactly what the reminder announced: the session in its week, the digest\'s week, the exam', () => {
    expect(navigationFor({ screen: 'week', weekStart: '2026-11-23', sessionId: 'session.2026-11-23.1' })).toEqual({
      screen: 'week',
      weekStart: '2026-11-23',
      sessionId: 'session.2026-11-23.1',
    });
    // A Sunday digest previews the NEXT week: that week opens, not the current one.
    expect(navigationFor({ screen: 'week', weekStart: '2026-11-30' })).toEqual({ screen: 'week', weekStart: '2026-11-30' });
    expect(navigationFor({ screen: 'certifications', certId: 'cert.gcp.pmle' })).toEqual({ screen: 'certifications', certId: 'cert.gcp.pmle' });
    expect(navigationFor({ screen: 'certifications' })).toEqual({ screen: 'certifications' });
    for (const target of [
      { screen: 'week', weekStart: '2026-11-23', sessionId: 'session.2026-11-23.1' },
      { screen: 'week', weekStart: '2026-11-30' },
      { screen: 'certifications', certId: 'cert.gcp.pmle' },
    ] as const) {
      expect(events.navigate.safeParse(navigationFor(target)).success, JSON.stringify(target)).toBe(true);
    }
  });

  it('the navigate event refuses a week or session on another screen, and a session without its week', () => {
    expect(events.navigate.safeParse({ screen: 'dashboard', weekStart: '2026-11-23' }).success).toBe(false);
    expect(events.navigate.safeParse({ screen: 'week', sessionId: 'session.2026-11-23.1' }).success).toBe(false);
    expect(events.navigate.safeParse({ screen: 'week', certId: 'cert.gcp.pmle' }).success).toBe(false);
    expect(events.navigate.safeParse({ screen: 'week', weekStart: '23.11.2026' }).success).toBe(false);
  });
});
