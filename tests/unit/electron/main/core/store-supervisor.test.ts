/**
 * The store host lifecycle with a fake launcher, a fake clock and the REAL store
 * client: calls queue while a host starts, a crash fails exactly the pending calls with a clear
 * error and starts a new host, a crash loop leaves it down with an actionable message, and
 * stop() never restarts.
 */
import { describe, expect, it } from 'vitest';
import { createStoreClient, type StoreClient } from '../../../../../electron/main/core/store-client';
import {
  crashLoopMessage,
  createStoreSupervisor,
  QUIT_MESSAGE,
  restartDecision,
  type StoreHostEvents,
  type StoreHostLauncher,
  type StoreSupervisor,
  type SupervisorStatus,
} from '../../../../../electron/main/core/store-supervisor';
import type { Result } from '../../../../../shared/ipc/result';
import type { StoreRequest } from '../../../../../shared/ipc/store-protocol';

const CRASHED = 'The data store stopped before answering (store host crashed). What you saved before is safe; please try again.';
const CRASH_LOOP =
  "MLE Path's data store stopped unexpectedly 6 times within a minute, so it is not being restarted again. " +
  "What you saved before is safe on this computer. Quit MLE Path (Quit in its tray icon's menu) and open it again; " +
  'if this keeps happening, restart your computer.';

/** One store host as the launcher started it: the test loads it, makes it ready, answers, crashes it. */
class FakeHost {
  readonly received: StoreRequest[] = [];
  destroyed = false;
  portClosed = false;
  constructor(readonly events: StoreHostEvents) {}
  load(): this {
    this.events.loaded({
      postMessage: (m) => this.received.push(m as StoreRequest),
      close: () => {
        this.portClosed = true;
      },
    });
    return this;
  }
  ready(): this {
    this.events.message({ kind: 'ready' });
    return this;
  }
  /** Answers every request not answered yet with its channel name. */
  answerAll(): void {
    for (const r of this.received.splice(0)) this.events.message({ kind: 'reply', id: r.id, result: { ok: true, value: r.channel } });
  }
  crash(reason = 'store host crashed'): void {
    this.events.gone(reason);
  }
}

function fakeLauncher() {
  const hosts: FakeHost[] = [];
  const launcher: StoreHostLauncher = {
    launch(events) {
      const host = new FakeHost(events);
      hosts.push(host);
      return {
        destroy: () => {
          host.destroyed = true;
        },
      };
    },
  };
  return {
    launcher,
    hosts,
    get last(): FakeHost {
      const host = hosts.at(-1);
      if (!host) throw new Error('no host launched');
      return host;
    },
  };
}

function fakeClock(start = Date.parse('2026-11-23T09:00:00Z')) {
  let now = start;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  return {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => {
      timers.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout: (handle: unknown) => {
      timers.delete(handle as number);
    },
    /** Moves time on and runs every timer that came due, in order. */
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue;
        timers.delete(id);
        t.fn();
      }
    },
    pendingTimers: () => timers.size,
  };
}

interface Rig {
  client: StoreClient;
  supervisor: StoreSupervisor;
  fake: ReturnType<typeof fakeLauncher>;
  clock: ReturnType<typeof fakeClock>;
  statuses: SupervisorStatus[];
  logs: string[];
}

function rig(): Rig {
  const client = createStoreClient({ timeoutMs: 15_000, setTimer: () => 0, clearTimer: () => undefined });
  const fake = fakeLauncher();
  const clock = fakeClock();
  const statuses: SupervisorStatus[] = [];
  const logs: string[] = [];
  const supervisor = createStoreSupervisor({ client, launcher: fake.launcher, clock, log: (m) => logs.push(m), onStatus: (s) => statuses.push(s) });
  supervisor.start();
  return { client, supervisor, fake, clock, statuses, logs };
}

/** Settles with the result, or with 'pending' if it has not settled after the microtask queue ran. */
async function settled<T>(promise: Promise<T>): Promise<T | 'pending'> {
  return Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 0))]);
}

const failure = (message: string): Result<never> => ({ ok: false, error: { code: 'store-unavailable', message } });

