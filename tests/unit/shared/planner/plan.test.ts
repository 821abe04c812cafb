import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../../shared/content/schema';
import type { Plan } from '../../../../shared/domain/plan';
import { BACKGROUNDS, CLOUD_PREFERENCES, SPECIALISATION_CHOICES, type Profile } from '../../../../shared/domain/profile';
import { generatePlan, type PlanOptions } from '../../../../shared/planner/plan';
import { backgroundPace } from '../../../../shared/planner/levels';
import { round1 } from '../../../../shared/planner/round';
import { loadBuiltIn } from '../content/helpers';

const pack: ContentPack = loadBuiltIn();
const TODAY = '2026-11-23';

/** The calibrated pace of a background under the default role (what every default plan uses). */
function pace(background: Profile['background']): number {
  const role = pack.targetRoles.find((r) => r.id === 'role.ml-engineer')!;
  return backgroundPace(pack, background, new Set(role.emphasisPhaseIds), 1.2)!.pace;
}

function plan(profile: Partial<Profile> & Pick<Profile, 'background'>, options?: PlanOptions): Plan {
  const result = generatePlan({ weeklyHours: 8, budgetUsd: 900, startDate: '2026-12-07', ...profile }, pack, TODAY, { fallbackTimeZone: 'Europe/Berlin', ...options });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.plan;
}

/** The parts of a plan a reviewer checks by eye; the golden snapshot pins them per persona. */
function summary(p: Plan) {
  return {
    totalHours: p.totalHours,
    etaDate: p.etaDate,
    months: p.durationMonths,
    typicalMonths: p.typicalMonths,
    timelineNote: p.timelineNote,
    levels: Object.values(p.levels).map((l) => l.note),
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

  it('complete beginner starts with AIF-C01, then MLA-C01 and the optional MLOps credential, within $900', () => {
    const p = plan(PERSONAS['complete beginner, 8 h/week, $900']);
    expect(p.certifications.map((c) => c.certId)).toEqual(['cert.aws.aif-c01', 'cert.aws.mla-c01', 'cert.databricks.ml-associate']);
    expect(p.budget).toMatchObject({ plannedUsd: 450, withinBudget: true });
    expect(p.typicalMonths).toEqual({ min: 12, max: 18 });
    expect(p.milestones.every((m) => m.status === 'planned')).toBe(true);
  });

  it('a developer on GCP goes straight to the Professional ML Engineer exam, with the MLOps credential beside it', () => {
    const p = plan(PERSONAS['developer, 10 h/week, GCP']);
    expect(p.certifications.map((c) => c.certId)).toEqual(['cert.gcp.pmle', 'cert.databricks.ml-associate']);
  });

  it('a $0 budget is a free path that names the first exam worth saving for', () => {
    const p = plan(PERSONAS['student, 20 h/week, $0']);
    expect(p.certifications).toEqual([]);
    expect(p.budget.withinBudget).toBe(false);
    expect(p.budget.cheapestAlternative).toBeNull();
    expect(p.budget.message).toMatch(/^Free path: /);
    expect(p.budget.message).toContain('The first exam worth saving for is AWS Certified AI Practitioner (AIF-C01) at $100.');
    expect(p.budget.message).not.toContain('over your $0 budget');
  });

  it('with $100 a developer gets the exam that fits, not one already planned or over budget', () => {
    const p = plan({ background: 'software-developer', budgetUsd: 100 });
    expect(p.certifications.map((c) => c.certId)).toEqual(['cert.aws.aif-c01']);
    expect(p.budget.plannedUsd).toBe(100);
    expect(p.budget.message).toContain('The next one worth saving for is AWS Certified Machine Learning Engineer – Associate (MLA-C01) ($150).');
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
    // 14 h × 0.6 (level 2) × 1.2 (ML engineers emphasise core ML) × the developer's calibrated pace.
    expect(supervised?.hours).toBe(round1(14 * 0.6 * 1.2 * pace('software-developer')));
    expect(supervised?.adjustment).toContain('60 %');
  });

  it('quiz answers move a level within caps: two right answers shorten a phase, never skip it', () => {
    const rating = { 'python-foundations': 0, 'ml-modelling': 0, 'mlops-deployment': 2 } as const;
    const p = plan({ background: 'new-to-code', selfRating: rating }, { quizByArea: { 'python-foundations': { answered: 2, correct: 2 }, 'mlops-deployment': { answered: 2, correct: 0 } } });
    expect(p.levels['python-foundations']).toMatchObject({ level: 1, baseLevel: 0, quiz: { answered: 2, correct: 2 } });
    expect(p.levels['python-foundations'].note).toContain('raised by 2 of 2 right in the quiz');
    expect(p.levels['mlops-deployment']).toMatchObject({ level: 1, baseLevel: 2 });
    expect(p.milestones.filter((m) => m.phaseId === 'phase.foundations').every((m) => m.status === 'planned' && m.adjustment?.includes('80 %'))).toBe(true);
    // One answer is not evidence yet; six all right lift two levels but still not to "skip".
    expect(plan({ background: 'new-to-code' }, { quizByArea: { 'python-foundations': { answered: 1, correct: 1 } } }).levels['python-foundations'].level).toBe(0);
    expect(plan({ background: 'new-to-code' }, { quizByArea: { 'python-foundations': { answered: 6, correct: 6 } } }).levels['python-foundations'].level).toBe(2);
    const rated3 = plan({ background: 'new-to-code', selfRating: { ...rating, 'python-foundations': 3 } }, { quizByArea: { 'python-foundations': { answered: 6, correct: 6 } } });
    expect(rated3.levels['python-foundations'].level).toBe(4);
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
    const pythonCore = round1(20 * pace('new-to-code'));
    expect(p.milestones.find((m) => m.id === 'phase.foundations.python-core')).toMatchObject({ status: 'done', hours: pythonCore, minutes: 0 });
    expect(p.totalHours).toBeCloseTo(plan({ background: 'new-to-code' }).totalHours - pythonCore, 5);
    expect(p.certifications.find((c) => c.certId === 'cert.aws.aif-c01')).toMatchObject({ booked: true, targetExamDate: '2027-01-15' });
    expect(p.warnings.join(' ')).toContain('comes before the plan gets you ready');
  });

  it('never plans a retired exam, even one the learner booked', () => {
    const p = plan({ background: 'data-scientist' }, { bookedExams: [{ certId: 'cert.aws.mls-c01', examDate: '2027-03-01' }] });
    expect(p.certifications.map((c) => c.certId)).not.toContain('cert.aws.mls-c01');
    expect(p.warnings.join(' ')).toMatch(/retired since 2026-03-31/);
  });

  it('says plainly that the sources name no Azure exam and plans the nearest path', () => {
    const p = plan({ background: 'software-developer', cloud: 'azure', budgetUsd: 2000 });
    expect(p.certifications.map((c) => c.certId)).toEqual(['cert.aws.mla-c01', 'cert.databricks.ml-associate']);
    expect(p.warnings.join(' ')).toContain('The sources name no Microsoft Azure certification');
    expect(p.certifications[0]?.reason).toContain('nearest path');
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
  const r = generatePlan(clean, pack, TODAY, { fallbackTimeZone: 'Europe/Berlin' });
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
        // Month hours are the sessions' minutes, so they add up to the milestones' scheduled minutes.
        const scheduled = p.milestones.reduce((s, m) => s + m.minutes, 0) / 60;
        const spread = p.timeline.reduce((s, m) => s + m.hours, 0);
        expect(Math.abs(spread - scheduled)).toBeLessThan(0.05 * p.timeline.length + 0.05);
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
