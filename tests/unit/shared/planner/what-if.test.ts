/**
 * What-if plans are the planner's plans for a changed profile, summarised; and "re-plan the
 * remaining work" names a booked exam the new plan puts out of reach.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../shared/domain/profile';
import { bookedExamsNotReady, generatePlan } from '../../../../shared/planner/plan';
import { reflowPreview } from '../../../../shared/planner/reflow';
import { applyChange, summarisePlan } from '../../../../shared/planner/what-if';
import { loadBuiltIn } from '../content/helpers';

const pack = loadBuiltIn();
const PROFILE: Profile = { background: 'software-developer', weeklyHours: 8, budgetUsd: 900, startDate: '2026-12-07', cloud: 'aws' };
const plan = (profile: Profile, booked: { certId: string; examDate: string }[] = []) => {
  const r = generatePlan(profile, pack, '2026-12-01', { fallbackTimeZone: 'Europe/Berlin', bookedExams: booked });
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
};

describe('what-if', () => {
  it('changes only the five what-if fields of the saved profile', () => {
    const saved: Profile = { ...PROFILE, specialisation: 'llm', targetRoleId: 'role.ml-engineer' };
    expect(applyChange(saved, { weeklyHours: 6 })).toEqual({ ...saved, weeklyHours: 6 });
    expect(applyChange(saved, { budgetUsd: 0, cloud: 'gcp', specialisation: 'none', startDate: '2027-01-04' })).toEqual({
      ...saved,
      budgetUsd: 0,
      cloud: 'gcp',
      specialisation: 'none',
      startDate: '2027-01-04',
    });
    expect(applyChange(saved, {})).toEqual(saved);
  });

  it('summarises a plan: finish, hours, exams in order with their cost, the first three months', () => {
    const p = plan(PROFILE);
    const s = summarisePlan(p, pack);
    expect(s).toMatchObject({ startDate: '2026-12-07', etaDate: p.etaDate, totalHours: p.totalHours, weeklyHours: 8, durationMonths: p.durationMonths });
    expect(s.exams.map((e) => e.certId)).toEqual(p.certifications.map((c) => c.certId));
    expect(s.exams[0]?.name).toBe('AWS Certified Machine Learning Engineer – Associate (MLA-C01)');
    expect(s.examCostUsd).toBe(p.certifications.reduce((n, c) => n + c.costUsd, 0));
    expect(s.firstMonths.map((m) => m.month)).toEqual(['2026-12', '2027-01', '2027-02']);
    expect(s.firstMonths[0]?.milestones.map((m) => m.id)).toEqual(p.timeline[0]?.milestoneIds);
    // More hours a week finish sooner; a $0 budget plans no paid exam.
    expect(summarisePlan(plan({ ...PROFILE, weeklyHours: 12 }), pack).etaDate < s.etaDate).toBe(true);
    expect(summarisePlan(plan({ ...PROFILE, budgetUsd: 0 }), pack).examCostUsd).toBe(0);
  });
});

describe('booked exams the plan does not get the learner ready for', () => {
  it('names the exam, its booked date and the day the plan gets them ready; a later date is fine', () => {
    const free = plan(PROFILE);
    const mla = free.certifications.find((c) => c.certId === 'cert.aws.mla-c01')!;
    const early = plan(PROFILE, [{ certId: 'cert.aws.mla-c01', examDate: '2027-01-11' }]);
    expect(bookedExamsNotReady(early, pack)).toEqual([{ certId: 'cert.aws.mla-c01', examDate: '2027-01-11', readyDate: mla.targetExamDate }]);
    expect(early.warnings.join(' ')).toContain(`comes before the plan gets you ready (${mla.targetExamDate})`);
    expect(bookedExamsNotReady(plan(PROFILE, [{ certId: 'cert.aws.mla-c01', examDate: mla.targetExamDate }]), pack)).toEqual([]);
  });

  it('the re-flow preview says when a booking becomes too early', () => {
    const mla = plan(PROFILE).certifications.find((c) => c.certId === 'cert.aws.mla-c01')!;
    const booked = [{ certId: 'cert.aws.mla-c01', examDate: mla.targetExamDate }];
    const before = plan(PROFILE, booked);
    // Fewer hours: the same booking now comes too early.
    const after = plan({ ...PROFILE, weeklyHours: 4 }, booked);
    const preview = reflowPreview(before, after, [], pack);
    expect(preview.exams).toEqual([expect.objectContaining({ certId: 'cert.aws.mla-c01', examDate: mla.targetExamDate, becomesInfeasible: true, name: 'AWS Certified Machine Learning Engineer – Associate (MLA-C01)' })]);
    expect(preview.toEtaDate > preview.fromEtaDate).toBe(true);
    expect(preview.moves.length).toBeGreaterThan(0);
    for (const m of preview.moves) expect(m.toEndDate).not.toBe(m.fromEndDate);
    expect(reflowPreview(after, after, [], pack).exams[0]?.becomesInfeasible).toBe(false);
  });
});
