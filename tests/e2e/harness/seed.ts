/**
 * Puts the app into a realistic state through the same channels the UI uses, so screen tests
 * and screenshots start from "a learner a few weeks in" without clicking through every form.
 */
import type { Page } from '@playwright/test';
import type { Profile } from '../../../shared/domain/profile';

/** 'YYYY-MM-DD' of the Monday on or after today plus `weeks` weeks (the store uses the real clock). */
export function mondayFromNow(weeks = 0): string {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7) + weeks * 7);
  return d.toISOString().slice(0, 10);
}

export const SEED_PROFILE: Profile = {
  background: 'data-analyst',
  weeklyHours: 8,
  budgetUsd: 900,
  startDate: mondayFromNow(),
  cloud: 'aws',
  specialisation: 'llm',
  targetRoleId: 'role.ml-engineer',
  availability: {
    timeZone: 'Europe/Berlin',
    windows: [
      { weekday: 0, start: '18:30', end: '20:30' },
      { weekday: 2, start: '18:30', end: '20:30' },
      { weekday: 3, start: '18:30', end: '20:30' },
      { weekday: 5, start: '09:00', end: '12:00' },
    ],
    sessionMinutes: { min: 45, max: 120 },
  },
};

type Invoke = (channel: string, request: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>;

/** Calls a channel from the UI page, exactly as the renderer would, and fails loudly on error. */
export async function call<T = unknown>(ui: Page, channel: string, request: unknown): Promise<T> {
  const result = await ui.evaluate(
    ([c, r]) => (window as unknown as { planner: { invoke: Invoke } }).planner.invoke(c, r),
    [channel, request] as const,
  );
  if (!result.ok) throw new Error(`${channel} failed: ${result.error?.message ?? 'unknown error'}`);
  return result.value as T;
}

/** Saves a profile (which builds the plan), ticks the first milestones and books an exam. */
export async function seedLearner(ui: Page, options: { profile?: Profile; ticks?: number; bookExam?: boolean } = {}): Promise<void> {
  const profile = options.profile ?? SEED_PROFILE;
  await call(ui, 'profile:save', profile);
  const view = await call<{ plan: { milestones: { id: string; status: string }[] } }>(ui, 'plan:get', {});
  const planned = view.plan.milestones.filter((m) => m.status === 'planned');
  for (const m of planned.slice(0, options.ticks ?? 3)) await call(ui, 'milestone:set-done', { id: m.id, done: true });
  if (options.bookExam ?? true) {
    await call(ui, 'certification:update', { certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate: mondayFromNow(40), passedOn: null, spentUsd: 150 });
  }
  await ui.reload();
  // The dashboard's first load schedules (and stores) this week's sessions; wait for it, so a
  // test's "before" snapshot of the database is not taken halfway through.
  await ui.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
}
