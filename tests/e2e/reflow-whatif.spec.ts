/**
 * Falling behind and trying other plans, through the screens: "Re-plan the remaining work" shows
 * the new finish, what moves and the booked exam it puts at risk before anything changes, then
 * applies exactly that; "Snooze to the next free window" moves a session into free study time;
 * What if… compares 6 h and 10 h a week beside the current plan and applies one, keeping ticks,
 * notes and the booked exam. Both screens pass axe-core in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatIsoDate, instantToLocal, mondayOf } from '../../shared/planner/time';
import { launchApp } from './harness/app-harness';
import { call, mondayFromNow, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const ZONE = 'Europe/Berlin';

interface Session {
  id: string;
  startUtc: string;
  endUtc: string;
  minutes: number;
  status: string;
}

const nextWeekStart = () => formatIsoDate(mondayOf(instantToLocal(ZONE, Date.now()).day) + 7);
const storedWeek = (ui: Page, weekStart = nextWeekStart()) => call<{ sessions: Session[]; missed: Session[] }>(ui, 'week:get', { weekStart });

/** Sends the last two of next week's sessions back three weeks: over and never marked, so missed. */
async function fallBehind(ui: Page): Promise<Session[]> {
  const { sessions } = await storedWeek(ui);
  const sent = sessions.slice(-2);
  for (const s of sent) await call(ui, 'session:update', { id: s.id, startUtc: new Date(Date.parse(s.startUtc) - 21 * 86_400_000).toISOString() });
  return sent;
}

async function openWeek(ui: Page, next = false): Promise<void> {
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Week' }).click();
  await expect(ui.getByRole('heading', { name: 'Your week' })).toBeVisible();
  if (next) await ui.getByRole('button', { name: 'Next week' }).click();
}

const dayWords = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

test('re-plan the remaining work: a preview first, then exactly that, keeping ticks, notes, logged time and the booked exam', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui, { bookExam: false });
  // An exam booked far too soon for the plan: the preview must name it and its date.
  const examDate = mondayFromNow(3);
  await call(ui, 'certification:update', { certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate, passedOn: null, spentUsd: 150 });
  const plan = await call<{ doneMilestoneIds: string[]; plan: { etaDate: string } }>(ui, 'plan:get', {});
  await call(ui, 'milestone:save-note', { id: plan.doneMilestoneIds[0], note: 'Keep this note', links: [] });
  const missed = await fallBehind(ui);
  const before = await app.dumpDb();

  await openWeek(ui);
  const panel = ui.getByTestId('reflow');
  await panel.getByRole('button', { name: 'Re-plan the remaining work' }).click();
  const preview = panel.getByTestId('reflow-preview');
  await expect(preview).toContainText(/Finish (moves from|stays on)/);
  await expect(preview).toContainText(`2 missed sessions (${Math.floor((missed[0]!.minutes + missed[1]!.minutes) / 60)} h`);
  await expect(preview.getByRole('alert')).toContainText(`Your booked AWS Certified Machine Learning Engineer – Associate (MLA-C01) exam on ${dayWords(examDate)}`);
  // Nothing is written by looking.
  expect(await app.dumpDb()).toEqual(before);
  const shown = await call<{ toEtaDate: string; missedIds: string[] }>(ui, 'plan:reflow-preview', {});
  await expect(preview).toContainText(dayWords(shown.toEtaDate));

  await preview.getByRole('button', { name: 'Apply this plan' }).click();
  await expect(panel.getByRole('status')).toHaveText(`Re-planned: you now finish on ${dayWords(shown.toEtaDate)}. Your ticks, notes, logged time and booked exams are kept.`);
  await expect(ui.getByTestId('missed-sessions')).toBeHidden();

  const after = await app.dumpDb();
  const sessions = after['sessions'] as Session[];
  for (const s of missed) expect(sessions.find((x) => x.id === s.id)?.status).toBe('skipped');
  const progress = after['milestoneProgress'] as { milestoneId: string; done: boolean; note: string }[];
  expect(progress.filter((p) => p.done).map((p) => p.milestoneId).sort()).toEqual([...plan.doneMilestoneIds].sort());
  expect(progress.find((p) => p.milestoneId === plan.doneMilestoneIds[0])?.note).toBe('Keep this note');
  expect((after['certifications'] as { certId: string; status: string; examDate: string }[]).find((c) => c.certId === 'cert.aws.mla-c01')).toMatchObject({ status: 'exam-booked', examDate });
  const view = await call<{ plan: { etaDate: string; lastReplan: { reason: string } } }>(ui, 'plan:get', {});
  expect(view.plan.etaDate).toBe(shown.toEtaDate);
  expect(view.plan.lastReplan.reason).toMatch(/after 2 missed sessions/);
  await app.close();
});

test('snooze to the next free window moves a session into free study time', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui);
  const week = await storedWeek(ui);
  const monday = week.sessions[0]!;
  const wednesday = week.sessions.find((s) => instantToLocal(ZONE, Date.parse(s.startUtc)).weekday === 2)!;
  // Wednesday's evening is free once its session is skipped: that is the next free window after Monday's.
  await call(ui, 'session:update', { id: wednesday.id, status: 'skipped' });
  await openWeek(ui, true);
  await ui.getByRole('button', { name: /, Monday 18:30–20:30, planned$/ }).click();
  await ui.getByRole('dialog').getByRole('button', { name: 'Snooze to the next free window' }).click();
  await expect(ui.getByRole('button', { name: /, Wednesday 18:30–20:30, planned$/ })).toBeVisible();
  const stored = (await storedWeek(ui)).sessions.find((s) => s.id === monday.id);
  expect(stored?.startUtc).toBe(wednesday.startUtc);
  expect((await storedWeek(ui)).sessions.filter((s) => s.status !== 'skipped').reduce((n, s) => n + s.minutes, 0)).toBeLessThanOrEqual(8 * 60);
  await app.close();
});

