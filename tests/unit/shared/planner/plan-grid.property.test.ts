/**
 * The advice and the schedule held against the sources over the whole profile grid: every
 * background × cloud × specialisation × budget {0, 100, 150, 200, 300, 900, 2000}, with weekly
 * hours 1–60, self-ratings and quiz answers drawn at random for each cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHIPPED_PACKS } from '../../../../shared/content/editions';
import type { ContentPack } from '../../../../shared/content/schema';
import type { Plan } from '../../../../shared/domain/plan';
import { BACKGROUNDS, CLOUD_PREFERENCES, SPECIALISATION_CHOICES, type Profile } from '../../../../shared/domain/profile';
import { SKILL_AREAS } from '../../../../shared/domain/skill-area';
import { generatePlan, type PlanOptions } from '../../../../shared/planner/plan';
import { computeProgress } from '../../../../shared/planner/progress';
import { formatIsoDate, instantToLocal, mondayOf, parseIsoDate } from '../../../../shared/planner/time';
import { weekSessions } from '../../../../shared/planner/week-sessions';
import { loadOrThrow } from '../content/helpers';

// Every edition that ships is held to the same properties: an edition changes emphasis, never
// whether a plan is coherent.
const EDITIONS = SHIPPED_PACKS.map((raw) => ({ title: raw.edition.title, pack: loadOrThrow(raw, raw.edition.id) }));
const TODAY = '2026-12-01';
const BUDGETS = [0, 100, 150, 200, 300, 900, 2000] as const;
const BEGINNERS = new Set(['new-to-code', 'student']);
const DEV_DATA = new Set(['software-developer', 'data-analyst', 'data-scientist']);

const cells = BACKGROUNDS.flatMap((background) =>
  CLOUD_PREFERENCES.flatMap((cloud) => SPECIALISATION_CHOICES.flatMap((specialisation) => BUDGETS.map((budgetUsd) => ({ background, cloud, specialisation, budgetUsd })))),
);

const rating = fc.option(fc.record({ 'python-foundations': fc.integer({ min: 0, max: 4 }), 'ml-modelling': fc.integer({ min: 0, max: 4 }), 'mlops-deployment': fc.integer({ min: 0, max: 4 }) }), { nil: undefined });
const quiz = fc.dictionary(
  fc.constantFrom(...SKILL_AREAS),
  fc.integer({ min: 0, max: 12 }).chain((answered) => fc.integer({ min: 0, max: answered }).map((correct) => ({ answered, correct }))),
);
const draw = fc.record({ cell: fc.constantFrom(...cells), weeklyHours: fc.integer({ min: 1, max: 60 }), selfRating: rating, quiz });

interface Draw {
  cell: (typeof cells)[number];
  weeklyHours: number;
  selfRating?: Profile['selfRating'] | undefined;
  quiz: PlanOptions['quizByArea'];
}

describe.each(EDITIONS)('$title edition', ({ pack }: { pack: ContentPack }) => {
  const certs = new Map(pack.certifications.map((c) => [c.id, c]));

  function make(d: Draw): Plan {
    const profile: Profile = { ...d.cell, weeklyHours: d.weeklyHours, startDate: '2026-12-07', ...(d.selfRating ? { selfRating: d.selfRating } : {}) };
    const r = generatePlan(profile, pack, TODAY, { fallbackTimeZone: 'Europe/Berlin', quizByArea: d.quiz ?? {} });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.plan;
  }

  describe('advice over the profile grid', () => {
    it('every cell: a source-true certification sequence within the budget, never a retired exam', () => {
      for (const cell of cells) {
        const p = make({ cell, weeklyHours: 8, quiz: {} });
        const ids = p.certifications.map((c) => c.certId);
        expect(ids.every((id) => certs.get(id)?.status === 'active'), cell.background).toBe(true);
        expect(p.budget.plannedUsd).toBeLessThanOrEqual(cell.budgetUsd);
        const first = certs.get(ids[0] ?? '');
        // Beginners and career switchers never start with a Professional exam (developers on Google
        // Cloud do: the sources send them straight to PMLE).
        if (first && !DEV_DATA.has(cell.background)) expect(first.level, JSON.stringify(cell)).not.toBe('professional');
        if (BEGINNERS.has(cell.background) && cell.budgetUsd >= 100) expect(ids[0], JSON.stringify(cell)).toBe('cert.aws.aif-c01');
        if (DEV_DATA.has(cell.background) && cell.budgetUsd >= 200) {
          // Straight to the cloud ML exam: PMLE on Google Cloud, MLA-C01 everywhere else.
          expect(ids[0], JSON.stringify(cell)).toBe(cell.cloud === 'gcp' ? 'cert.gcp.pmle' : 'cert.aws.mla-c01');
          expect(ids).not.toContain('cert.aws.aif-c01');
        }
        if (cell.cloud === 'databricks' && cell.budgetUsd >= 900) {
          // Databricks as the MLOps credential beside a cloud ML exam, never instead of it.
          expect(ids).toContain('cert.databricks.ml-associate');
          expect(ids.some((id) => id === 'cert.aws.mla-c01' || id === 'cert.gcp.pmle')).toBe(true);
        }
        if (cell.cloud === 'azure') expect(p.warnings.join(' ')).toContain('The sources name no Microsoft Azure certification');
        // Two to four credentials whenever the budget allows the whole sequence.
        if (p.budget.withinBudget && cell.budgetUsd > 0) expect(ids.length, JSON.stringify(cell)).toBeGreaterThanOrEqual(2);
        expect(ids.length).toBeLessThanOrEqual(4);
        if (cell.budgetUsd === 0) expect(p.budget.message).toMatch(/^Free path: /);
        // The cheapest alternative is never something already planned and always fits what is left.
        const alt = p.budget.cheapestAlternative;
        if (alt) {
          expect(ids).not.toContain(alt.certId);
          expect(alt.costUsd).toBeLessThanOrEqual(cell.budgetUsd - p.budget.plannedUsd);
        }
        // No GenAI exam without its phase, and every exam carries its reason.
        if (ids.includes('cert.aws.aip-c01')) expect(p.phases.find((ph) => ph.id === 'phase.genai')?.skipped).toBe(false);
        expect(p.certifications.every((c) => c.reason.length > 20)).toBe(true);
      }
    });

    it('no profile gets a 0-hour plan; portfolio and GenAI are never skipped; two answers never skip an area', () => {
      fc.assert(
        fc.property(draw, (d) => {
          const p = make(d);
          expect(p.totalHours).toBeGreaterThan(0);
          for (const id of ['phase.portfolio', 'phase.genai']) expect(p.phases.find((ph) => ph.id === id)?.skipped, id).toBe(false);
          for (const area of SKILL_AREAS) {
            const l = p.levels[area];
            const answered = d.quiz[area]?.answered ?? 0;
            if (answered < 6) expect(Math.abs(l.level - l.baseLevel)).toBeLessThanOrEqual(answered >= 2 ? 1 : 0);
            if (l.level === 4 && l.baseLevel < 4) expect(answered >= 6 && l.baseLevel >= 3).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('calibration: every background\'s default plan at 8 h a week lasts within the sources\' range', () => {
      for (const background of BACKGROUNDS) {
        const p = make({ cell: { background, cloud: 'any', specialisation: 'none', budgetUsd: 900 }, weeklyHours: 8, quiz: {} });
        const range = pack.timelines.find((t) => t.background === background)!.months;
        expect(p.durationMonths, background).toBeGreaterThanOrEqual(range.min);
        expect(p.durationMonths, background).toBeLessThanOrEqual(range.max);
        expect(p.timelineNote).toContain(`${range.min}–${range.max} months`);
      }
    });
  });

  describe('one schedule: the calendar is the plan', () => {
    it('every week between start and finish holds exactly the milestones the plan dates for it, none after', () => {
      fc.assert(
        fc.property(draw, (d) => {
          const p = make({ ...d, weeklyHours: Math.max(4, d.weeklyHours) });
          const profile: Profile = { ...d.cell, weeklyHours: Math.max(4, d.weeklyHours), startDate: '2026-12-07' };
          const perMilestone = new Map<string, { minutes: number; first: string; last: string }>();
          const first = parseIsoDate(p.weeks[0]!.weekStart)!;
          const last = mondayOf(parseIsoDate(p.etaDate)!);
          for (let day = first; day <= last + 7; day += 7) {
            const weekStart = formatIsoDate(day);
            const week = weekSessions({ profile, plan: p, weekStart });
            if (!week.ok) throw new Error(week.error.message);
            const planned = p.weeks.find((w) => w.weekStart === weekStart);
            const got = new Map<string, number>();
            for (const s of week.sessions) {
              expect(s.milestoneId).toBeDefined();
              got.set(s.milestoneId!, (got.get(s.milestoneId!) ?? 0) + s.minutes);
              const entry = perMilestone.get(s.milestoneId!) ?? { minutes: 0, first: s.localDate, last: s.localDate };
              entry.minutes += s.minutes;
              entry.last = s.localDate;
              perMilestone.set(s.milestoneId!, entry);
            }
            expect(Object.fromEntries(got), weekStart).toEqual(Object.fromEntries((planned?.items ?? []).map((i) => [i.milestoneId, i.minutes])));
            expect(week.scheduledMinutes).toBeLessThanOrEqual(Math.floor(p.weeklyHours * 60 + 1e-6) + 6);
            if (week.sessions.length > 0) expect(week.sessions.at(-1)!.localDate <= p.etaDate).toBe(true);
          }
          for (const m of p.milestones) {
            const e = perMilestone.get(m.id);
            if (m.status !== 'planned' || m.minutes === 0) {
              expect(e).toBeUndefined();
              continue;
            }
            expect(e?.minutes, m.id).toBe(m.minutes);
            expect(e?.first).toBe(m.startDate);
            expect(e?.last).toBe(m.endDate);
            // Scheduled minutes cover the estimate, at most one minimum session more.
            expect(m.minutes).toBeGreaterThanOrEqual(Math.round(m.hours * 60));
            expect(m.minutes).toBeLessThan(Math.round(m.hours * 60) + 30);
          }
        }),
        { numRuns: 60 },
      );
    });

    it('a week before the start or after the finish has no sessions', () => {
      const profile: Profile = { background: 'software-developer', weeklyHours: 10, budgetUsd: 900, startDate: '2027-01-11' };
      const r = generatePlan(profile, pack, TODAY, { fallbackTimeZone: 'Europe/Berlin' });
      if (!r.ok) throw new Error(r.error.message);
      for (const weekStart of ['2027-01-04', formatIsoDate(mondayOf(parseIsoDate(r.plan.etaDate)!) + 7)]) {
        const week = weekSessions({ profile, plan: r.plan, weekStart });
        expect(week.ok && week.sessions).toEqual([]);
      }
    });
  });

  describe('stable re-plans', () => {
    const profile: Profile = { background: 'data-analyst', weeklyHours: 8, budgetUsd: 900, startDate: TODAY };
    const base = (options: PlanOptions = {}) => {
      const r = generatePlan(profile, pack, TODAY, { fallbackTimeZone: 'Europe/Berlin', fromUtc: `${TODAY}T08:00:00.000Z`, ...options });
      if (!r.ok) throw new Error(r.error.message);
      return r.plan;
    };
    const schedule = (p: Plan) => ({ milestones: p.milestones, weeks: p.weeks, etaDate: p.etaDate, certifications: p.certifications });

    it('re-planning with no change is the identity', () => {
      const first = base();
      const again = base({ previous: { baseline: first.baseline, lastReplan: first.lastReplan, etaDate: first.etaDate } });
      expect(again).toEqual(first);
    });

    it('tick then re-plan equals re-plan then tick, and neither moves the baseline', () => {
      fc.assert(
        fc.property(fc.subarray(pack.phases.flatMap((ph) => ph.milestones.filter((m) => !m.specialisation).map((m) => m.id)), { maxLength: 6 }), (ticked) => {
          const first = base();
          const previous = { baseline: first.baseline, lastReplan: first.lastReplan, etaDate: first.etaDate };
          const tickThenReplan = base({ previous, doneMilestoneIds: ticked });
          const replanned = base({ previous });
          const replanThenTick = base({ previous: { baseline: replanned.baseline, lastReplan: replanned.lastReplan, etaDate: replanned.etaDate }, doneMilestoneIds: ticked });
          expect(schedule(tickThenReplan)).toEqual(schedule(replanThenTick));
          expect(tickThenReplan.baseline).toEqual(first.baseline);
        }),
        { numRuns: 40 },
      );
    });

    it('booking an exam after ticking keeps "done" hours, the status and the finish date', () => {
      const first = base();
      const previous = { baseline: first.baseline, lastReplan: first.lastReplan, etaDate: first.etaDate };
      const ticked = first.milestones.filter((m) => m.status === 'planned').slice(0, 3).map((m) => m.id);
      const later = '2026-12-08';
      const afterTicks = base({ previous, doneMilestoneIds: ticked });
      const mla = afterTicks.certifications.find((c) => c.certId === 'cert.aws.mla-c01')!;
      const afterBooking = base({ previous, doneMilestoneIds: ticked, bookedExams: [{ certId: mla.certId, examDate: mla.targetExamDate }] });
      const record = { doneMilestoneIds: ticked };
      const before = computeProgress(afterTicks, record, later);
      const after = computeProgress(afterBooking, record, later);
      expect(after.achievedHours).toBe(before.achievedHours);
      expect(after.status).toBe(before.status);
      expect(before.status).toBe('ahead');
      expect(afterBooking.etaDate).toBe(afterTicks.etaDate);
    });

    it('a change the learner makes starts a new baseline and says so', () => {
      const first = base();
      const r = generatePlan({ ...profile, weeklyHours: 4 }, pack, TODAY, {
        fallbackTimeZone: 'Europe/Berlin',
        previous: { baseline: first.baseline, lastReplan: null, etaDate: first.etaDate },
        newBaselineBecause: 'you changed weekly hours 8 → 4',
      });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.plan.lastReplan).toEqual({ on: TODAY, fromEtaDate: first.etaDate, toEtaDate: r.plan.etaDate, reason: 'you changed weekly hours 8 → 4' });
      expect(r.plan.etaDate > first.etaDate).toBe(true);
      expect(r.plan.baseline.etaDate).toBe(r.plan.etaDate);
    });

    it('planning mid-week counts what the learner already used of this week', () => {
      const fromUtc = '2026-12-02T12:00:00.000Z'; // a Wednesday
      const r = generatePlan({ ...profile, startDate: '2026-12-02' }, pack, '2026-12-02', { fallbackTimeZone: 'Europe/Berlin', fromUtc, firstWeekUsedMinutes: 300 });
      if (!r.ok) throw new Error(r.error.message);
      const week = r.plan.weeks[0]!;
      expect(week.weekStart).toBe('2026-11-30');
      expect(week.items.reduce((n, i) => n + i.minutes, 0)).toBeLessThanOrEqual(8 * 60 - 300);
      const sessions = weekSessions({ profile: { ...profile, startDate: '2026-12-02' }, plan: r.plan, weekStart: week.weekStart });
      expect(sessions.ok && sessions.sessions.every((s) => s.startUtc >= fromUtc)).toBe(true);
      expect(instantToLocal('Europe/Berlin', Date.parse(fromUtc)).date).toBe('2026-12-02');
    });
  });
});

describe('the editions side by side', () => {
  const edition = (id: string) => {
    const found = EDITIONS.find((e) => e.pack.edition.id === id);
    if (!found) throw new Error(`no shipped edition ${id}`);
    return found.pack;
  };
  const plan = (pack: ContentPack, background: Profile['background']) => {
    const r = generatePlan({ background, weeklyHours: 8, budgetUsd: 900, startDate: '2026-12-07' }, pack, TODAY, { fallbackTimeZone: 'Europe/Berlin' });
    if (!r.ok) throw new Error(r.error.message);
    return r.plan;
  };
  const mlopsHours = (p: Plan) => p.phases.find((ph) => ph.id === 'phase.mlops')?.hours ?? 0;

  it('for the same profile the MLOps edition spends more hours on MLOps, and the plan lasts as long', () => {
    for (const background of BACKGROUNDS) {
      const ml = plan(edition('edition.ml-engineer'), background);
      const ops = plan(edition('edition.mlops-engineer'), background);
      expect(mlopsHours(ops), background).toBeGreaterThan(mlopsHours(ml));
      // Both editions are calibrated to the same timeline, so the extra MLOps comes out of the rest.
      expect(Math.abs(ops.durationMonths - ml.durationMonths), background).toBeLessThanOrEqual(0.2);
    }
  });
});
