/**
 * Durability of the large transactions under a hard crash: a restore (every table cleared and
 * refilled), a re-plan (profile, a ten-year plan and its sessions) and a burst of session moves.
 * Each round starts the change, SIGKILLs the whole browser after a delay that sweeps from "before
 * the change could finish" to "well after it was acknowledged", relaunches on the same profile
 * folder and checks: the data is exactly the old state or exactly the new one (never a mix),
 * and whatever main saw acknowledged before the kill is there.
 *
 * KILL_ROUNDS sets the rounds per kind (3 in CI; the README's reliability figures come from a
 * longer local run).
 */
import { canonicalJson } from '../../shared/backup/format';
import type { Profile } from '../../shared/domain/profile';
import type { PlanView, WeekView } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { launchApp, type HarnessApp } from './harness/app-harness';
import { killChromiumHard, settleWithin } from './harness/robustness';
import { call, mondayFromNow, SEED_PROFILE, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const ROUNDS = Number(process.env['KILL_ROUNDS'] ?? 3);

/** The learner's own tables, compared whole: a restore or a re-plan must leave all or none of a change. */
const LEARNER_TABLES = ['profile', 'milestoneProgress', 'certifications', 'quizAttempts', 'spending', 'checklistTicks'] as const;

type Dump = Record<string, unknown[]>;

function learnerState(dump: Dump): string {
  const settings = (dump['settings'] ?? []).find((row) => (row as { key?: string }).key === 'me') as { theme?: string } | undefined;
  // Canonical JSON: a restored row's keys come in the backup file's order, not the original write's.
  return canonicalJson({ ...Object.fromEntries(LEARNER_TABLES.map((t) => [t, dump[t] ?? []])), theme: settings?.theme ?? null });
}

/** Delay of round `i`: evenly from 0 to 1.5 × the change's measured duration, so kills land before, during and after it. */
function killDelay(round: number, durationMs: number): number {
  return ROUNDS <= 1 ? durationMs / 2 : (round / (ROUNDS - 1)) * durationMs * 1.5;
}

/** Starts `change`, kills Chromium after `delayMs`, and says whether main had its ok reply by then. */
async function killDuring(app: HarnessApp, profileDir: string, change: () => Promise<Result<unknown>>, delayMs: number): Promise<{ acked: boolean }> {
  let acked = false;
  const running = change().then((r) => {
    if (r.ok) acked = true;
    return r;
  });
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const ackedAtKill = acked;
  await killChromiumHard(profileDir);
  await settleWithin(running, 2_000);
  expect(await settleWithin(app.close(), 15_000), 'closing the harness after the kill').not.toBe('timeout');
  return { acked: ackedAtKill };
}

async function timed(work: () => Promise<Result<unknown>>): Promise<number> {
  const started = performance.now();
  const result = await work();
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return performance.now() - started;
}

test.describe('large transactions survive a hard kill: old or new, nothing acknowledged lost', () => {
  test.describe.configure({ timeout: 120_000 + ROUNDS * 40_000 });

  test('restore', async ({ profileDir }, testInfo) => {
    const backupFile = testInfo.outputPath('state-b.json');
    const outcomes: string[] = [];
    let duration = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const dir = `${profileDir}/round-${round}`;
      const app = await launchApp({ profileDir: dir });
      // State B, exported: what the restore brings back.
      await seedLearner(app.ui, { ticks: 6 });
      await call(app.ui, 'spending:add', { date: '2026-11-20', amountUsd: 42, label: 'Exam voucher', certId: null });
      app.dialogs.savePath = backupFile;
      expect((await app.invoke('backup:export', {})).ok).toBe(true);
      const stateB = learnerState(await app.dumpDb());
      // State A: a different learner, which the restore replaces.
      const becomeA = async (): Promise<string> => {
        await call(app.ui, 'data:reset', { confirm: 'DELETE EVERYTHING' });
        await seedLearner(app.ui, { profile: { ...SEED_PROFILE, background: 'software-developer', weeklyHours: 12 }, ticks: 2, bookExam: false });
        await call(app.ui, 'settings:update', { theme: 'dark' });
        return learnerState(await app.dumpDb());
      };
      let stateA = await becomeA();
      expect(stateA).not.toEqual(stateB);

      app.dialogs.openPath = backupFile;
      const restore = async (): Promise<Result<unknown>> => {
        const chosen = await app.invoke('backup:choose-restore', {});
        if (!chosen.ok || chosen.value === null) return chosen;
        return app.invoke('backup:restore', { token: (chosen.value as { token: string }).token });
      };
      if (round === 0) {
        // How long a restore takes here, so the kill delays sweep across it.
        duration = await timed(restore);
        expect(learnerState(await app.dumpDb())).toEqual(stateB);
        stateA = await becomeA();
      }
      const { acked } = await killDuring(app, dir, restore, killDelay(round, duration));

      const again = await launchApp({ profileDir: dir });
      try {
        const after = learnerState(await again.dumpDb());
        const which = after === stateB ? 'new' : after === stateA ? 'old' : 'mixed';
        outcomes.push(`${which}${acked ? ' (acknowledged)' : ''}`);
        expect(which, `round ${round}: the database after the kill`).not.toBe('mixed');
        if (acked) expect(which, `round ${round}: an acknowledged restore`).toBe('new');
        // The app still reads and writes.
        expect(await call<PlanView | null>(again.ui, 'plan:get', {})).not.toBeNull();
        const added = await call<{ id: string }>(again.ui, 'spending:add', { date: '2026-11-21', amountUsd: 9, label: 'After the crash', certId: null });
        expect((await again.dumpDb())['spending']?.some((row) => (row as { id: string }).id === added.id)).toBe(true);
      } finally {
        await again.close();
      }
    }
    testInfo.annotations.push({ type: 'restore kills', description: `restore took ${duration.toFixed(0)} ms; ${outcomes.join(', ')}` });
    console.info(testInfo.annotations.at(-1)?.description);
  });

  test('re-plan', async ({ profileDir }, testInfo) => {
    const outcomes: string[] = [];
    let duration = 0;
    // One hour a week gives the longest plan the store keeps (ten years of weeks): the biggest re-plan write.
    const before: Profile = { ...SEED_PROFILE, weeklyHours: 1 };
    for (let round = 0; round < ROUNDS; round++) {
      const dir = `${profileDir}/round-${round}`;
      const app = await launchApp({ profileDir: dir });
      await seedLearner(app.ui, { profile: before, ticks: 2 });
      const next = { ...before, weeklyHours: round % 2 === 0 ? 2 : 3, background: 'student' as const };
      const replan = () => app.invoke('profile:save', next);
      if (round === 0) {
        duration = await timed(() => app.invoke('profile:save', { ...before, weeklyHours: 4 }));
        expect((await app.invoke('profile:save', before)).ok).toBe(true);
      }
      const oldState = learnerState(await app.dumpDb());
      const { acked } = await killDuring(app, dir, replan, killDelay(round, duration));

      const again = await launchApp({ profileDir: dir });
      try {
        const dump = await again.dumpDb();
        const profile = (dump['profile']?.[0] as { profile: Profile } | undefined)?.profile;
        const plan = (dump['plan']?.[0] as { plan: { weeklyHours: number } } | undefined)?.plan;
        const which = profile?.weeklyHours === next.weeklyHours && profile.background === 'student' ? 'new' : learnerState(dump) === oldState ? 'old' : 'mixed';
        outcomes.push(`${which}${acked ? ' (acknowledged)' : ''}`);
        expect(which, `round ${round}: the profile after the kill`).not.toBe('mixed');
        if (acked) expect(which, `round ${round}: an acknowledged re-plan`).toBe('new');
        // Profile and plan were written in one transaction: the stored plan is the stored profile's.
        expect(plan?.weeklyHours, `round ${round}: plan and profile agree`).toBe(profile?.weeklyHours);
        const view = await call<PlanView>(again.ui, 'plan:get', {});
        expect(view.plan.weeklyHours).toBe(profile?.weeklyHours);
      } finally {
        await again.close();
      }
    }
    testInfo.annotations.push({ type: 're-plan kills', description: `re-plan took ${duration.toFixed(0)} ms; ${outcomes.join(', ')}` });
    console.info(testInfo.annotations.at(-1)?.description);
  });

  test('a burst of session moves', async ({ profileDir }, testInfo) => {
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dir = `${profileDir}/round-${round}`;
      const app = await launchApp({ profileDir: dir });
      await seedLearner(app.ui, { ticks: 1, bookExam: false });
      // Four weeks of sessions, each moved by one hour later in turn; per session the moves are in order.
      const sessions: { id: string; startUtc: string }[] = [];
      for (let week = 1; week <= 4; week++) sessions.push(...(await call<WeekView>(app.ui, 'week:get', { weekStart: mondayFromNow(week) })).sessions);
      expect(sessions.length).toBeGreaterThan(8);
      // Per session: the last step sent and the last step acknowledged (0 = where the plan put it).
      const sentStep = new Map<string, number>();
      const ackedStep = new Map<string, number>();
      const startAt = (s: { startUtc: string }, step: number) => new Date(Date.parse(s.startUtc) + step * 15 * 60_000).toISOString();
      let stop = false;
      let ackCount = 0;
      const burst = (async () => {
        for (let step = 1; step <= 4 && !stop; step++) {
          await Promise.all(
            sessions.map(async (s) => {
              sentStep.set(s.id, step);
              const r = await app.invoke('session:update', { id: s.id, startUtc: startAt(s, step) });
              if (r.ok) {
                ackedStep.set(s.id, step);
                ackCount++;
              }
            }),
          );
        }
      })();
      // Kill once one, two or three rounds of moves were acknowledged.
      const target = sessions.length * (1 + (round % 3));
      const started = Date.now();
      while (ackCount < target && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 2));
      const ackedAtKill = new Map(ackedStep);
      await killChromiumHard(dir);
      stop = true;
      await settleWithin(burst, 2_000);
      await settleWithin(app.close(), 15_000);

      const again = await launchApp({ profileDir: dir });
      try {
        const stored = new Map(((await again.dumpDb())['sessions'] ?? []).map((row) => [(row as { id: string }).id, (row as { startUtc: string }).startUtc]));
        let later = 0;
        for (const s of sessions) {
          const low = ackedAtKill.get(s.id) ?? 0;
          const high = sentStep.get(s.id) ?? 0;
          const allowed = Array.from({ length: high - low + 1 }, (_, k) => startAt(s, low + k));
          const now = stored.get(s.id);
          if (now !== startAt(s, low)) later++;
          expect(allowed, `${s.id}: acknowledged step ${low}, last sent step ${high}`).toContain(now);
        }
        outcomes.push(`${ackedAtKill.size}/${sessions.length} sessions had an acknowledged move, ${later} kept a later one`);
      } finally {
        await again.close();
      }
    }
    testInfo.annotations.push({ type: 'session move kills', description: outcomes.join('; ') });
    console.info(testInfo.annotations.at(-1)?.description);
  });
});
