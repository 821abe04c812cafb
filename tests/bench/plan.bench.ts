/**
 * Plan generation for a 24-month plan at 20 h/week, as a ratio to structuredClone of the plan
 * it produces (issue 3: goal ≤ 2×). The built-in content is about 450 h, which 20 h/week
 * finishes in 6 months, so the content is repeated five times (ids made unique, prerequisites
 * kept inside each copy) to give a plan that really spans 24 months.
 */
import { loadPack } from '../../shared/content/load';
import { builtInPack } from '../../shared/content/pack';
import type { ContentPackInput } from '../../shared/content/schema';
import { generatePlan } from '../../shared/planner/plan';
import { compare, report } from './measure';

function scaledPack(copies: number): ContentPackInput {
  const pack = structuredClone(builtInPack);
  pack.phases = pack.phases.map((phase) => ({
    ...phase,
    milestones: Array.from({ length: copies }, (_, copy) =>
      phase.milestones.map((m) => {
        const suffix = copy === 0 ? '' : `-copy${copy}`;
        return { ...m, id: `${m.id}${suffix}`, prerequisites: m.prerequisites.map((p) => `${p}${suffix}`) };
      }),
    ).flat(),
  }));
  return pack;
}

const loaded = loadPack(scaledPack(5));
if (!loaded.ok) throw new Error(loaded.errors.slice(0, 5).join('\n'));
const pack = loaded.pack;
const profile = { background: 'new-to-code' as const, weeklyHours: 20, budgetUsd: 900, startDate: '2026-12-07' };
const generate = () => {
  const r = generatePlan(profile, pack, '2026-11-23');
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
};
const plan = generate();
const months = plan.timeline.length;
console.log(`plan: ${plan.milestones.length} milestones, ${plan.totalHours} h, ${months} months (${plan.startDate} → ${plan.etaDate})`);
report([compare(`plan generation (${months} months, 20 h/week)`, generate, () => structuredClone(plan), 2)]);
