import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../../shared/content/schema';
import type { Plan } from '../../../../shared/domain/plan';
import { BACKGROUNDS, CLOUD_PREFERENCES, SPECIALISATION_CHOICES, type Profile } from '../../../../shared/domain/profile';
import { generatePlan, type PlanOptions } from '../../../../shared/planner/plan';
import { loadBuiltIn } from '../content/helpers';

const pack: ContentPack = loadBuiltIn();
const TODAY = '2026-11-23';

function plan(profile: Partial<Profile> & Pick<Profile, 'background'>, options?: PlanOptions): Plan {
  const result = generatePlan({ weeklyHours: 8, budgetUsd: 900, startDate: '2026-12-07', ...profile }, pack, TODAY, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.plan;
}

/** The parts of a plan a reviewer checks by eye; the golden snapshot pins them per persona. */
function summary(p: Plan) {
  return {
    totalHours: p.totalHours,
    etaDate: p.etaDate,
    months: p.timeline.length,
    typicalMonths: p.typicalMonths,
    phases: p.phases.map((ph) => `${ph.id} ${ph.startDate}→${ph.endDate} ${ph.hours}h${ph.skipped ? ' (skipped)' : ''}`),
    certifications: p.certifications.map((c) => `${c.order}. ${c.certId} $${c.costUsd} prep ${c.prepStartDate} exam ${c.targetExamDate}`),
    budget: p.budget.message,
    warnings: p.warnings,
  };
}

const PERSONAS = {
  'complete beginner, 8 h/week, $900': { background: 'new-to-code', weeklyHours: 8, budgetUsd: 900 },
  'developer, 10 h/week, GCP': { background: 'software-developer', weeklyHours: 10, budgetUsd: 1500, cloud: 'gcp' },
  'data analyst, 5 h/week, $300': { background: 'data-analyst', weeklyHours: 5, budgetUsd: 300 },
  'data scientist, 15 h/week, LLM': { background: 'data-scientist', weeklyHours: 15, budgetUsd: 1200, specialisation: 'llm', targetRoleId: 'role.applied-llm-engineer' },
  'student, 20 h/week, $0': { background: 'student', weeklyHours: 20, budgetUsd: 0 },
} as const satisfies Record<string, Partial<Profile> & Pick<Profile, 'background'>>;

describe('generatePlan: golden personas', () => {
  for (const [name, profile] of Object.entries(PERSONAS)) {
    it(name, () => {
      expect(summary(plan(profile))).toMatchSnapshot();
    });
  }

  it('complete beginner starts with AIF-C01, then MLA-C01, within $900', () => {
    const p = plan(PERSONAS['complete beginner, 8 h/week, $900']);
    expect(p.certifications.map((c) => c.certId)).toEqual(['cert.aws.aif-c01', 'cert.aws.mla-c01']);
    expect(p.budget).toMatchObject({ plannedUsd: 250, withinBudget: true });
    expect(p.typicalMonths).toEqual({ min: 12, max: 18 });
    expect(p.milestones.every((m) => m.status === 'planned')).toBe(true);
  });

  it('a developer on GCP goes straight to the Professional ML Engineer exam', () => {
    const p = plan(PERSONAS['developer, 10 h/week, GCP']);
    expect(p.certifications.map((c) => c.certId)).toEqual(['cert.gcp.pmle']);
  });

  it('a $0 budget gets no exam, says so and offers the cheapest suitable one', () => {
    const p = plan(PERSONAS['student, 20 h/week, $0']);
    expect(p.certifications).toEqual([]);
    expect(p.budget.withinBudget).toBe(false);
    expect(p.budget.cheapestAlternative).toEqual({ certId: 'cert.aws.aif-c01', costUsd: 100 });
    expect(p.budget.message).toContain('over your $0 budget');
  });

  it('an LLM data scientist gets the generative-AI exam and the LLM milestones only', () => {
    const p = plan(PERSONAS['data scientist, 15 h/week, LLM']);
    expect(p.certifications.map((c) => c.certId)).toContain('cert.aws.aip-c01');
    const specialised = pack.phases.flatMap((ph) => ph.milestones.filter((m) => m.specialisation));
    const inPlan = new Set(p.milestones.map((m) => m.id));
    for (const m of specialised) expect(inPlan.has(m.id), m.id).toBe(m.specialisation === 'llm');
  });
});

describe('generatePlan: rules', () => {
  it('scales dates with weekly hours: twice the hours, about half the weeks', () => {
    const slow = plan({ background: 'new-to-code', weeklyHours: 5, budgetUsd: 0 });
    const fast = plan({ background: 'new-to-code', weeklyHours: 10, budgetUsd: 0 });
    expect(slow.totalHours).toBe(fast.totalHours);
    const days = (p: Plan) => (Date.parse(p.etaDate) - Date.parse(p.startDate)) / 86_400_000;
    expect(days(slow) / days(fast)).toBeGreaterThan(1.9);
    expect(days(slow) / days(fast)).toBeLessThan(2.1);
  });

  it('skips an area the learner is confident in and shortens partly known ones', () => {
    const p = plan({ background: 'software-developer', selfRating: { 'python-foundations': 4, 'ml-modelling': 2, 'mlops-deployment': 0 } });
    const foundations = p.milestones.filter((m) => m.phaseId === 'phase.foundations');
    expect(foundations.length).toBeGreaterThan(0);
    expect(foundations.every((m) => m.status === 'skipped' && m.hours === 0)).toBe(true);
    expect(p.phases.find((ph) => ph.id === 'phase.foundations')?.skipped).toBe(true);
    const supervised = p.milestones.find((m) => m.id === 'phase.core-ml.supervised-basics');
    expect(supervised?.hours).toBe(10.1); // 14 h × 0.6 (level 2) × 1.2 (ML engineers emphasise core ML), one decimal
    expect(supervised?.adjustment).toContain('60 %');
  });

  it('quiz readiness outranks the self-rating', () => {
    const p = plan(
      { background: 'new-to-code', selfRating: { 'python-foundations': 0, 'ml-modelling': 0, 'mlops-deployment': 0 } },
      { readinessByArea: { 'python-foundations': 100 } },
    );
    expect(p.milestones.filter((m) => m.phaseId === 'phase.foundations').every((m) => m.status === 'skipped')).toBe(true);
  });

  it('caps hours by what the availability windows hold and says so', () => {
    const p = plan({
      background: 'new-to-code',
      weeklyHours: 20,
      availability: { timeZone: 'Europe/Berlin', windows: [{ weekday: 0, start: '18:00', end: '21:00' }], sessionMinutes: { min: 30, max: 90 } },
    });
    expect(p.weeklyHours).toBe(3);
    expect(p.warnings[0]).toContain('only 3 h a week');
  });

  it('keeps done milestones and booked exam dates, and warns when a booking is too early', () => {
    const p = plan(
      { background: 'new-to-code' },
      { doneMilestoneIds: ['phase.foundations.python-core'], bookedExams: [{ certId: 'cert.aws.aif-c01', examDate: '2027-01-15' }] },
    );
    // Done work keeps its hours for progress but takes no calendar time.
    expect(p.milestones.find((m) => m.id === 'phase.foundations.python-core')).toMatchObject({ status: 'done', hours: 20 * 1.0 });
    expect(p.totalHours).toBe(plan({ background: 'new-to-code' }).totalHours - 20);
    expect(p.certifications.find((c) => c.certId === 'cert.aws.aif-c01')).toMatchObject({ booked: true, targetExamDate: '2027-01-15' });
    expect(p.warnings.join(' ')).toContain('comes before the plan gets you ready');
  });

  it('never plans a retired exam, even one the learner booked', () => {
    const p = plan({ background: 'data-scientist' }, { bookedExams: [{ certId: 'cert.aws.mls-c01', examDate: '2027-03-01' }] });
    expect(p.certifications.map((c) => c.certId)).not.toContain('cert.aws.mls-c01');
    expect(p.warnings.join(' ')).toMatch(/retired since 2026-03-31/);
  });

  it('falls back with a warning when the preferred cloud has no production exam', () => {
    const p = plan({ background: 'software-developer', cloud: 'azure', budgetUsd: 2000 });
    expect(p.certifications.map((c) => c.certId)).toEqual(['cert.aws.mla-c01']);
    expect(p.warnings.join(' ')).toContain('no production ML exam for AZURE');
  });

  it.each([
    [{ startDate: '2026-11-01' }, 'start-in-past'],
    [{ startDate: '2026-02-30' }, 'invalid-date'],
    [{ weeklyHours: 0 }, 'invalid-hours'],
    [{ targetRoleId: 'role.astronaut' }, 'unknown-role'],
    [
      { availability: { timeZone: 'UTC', windows: [{ weekday: 0, start: '18:00', end: '18:20' }], sessionMinutes: { min: 30, max: 60 } } },
      'availability-too-small',
    ],
  ] as const)('refuses %j with %s, never an empty plan', (override, code) => {
    const result = generatePlan({ background: 'student', weeklyHours: 8, budgetUsd: 900, startDate: '2026-12-07', ...override } as Profile, pack, TODAY);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(result.ok ? '' : result.error.message).not.toBe('');
  });

  it('refuses unknown ids in the learner record', () => {
    expect(generatePlan({ background: 'student', weeklyHours: 8, budgetUsd: 900, startDate: '2026-12-07' }, pack, TODAY, { doneMilestoneIds: ['phase.nope'] })).toMatchObject({
      ok: false,
      error: { code: 'unknown-milestone' },
    });
    expect(
      generatePlan({ background: 'student', weeklyHours: 8, budgetUsd: 900, startDate: '2026-12-07' }, pack, TODAY, { bookedExams: [{ certId: 'cert.x.y', examDate: '2027-01-01' }] }),
    ).toMatchObject({ ok: false, error: { code: 'unknown-certification' } });
  });
});

const arbProfile = fc.record({
  background: fc.constantFrom(...BACKGROUNDS),
  weeklyHours: fc.integer({ min: 1, max: 60 }),
  budgetUsd: fc.integer({ min: 0, max: 20_000 }),
  startDate: fc.integer({ min: 0, max: 800 }).map((d) => new Date(Date.UTC(2026, 10, 23 + d)).toISOString().slice(0, 10)),
  cloud: fc.constantFrom(...CLOUD_PREFERENCES),
  specialisation: fc.constantFrom(...SPECIALISATION_CHOICES),
  targetRoleId: fc.constantFrom(...pack.targetRoles.map((r) => r.id)),
  selfRating: fc.option(
    fc.record({ 'python-foundations': fc.integer({ min: 0, max: 4 }), 'ml-modelling': fc.integer({ min: 0, max: 4 }), 'mlops-deployment': fc.integer({ min: 0, max: 4 }) }),
    { nil: undefined },
  ),
});

function mustPlan(profile: Profile): Plan {
  const clean = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined)) as Profile;
  const r = generatePlan(clean, pack, TODAY);
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}

