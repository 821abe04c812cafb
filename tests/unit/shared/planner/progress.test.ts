import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/domain/plan';
import type { Profile } from '../../../../shared/domain/profile';
import { generatePlan } from '../../../../shared/planner/plan';
import { computeProgress, costSummary, replanFromToday } from '../../../../shared/planner/progress';
import { loadBuiltIn } from '../content/helpers';

const pack = loadBuiltIn();
const profile: Profile = { background: 'new-to-code', weeklyHours: 8, budgetUsd: 900, startDate: '2026-12-07' };

function basePlan(): Plan {
  const r = generatePlan(profile, pack, '2026-11-23');
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}

describe('computeProgress', () => {
  const plan = basePlan();
  const first = plan.milestones[0]!;
  const second = plan.milestones[1]!;

  it('has not started before the start date, nor on the first day', () => {
    expect(computeProgress(plan, { doneMilestoneIds: [] }, '2026-12-01')).toMatchObject({ overallPercent: 0, status: 'not-started', behindByHours: 0 });
    expect(computeProgress(plan, { doneMilestoneIds: [] }, plan.startDate)).toMatchObject({ status: 'not-started', behindByHours: 0 });
  });

  it('counts ticked milestones per phase and overall, by hours', () => {
    const p = computeProgress(plan, { doneMilestoneIds: [first.id] }, '2026-12-07');
    const foundations = p.phases.find((ph) => ph.phaseId === 'phase.foundations')!;
    expect(foundations.doneHours).toBe(first.hours);
    expect(foundations.percent).toBe(Math.floor((first.hours / foundations.totalHours) * 100));
    expect(p.overallPercent).toBe(Math.floor((first.hours / plan.totalHours) * 100));
  });

  it('is behind by the hours the plan expected but nothing was done', () => {
    // The day after the first milestone's dates, all its hours were due.
    const dayAfter = new Date(Date.parse(first.endDate) + 86_400_000).toISOString().slice(0, 10);
    const p = computeProgress(plan, { doneMilestoneIds: [] }, dayAfter);
    expect(p.status).toBe('behind');
    expect(p.behindByHours).toBeGreaterThanOrEqual(first.hours);
    const caughtUp = computeProgress(plan, { doneMilestoneIds: [first.id], loggedMinutes: { [second.id]: 600 } }, dayAfter);
    expect(caughtUp.status).toBe('ahead');
    expect(caughtUp.behindByHours).toBe(0);
  });

  it('counts logged time on an unticked milestone only up to its estimate', () => {
    const p = computeProgress(plan, { doneMilestoneIds: [], loggedMinutes: { [first.id]: 100_000 } }, '2026-12-07');
    expect(p.achievedHours).toBe(first.hours);
  });

  it('is finished when everything is ticked', () => {
    const all = plan.milestones.map((m) => m.id);
    expect(computeProgress(plan, { doneMilestoneIds: all }, '2027-03-01')).toMatchObject({ overallPercent: 100, status: 'finished' });
  });
});

describe('progress across a re-plan', () => {
  it('ticked work counts the same before and after a re-plan keeps it as done', () => {
    const before = basePlan();
    const done = before.milestones.slice(0, 3).map((m) => m.id);
    const r = replanFromToday({ profile, pack, today: '2026-11-23', record: { doneMilestoneIds: done } });
    if (!r.ok) throw new Error(r.error.message);
    const a = computeProgress(before, { doneMilestoneIds: done }, '2026-12-07');
    const b = computeProgress(r.plan, { doneMilestoneIds: done }, '2026-12-07');
    expect(a.overallPercent).toBeGreaterThan(0);
    expect(b.overallPercent).toBe(a.overallPercent);
  });
});

describe('replanFromToday', () => {
  it('starts today, keeps ticks as done and booked exams fixed, and shortens the remaining path', () => {
    const before = basePlan();
    const done = before.milestones.slice(0, 3).map((m) => m.id);
    const result = replanFromToday({
      profile,
      pack,
      today: '2027-02-01',
      record: { doneMilestoneIds: done },
      bookedExams: [{ certId: 'cert.aws.aif-c01', examDate: '2027-02-10' }],
    });
    if (!result.ok) throw new Error(result.error.message);
    const after = result.plan;
    expect(after.startDate).toBe('2027-02-01');
    for (const id of done) expect(after.milestones.find((m) => m.id === id)?.status).toBe('done');
    expect(after.totalHours).toBeLessThan(before.totalHours);
    expect(after.certifications.find((c) => c.certId === 'cert.aws.aif-c01')).toMatchObject({ booked: true, targetExamDate: '2027-02-10' });
    expect(after.warnings.join(' ')).toContain('comes before the plan gets you ready');
  });
});

describe('costSummary', () => {
  it('compares planned, budget and spent, counting a paid exam once', () => {
    const plan = basePlan(); // AIF-C01 $100 + MLA-C01 $150 + Databricks ML Associate $200 of $900
    expect(costSummary(plan, [])).toEqual({ budgetUsd: 900, plannedUsd: 450, spentUsd: 0, remainingUsd: 450, overBudget: false });
    const spent = costSummary(plan, [{ amountUsd: 100, certId: 'cert.aws.aif-c01' }, { amountUsd: 49.5 }]);
    expect(spent).toEqual({ budgetUsd: 900, plannedUsd: 450, spentUsd: 149.5, remainingUsd: 400.5, overBudget: false });
    expect(costSummary(plan, [{ amountUsd: 500 }]).overBudget).toBe(true);
    expect(costSummary(plan, [{ amountUsd: -50 }, { amountUsd: Number.NaN }]).spentUsd).toBe(0);
  });
});
