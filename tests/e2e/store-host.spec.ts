/**
 * The store host's lifecycle in real Chromium, with main's real supervisor, store client and
 * router: the store page's renderer is crashed while a burst of calls is in flight; each pending
 * read fails cleanly with the clear error (none hangs), a new store page starts, each pending
 * write is sent again with its write id and applied once, and what was saved before is intact.
 * "In flight" is made certain by holding main's messages to the store page in transit (as its
 * MessagePort would until the page reads them) and crashing the page then: a crash lands on
 * the renderer's main thread, so a busy page would only die after answering.
 * A crash loop leaves the store down with a message the learner can act on.
 */
import type { Page } from '@playwright/test';
import type { PlanView } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { crashLoopMessage } from '../../electron/main/core/store-supervisor';
import { launchApp } from './harness/app-harness';
import { call, mondayFromNow, SEED_PROFILE, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const BURST = 12;
const stoppedBeforeAnswering = (reason: string) =>
  `The data store stopped before answering (${reason}). What you saved before is safe; please try again.`;

async function roadmap(ui: Page): Promise<void> {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roadmap' }).click();
  await expect(ui.getByRole('heading', { name: 'Your roadmap' })).toBeVisible();
}

test('a store crash fails the pending calls cleanly; a new store page takes over and nothing saved is lost', async ({ profileDir }) => {
  const first = await launchApp({ profileDir });
  await seedLearner(first.ui, { ticks: 3, bookExam: true });
  const seeded = await call<PlanView>(first.ui, 'plan:get', {});
  const planned = seeded.plan.milestones.filter((m) => m.status === 'planned' && !seeded.doneMilestoneIds.includes(m.id));
  const [tickedInBurst, tickedInUi] = [planned[0]!, planned[1]!];
  // The plan's first week opened and one session marked done: stored sessions the crash must keep.
  const week = await call<{ sessions: { id: string }[] }>(first.ui, 'week:get', { weekStart: mondayFromNow() });
  await call(first.ui, 'session:update', { id: week.sessions[0]!.id, status: 'done' });
  const before = await first.dumpDb();
  const writesBefore = (await first.writeLog()).length;

  // The burst: reads and writes from window.planner, plus a tick clicked in the UI.
  await roadmap(first.ui);
  const transit = first.holdStoreMessages();
  await first.ui.evaluate(
    ({ burst, id }) => {
      type Invoke = (c: string, r: unknown) => Promise<Result<unknown>>;
      const invoke = (window as unknown as { planner: { invoke: Invoke } }).planner.invoke;
      const calls = Array.from({ length: burst }, (_, i) =>
        i % 3 === 0 ? invoke('milestone:set-done', { id, done: true }) : invoke(i % 3 === 1 ? 'progress:list' : 'certification:list', {}),
      );
      (window as unknown as { __burst: Promise<Result<unknown>[]> }).__burst = Promise.all(calls);
    },
    { burst: BURST, id: tickedInBurst.id },
  );
  const box = first.ui.getByRole('checkbox', { name: tickedInUi.title, exact: true });
  await box.check();
  await expect.poll(transit.held, { message: 'calls sent to the store page and not yet read by it' }).toBe(BURST + 1);
  const oldStore = first.store;

  await first.killStore('crash');

  // Every pending read failed, with the clear error, and none hangs. A pending write may or may
  // not have landed before the crash, so the bridge sent each again with its write id once the
  // new store page answered: each was applied once, and the learner was told so.
  const results = await first.ui.evaluate(() => (window as unknown as { __burst: Promise<Result<unknown>[]> }).__burst);
  expect(results).toHaveLength(BURST);
  results.forEach((r, i) => {
    if (i % 3 === 0) expect(r, `write ${i}`).toMatchObject({ ok: true });
    else expect(r, `read ${i}`).toEqual({ ok: false, error: { code: 'store-unavailable', message: stoppedBeforeAnswering('store host crashed') } });
  });
  await expect(first.ui.getByTestId('write-status')).toHaveText('Your change was saved.');
  await expect(box).toBeChecked();
  await expect(first.ui.getByRole('alert')).toHaveCount(0);
  transit.release(); // into the dead page: nothing more may happen

  // A new store page took over: the supervisor restarted it once, and it answers.
  await first.storeReady();
  expect(first.store).not.toBe(oldStore);
  expect(first.storeStatuses).toEqual(['starting', 'ready', 'starting', 'ready']);
  expect(first.storeLog).toEqual(['store host crashed; restarting']);

  // What was saved before the crash is intact; the two new ticks are on disk.
  const after = await first.dumpDb();
  for (const table of ['profile', 'plan', 'certifications', 'sessions', 'settings']) {
    expect(before[table]?.length, `${table} rows written before the crash`).toBeGreaterThan(0);
  }
  for (const table of ['profile', 'certifications', 'settings']) expect(after[table], table).toEqual(before[table]);
  // The new tick re-planned from now: untouched future sessions may change, the baseline and
  // every session the learner acted on may not.
  type PlanRowDump = { plan: { baseline: unknown } };
  expect((after['plan'] as PlanRowDump[])[0]?.plan.baseline).toEqual((before['plan'] as PlanRowDump[])[0]?.plan.baseline);
  type SessionDump = { id: string; status: string };
  const acted = (rows: unknown) => (rows as SessionDump[]).filter((x) => x.status !== 'planned');
  expect(acted(after['sessions'])).toEqual(acted(before['sessions']));
  const progress = (after['milestoneProgress'] ?? []) as { milestoneId: string; done: boolean }[];
  for (const id of seeded.doneMilestoneIds) expect(progress.find((p) => p.milestoneId === id)?.done, id).toBe(true);
  expect(progress.find((p) => p.milestoneId === tickedInUi.id)?.done).toBe(true);
  expect(progress.find((p) => p.milestoneId === tickedInBurst.id)?.done).toBe(true);
  // Each write the crash interrupted was applied once: one journal entry per write id.
  expect((await first.writeLog()).length - writesBefore).toBe(BURST / 3 + 1);
  await first.close();

  // And it is still there after the app restarts.
  const second = await launchApp({ profileDir });
  try {
    const view = await call<PlanView>(second.ui, 'plan:get', {});
    expect(view.doneMilestoneIds).toEqual(expect.arrayContaining([...seeded.doneMilestoneIds, tickedInUi.id, tickedInBurst.id]));
  } finally {
    await second.close();
  }
});

test('calls made while the store page restarts wait for it and succeed', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  try {
    await call(app.ui, 'profile:save', SEED_PROFILE);
    await app.killStore('close');
    expect(app.supervisor.status).toBe('starting');
    const view = await call<PlanView>(app.ui, 'plan:get', {});
    expect(view.plan.milestones.length).toBeGreaterThan(0);
    expect(app.storeLog).toEqual(['store host closed; restarting']);
  } finally {
    await app.close();
  }
});

test('a crash loop leaves the store down and every call says what to do', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  try {
    for (let i = 0; i < 5; i++) {
      await app.killStore('close');
      await app.storeReady();
    }
    await app.killStore('close');
    expect(app.supervisor.status).toBe('crash-loop');
    const result = await app.ui.evaluate(() =>
      (window as unknown as { planner: { invoke(c: string, r: unknown): Promise<unknown> } }).planner.invoke('plan:get', {}),
    );
    expect(result).toEqual({ ok: false, error: { code: 'store-unavailable', message: crashLoopMessage(6, 60_000) } });
    expect(app.context.pages()).toEqual([app.ui]); // no store page was started again
  } finally {
    await app.close();
  }
});