describe('generatePlan: properties', () => {
  const milestoneOrder = new Map(pack.phases.flatMap((p) => p.milestones).map((m, i) => [m.id, i]));
  const prerequisites = new Map(pack.phases.flatMap((p) => p.milestones).map((m) => [m.id, m.prerequisites]));

  it('keeps prerequisite order: nothing starts before what it depends on has started', () => {
    fc.assert(
      fc.property(arbProfile, (profile) => {
        const p = mustPlan(profile);
        const byId = new Map(p.milestones.map((m) => [m.id, m]));
        for (const m of p.milestones) {
          if (m.status !== 'planned') continue;
          for (const pre of prerequisites.get(m.id) ?? []) {
            const before = byId.get(pre);
            if (before?.status === 'planned') expect(before.endDate <= m.endDate && before.startDate <= m.startDate).toBe(true);
          }
        }
        const order = p.milestones.map((m) => milestoneOrder.get(m.id) ?? -1);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
      { numRuns: 150 },
    );
  });

  it('never recommends a retired exam and never exceeds the budget', () => {
    const retired = new Set(pack.certifications.filter((c) => c.status === 'retired').map((c) => c.id));
    fc.assert(
      fc.property(arbProfile, (profile) => {
        const p = mustPlan(profile);
        expect(p.certifications.some((c) => retired.has(c.certId))).toBe(false);
        const cost = p.certifications.reduce((s, c) => s + c.costUsd, 0);
        expect(cost).toBe(p.budget.plannedUsd);
        expect(cost).toBeLessThanOrEqual(profile.budgetUsd);
        expect(p.budget.withinBudget).toBe(p.budget.idealUsd <= profile.budgetUsd);
      }),
      { numRuns: 200 },
    );
  });

  it('puts every exam after its prep and the phase it covers, and the ETA after everything', () => {
    fc.assert(
      fc.property(arbProfile, (profile) => {
        const p = mustPlan(profile);
        for (const c of p.certifications) {
          const cert = pack.certifications.find((x) => x.id === c.certId);
          const prepDays = (cert?.prepWeeks?.min ?? 0) * 7;
          expect(Date.parse(c.targetExamDate) - Date.parse(c.prepStartDate)).toBeGreaterThanOrEqual(prepDays * 86_400_000);
          const phase = p.phases.find((ph) => ph.id === cert?.phaseId);
          if (phase && !phase.skipped) expect(c.targetExamDate > phase.endDate).toBe(true);
          expect(c.targetExamDate <= p.etaDate).toBe(true);
        }
        for (const m of p.milestones) expect(m.endDate <= p.etaDate).toBe(true);
        expect(p.timeline.at(-1)?.month).toBe(p.etaDate.slice(0, 7));
        const planned = p.milestones.reduce((s, m) => s + m.hours, 0);
        const spread = p.timeline.reduce((s, m) => s + m.hours, 0);
        expect(Math.abs(spread - planned)).toBeLessThan(0.1 * p.timeline.length + 0.1);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same input gives a deep-equal plan', () => {
    fc.assert(
      fc.property(arbProfile, (profile) => {
        expect(mustPlan(profile)).toEqual(mustPlan(structuredClone(profile)));
      }),
      { numRuns: 50 },
    );
  });
});