describe('store supervisor', () => {
  it('starts a host at once; calls made before it is attached queue and are answered after', async () => {
    const { client, fake, statuses } = rig();
    expect(fake.hosts).toHaveLength(1);
    expect(statuses).toEqual(['starting']);
    const a = client.request('profile:get', {});
    const b = client.request('plan:get', {});
    fake.last.load();
    expect(fake.last.received).toEqual([]); // attached, but the host has not said ready
    fake.last.ready();
    expect(fake.last.received.map((r) => r.channel)).toEqual(['profile:get', 'plan:get']);
    fake.last.answerAll();
    expect(await a).toEqual({ ok: true, value: 'profile:get' });
    expect(await b).toEqual({ ok: true, value: 'plan:get' });
    expect(statuses).toEqual(['starting', 'ready']);
  });

  it('a crash fails all 3 pending calls with the clear error, none hang, and starts a new host', async () => {
    const { client, fake, statuses } = rig();
    const first = fake.last.load().ready();
    const pending = [client.request('milestone:set-done', { id: 'a', done: true }), client.request('plan:get', {}), client.request('week:get', {})];
    expect(first.received).toHaveLength(3);
    first.crash();
    const results = await Promise.all(pending.map((p) => settled(p)));
    expect(results).toEqual([failure(CRASHED), failure(CRASHED), failure(CRASHED)]);
    expect(first.destroyed).toBe(true);
    expect(first.portClosed).toBe(true);
    expect(fake.hosts).toHaveLength(2);
    expect(statuses).toEqual(['starting', 'ready', 'starting']);
  });

  it('calls made after a crash queue and succeed once the restarted host attaches', async () => {
    const { client, fake } = rig();
    fake.last.load().ready();
    fake.last.crash();
    const later = [client.request('profile:get', {}), client.request('settings:get', {})];
    expect(await settled(later[0]!)).toBe('pending');
    const second = fake.last.load();
    expect(await settled(later[0]!)).toBe('pending');
    second.ready();
    second.answerAll();
    expect(await Promise.all(later)).toEqual([
      { ok: true, value: 'profile:get' },
      { ok: true, value: 'settings:get' },
    ]);
  });

  it('a crash before the host loaded keeps the queued calls for the next host', async () => {
    const { client, fake } = rig();
    const queued = client.request('profile:get', {});
    fake.last.crash('store host launch-failed');
    expect(await settled(queued)).toBe('pending');
    fake.last.load().ready().answerAll();
    expect(await queued).toEqual({ ok: true, value: 'profile:get' });
  });

  it('the 6th crash within a minute is not restarted; every call then fails at once with the crash-loop message', async () => {
    const { client, fake, clock, statuses } = rig();
    for (let i = 0; i < 5; i++) {
      fake.last.load().ready();
      clock.advance(5_000);
      fake.last.crash();
    }
    expect(fake.hosts).toHaveLength(6);
    const sixth = fake.last.load().ready();
    const pending = client.request('plan:get', {});
    clock.advance(5_000);
    sixth.crash();
    expect(fake.hosts).toHaveLength(6); // no 7th host
    expect(sixth.destroyed).toBe(true);
    expect(await settled(pending)).toEqual(failure(CRASHED));
    expect(await settled(client.request('profile:get', {}))).toEqual(failure(CRASH_LOOP));
    expect(client.state).toBe('down');
    expect(statuses.at(-1)).toBe('crash-loop');
    // Stays down: no timer or later crash report brings it back.
    clock.advance(10 * 60_000);
    fake.hosts[0]?.crash();
    expect(fake.hosts).toHaveLength(6);
    expect(await settled(client.request('profile:get', {}))).toEqual(failure(CRASH_LOOP));
  });

  it('calls queued while the crash-looping host was starting fail with the crash-loop message too', async () => {
    const { client, fake } = rig();
    for (let i = 0; i < 5; i++) fake.last.crash();
    const queued = client.request('profile:get', {});
    fake.last.crash();
    expect(await settled(queued)).toEqual(failure(CRASH_LOOP));
  });

  it('after a minute passes, restarts are allowed again (the limit is per rolling minute)', async () => {
    const { client, fake, clock } = rig();
    for (let i = 0; i < 5; i++) {
      fake.last.load().ready();
      fake.last.crash();
    }
    fake.last.load().ready(); // ready, so its start timeout does not fire while time passes
    clock.advance(60_001);
    fake.last.crash();
    expect(fake.hosts).toHaveLength(7); // restarted: the first five crashes are over a minute old
    const call = client.request('profile:get', {});
    fake.last.load().ready().answerAll();
    expect(await call).toEqual({ ok: true, value: 'profile:get' });
  });

  it('stop() ends the host, fails what is waiting, and never restarts', async () => {
    const { client, supervisor, fake, statuses } = rig();
    const host = fake.last.load().ready();
    const pending = client.request('plan:get', {});
    supervisor.stop();
    expect(host.destroyed).toBe(true);
    expect(await settled(pending)).toEqual(failure(QUIT_MESSAGE));
    host.crash('store host killed'); // Electron reports the process going away on quit
    expect(fake.hosts).toHaveLength(1);
    expect(await settled(client.request('profile:get', {}))).toEqual(failure(QUIT_MESSAGE));
    expect(statuses.at(-1)).toBe('stopped');
    expect(supervisor.status).toBe('stopped');
  });

  it('stop() while a host is starting fails the queued calls instead of leaving them waiting', async () => {
    const { client, supervisor, fake } = rig();
    const queued = client.request('profile:get', {});
    supervisor.stop();
    expect(await settled(queued)).toEqual(failure(QUIT_MESSAGE));
    fake.hosts[0]?.load(); // a late load of the ended host is not attached
    expect(fake.hosts).toHaveLength(1);
  });

  it('refuses to start twice', () => {
    const { supervisor } = rig();
    expect(() => supervisor.start()).toThrow(/already started/);
  });

  it('ignores everything a replaced host still reports', async () => {
    const { client, fake } = rig();
    const old = fake.last.load().ready();
    old.crash();
    const fresh = fake.last;
    const queued = client.request('profile:get', {});
    old.events.message({ kind: 'ready' }); // must not flush the queue into nowhere
    old.crash(); // a second report of the same death: no second restart
    expect(fake.hosts).toHaveLength(2);
    fresh.load().ready().answerAll();
    expect(await queued).toEqual({ ok: true, value: 'profile:get' });
  });

  it('a host that never becomes ready is replaced after the start timeout', async () => {
    const { client, fake, clock, logs } = rig();
    const queued = client.request('profile:get', {});
    const hung = fake.last.load(); // loaded, but never says ready
    clock.advance(29_999);
    expect(fake.hosts).toHaveLength(1);
    clock.advance(1);
    expect(hung.destroyed).toBe(true);
    expect(fake.hosts).toHaveLength(2);
    expect(logs.at(-1)).toMatch(/did not start within 30 s; restarting/);
    fake.last.load().ready().answerAll();
    expect(await queued).toEqual({ ok: true, value: 'profile:get' });
    expect(clock.pendingTimers()).toBe(0);
  });

  it('a store page that could not open the database counts as gone, not as a host to wait for', async () => {
    const { client, fake, logs } = rig();
    const queued = client.request('profile:get', {});
    const broken = fake.last.load();
    broken.events.message({ kind: 'event', event: 'store:failed', payload: 'VersionError: The requested version is less than the existing version' });
    expect(broken.destroyed).toBe(true);
    expect(logs.at(-1)).toMatch(/could not open the database: VersionError/);
    fake.last.load().ready().answerAll();
    expect(await queued).toEqual({ ok: true, value: 'profile:get' });
  });

  it('a reload of the same host fails what the old page had pending', async () => {
    const { client, fake } = rig();
    const host = fake.last.load().ready();
    const pending = client.request('plan:get', {});
    host.load();
    expect(await settled(pending)).toMatchObject({ ok: false, error: { code: 'store-unavailable', message: expect.stringContaining('store host reloaded') } });
  });

  it('a launcher that throws counts as a failed start, and the limit still holds', async () => {
    const client = createStoreClient();
    let launches = 0;
    const supervisor = createStoreSupervisor({
      client,
      launcher: {
        launch() {
          launches++;
          throw new Error('no display');
        },
      },
      clock: fakeClock(),
      log: () => undefined,
    });
    supervisor.start();
    expect(launches).toBe(6);
    expect(supervisor.status).toBe('crash-loop');
    expect(await client.request('profile:get', {})).toEqual(failure(CRASH_LOOP));
  });
});

describe('restartDecision', () => {
  it('allows up to the limit within the window, counting only recent restarts', () => {
    expect(restartDecision([], 100_000, 5, 60_000)).toEqual({ restart: true, recent: [100_000] });
    expect(restartDecision([50_000, 60_000, 70_000, 80_000], 100_000, 5, 60_000)).toEqual({ restart: true, recent: [50_000, 60_000, 70_000, 80_000, 100_000] });
    expect(restartDecision([50_000, 60_000, 70_000, 80_000, 90_000], 100_000, 5, 60_000)).toEqual({ restart: false, recent: [50_000, 60_000, 70_000, 80_000, 90_000] });
    // Exactly a window old no longer counts.
    expect(restartDecision([40_000, 60_000, 70_000, 80_000, 90_000], 100_000, 5, 60_000).restart).toBe(true);
  });

  it('words the crash-loop message for the learner', () => {
    expect(crashLoopMessage(6, 60_000)).toBe(CRASH_LOOP);
    expect(crashLoopMessage(4, 30_000)).toMatch(/4 times within 30 seconds/);
  });
});
