/**
 * A reminder's Done, Snooze 1 hour, Next free time and Skip buttons, run against the real store service (on
 * fake-indexeddb): the same writes the week view makes, safe to press twice or late, and a
 * snoozed session's heads-up comes again exactly once, an hour later.
 */
import { describe, expect, it } from 'vitest';
import { storeCalls } from '../../../../../electron/main/core/store-calls';
import { runSessionAction } from '../../../../../electron/main/core/session-actions';
import { createInternalService } from '../../../../../electron/store/internal-service';
import { answer } from '../../../../../electron/store/port-server';
import type { StudySession } from '../../../../../shared/domain/records';
import type { WeekView } from '../../../../../shared/ipc/contract';
import { PROFILE, ROOMY_EVENINGS, setupService } from '../../store/setup';

const MONDAY = '2026-11-23';

async function setup() {
  const service = setupService('2026-11-23T06:00:00Z'); // Monday 07:00 in Berlin
  const internal = createInternalService({ db: service.db });
  const store = {
    request: async (channel: string, payload: unknown) => structuredClone(await answer(service.handlers, channel, structuredClone(payload), internal)),
  };
  const saved = await service.handlers['profile:save']({ ...PROFILE, weeklyHours: 2, startDate: MONDAY, availability: ROOMY_EVENINGS });
  if (!saved.ok) throw new Error(saved.error.message);
  const week = async (): Promise<WeekView> => {
    const r = await store.request('week:get', { weekStart: MONDAY });
    if (!r.ok) throw new Error(r.error.message);
    return r.value as WeekView;
  };
  const first = (await week()).sessions[0] as StudySession;
  const ref = (s: StudySession) => ({ sessionId: s.id, weekStart: MONDAY, startUtc: s.startUtc });
  const deps = { store: storeCalls(store), now: () => Date.parse('2026-11-23T06:00:00Z') };
  return { service, store, week, first, ref, deps };
}

describe('reminder buttons', () => {
  it('Done and Skip set the session\'s status, as the week view does; pressed again they change nothing', async () => {
    const { week, first, ref, deps } = await setup();
    expect(first.status).toBe('planned');
    const done = await runSessionAction(deps, 'done', ref(first));
    expect(done).toMatchObject({ ok: true });
    expect(done.message).toMatch(/^“.+” marked done\.$/);
    expect((await week()).sessions.find((s) => s.id === first.id)).toMatchObject({ status: 'done', loggedMinutes: first.minutes });
    expect((await runSessionAction(deps, 'done', ref(first))).message).toMatch(/was already done\.$/);

    const second = (await week()).sessions[1] as StudySession;
    expect(await runSessionAction(deps, 'skip', ref(second))).toMatchObject({ ok: true });
    expect((await week()).sessions.find((s) => s.id === second.id)?.status).toBe('skipped');
  });

  it('Snooze moves the session one hour when that is still study time, once: a second press finds it moved', async () => {
    const { week, first, ref, deps } = await setup();
    expect([first.startUtc, first.endUtc]).toEqual(['2026-11-23T17:00:00.000Z', '2026-11-23T18:00:00.000Z']); // Monday 18:00–19:00
    expect(await runSessionAction(deps, 'snooze', ref(first))).toEqual({ ok: true, message: expect.stringMatching(/^“.+” snoozed to 19:00–20:00\.$/) });
    const moved = (await week()).sessions.find((s) => s.id === first.id)!;
    expect(moved).toMatchObject({ startUtc: '2026-11-23T18:00:00.000Z', endUtc: '2026-11-23T19:00:00.000Z', movedFromUtc: first.startUtc, status: 'planned' });
    // The same button again (or reported twice): the reminder's start is no longer the session's.
    const again = await runSessionAction(deps, 'snooze', ref(first));
    expect(again).toEqual({ ok: false, message: expect.stringMatching(/was not snoozed: it has been moved since this reminder, so nothing was changed\.$/) });
    expect((await week()).sessions.find((s) => s.id === first.id)!.startUtc).toBe('2026-11-23T18:00:00.000Z');
  });

  it('refuses, changing nothing, when the hour later is outside the study time', async () => {
    const { service, week, ref, deps } = await setup();
    const wednesday = (await week()).sessions.find((s) => s.startUtc.startsWith('2026-11-25'))!; // 18:00–19:00, the whole window
    const before = await service.db.sessions.toArray();
    const result = await runSessionAction(deps, 'snooze', ref(wednesday));
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^“.+” was not snoozed: 19:00–20:00 is outside your study time on Wednesdays \(18:00–19:00\)\. Move it to another time instead\.$/),
    });
    expect(await service.db.sessions.toArray()).toEqual(before);
  });

  it('Next free time moves the session to the next free stretch, as the week view does, once', async () => {
    const { week, first, ref, deps } = await setup();
    const result = await runSessionAction(deps, 'snooze-free', ref(first));
    expect(result).toEqual({ ok: true, message: expect.stringMatching(/^“.+” snoozed to Monday 19:00–20:00\.$/) });
    expect((await week()).sessions.find((s) => s.id === first.id)).toMatchObject({ startUtc: '2026-11-23T18:00:00.000Z', movedFromUtc: first.startUtc });
    expect((await runSessionAction(deps, 'snooze-free', ref(first))).message).toMatch(/it has been moved since this reminder, so nothing was changed\.$/);
  });

  it('Next free time refuses, changing nothing, when no stretch is free within the weekly hours', async () => {
    const { service, week, ref, deps } = await setup();
    const wednesday = (await week()).sessions.find((s) => s.startUtc.startsWith('2026-11-25'))!; // the whole window, and next week is full
    const before = await service.db.sessions.toArray();
    const result = await runSessionAction(deps, 'snooze-free', ref(wednesday));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^“.+” /);
    expect((await service.db.sessions.toArray()).filter((s) => s.weekStart === MONDAY)).toEqual(before.filter((s) => s.weekStart === MONDAY));
  });

  it('a session re-planned away is reported, not guessed', async () => {
    const { deps } = await setup();
    const result = await runSessionAction(deps, 'done', { sessionId: 'session.gone', weekStart: MONDAY, startUtc: '2026-11-23T17:00:00.000Z' });
    expect(result).toEqual({ ok: false, message: 'That study session is no longer in your plan (it was re-planned), so nothing was changed.' });
  });
});