test('what if: 6 h and 10 h a week side by side, then apply 10 h; ticks, notes and the booking stay', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui, { bookExam: false });
  // Booked early, so the finish is set by the study hours (a booking months out would hold every plan's finish).
  await call(ui, 'certification:update', { certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate: mondayFromNow(6), passedOn: null, spentUsd: 150 });
  const plan = await call<{ doneMilestoneIds: string[] }>(ui, 'plan:get', {});
  await call(ui, 'milestone:save-note', { id: plan.doneMilestoneIds[0], note: 'Still here', links: [] });
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'What if' }).click();
  await expect(ui.getByRole('heading', { name: 'What if…', level: 1 })).toBeVisible();

  const drafts = ui.getByTestId('whatif-draft');
  await drafts.nth(0).getByLabel('Weekly hours').fill('6');
  await ui.getByRole('button', { name: 'Add another plan' }).click();
  await drafts.nth(1).getByLabel('Weekly hours').fill('10');
  const before = await app.dumpDb();
  await ui.getByRole('button', { name: 'Compare with my plan' }).click();

  const table = ui.getByTestId('whatif-table');
  await expect(table.getByRole('columnheader')).toHaveText(['Your plan now8 h a week', 'Plan A6 h a week', 'Plan B10 h a week']);
  const compared = await call<{ current: { etaDate: string }; variants: { ok: boolean; summary: { etaDate: string; weeklyHours: number } }[] }>(ui, 'plan:what-if', {
    changes: [{ weeklyHours: 6 }, { weeklyHours: 10 }],
  });
  const [six, ten] = compared.variants.map((v) => v.summary);
  expect(six!.etaDate > compared.current.etaDate && ten!.etaDate < compared.current.etaDate).toBe(true);
  const finish = table.getByRole('row', { name: /^Finish/ });
  await expect(finish.getByRole('cell')).toHaveText([dayWords(compared.current.etaDate), dayWords(six!.etaDate), dayWords(ten!.etaDate)]);
  await expect(table.getByRole('row', { name: /^Month 1/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Exam cost/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Exams/ }).getByRole('cell').nth(2)).toContainText(`Associate (MLA-C01), ${dayWords(mondayFromNow(6))} (booked)`);
  // Comparing writes nothing.
  expect(await app.dumpDb()).toEqual(before);

  await table.getByRole('button', { name: 'Apply Plan B' }).click();
  await expect(ui.getByTestId('whatif-applied')).toContainText('Plan B (10 h a week) is now your plan.');
  const after = await app.dumpDb();
  expect((after['profile'] as { profile: { weeklyHours: number } }[])[0]?.profile.weeklyHours).toBe(10);
  const progress = after['milestoneProgress'] as { milestoneId: string; done: boolean; note: string }[];
  expect(progress.filter((p) => p.done).map((p) => p.milestoneId).sort()).toEqual([...plan.doneMilestoneIds].sort());
  expect(progress.find((p) => p.milestoneId === plan.doneMilestoneIds[0])?.note).toBe('Still here');
  expect((after['certifications'] as { certId: string; status: string }[]).find((c) => c.certId === 'cert.aws.mla-c01')?.status).toBe('exam-booked');
  const view = await call<{ plan: { etaDate: string } }>(ui, 'plan:get', {});
  expect(view.plan.etaDate).toBe(ten!.etaDate);
  await app.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`re-flow preview and what-if comparison have no axe-core violations (${colorScheme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme });
    const { ui } = app;
    await seedLearner(ui);
    await fallBehind(ui);
    await openWeek(ui);
    await ui.getByRole('button', { name: 'Re-plan the remaining work' }).click();
    await expect(ui.getByTestId('reflow-preview')).toBeVisible();
    expect((await new AxeBuilder({ page: ui }).analyze()).violations).toEqual([]);

    await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'What if' }).click();
    await ui.getByTestId('whatif-draft').first().getByLabel('Weekly hours').fill('6');
    await ui.getByRole('button', { name: 'Add another plan' }).click();
    await ui.getByTestId('whatif-draft').nth(1).getByLabel('Budget (US$)').fill('0');
    await ui.getByRole('button', { name: 'Compare with my plan' }).click();
    await expect(ui.getByTestId('whatif-table')).toBeVisible();
    expect((await new AxeBuilder({ page: ui }).analyze()).violations).toEqual([]);
    await app.close();
  });
}

test('a what-if the profile form would refuse is named on its plan, and nothing is compared', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui);
  await ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'What if' }).click();
  await ui.getByRole('button', { name: 'Compare with my plan' }).click();
  await expect(ui.getByText('Plan A is the same as your current plan: change at least one thing.')).toBeVisible();
  await ui.getByTestId('whatif-draft').first().getByLabel('Weekly hours').fill('61');
  await ui.getByRole('button', { name: 'Compare with my plan' }).click();
  await expect(ui.getByText('Weekly hours can be at most 60.')).toBeVisible();
  await expect(ui.getByTestId('whatif-table')).toBeHidden();
  await app.close();
});
