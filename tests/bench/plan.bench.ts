/**
 * Plan generation for a two-year plan, as a ratio to structuredClone of the plan it produces
 * (goal ≤ 2×). Plans are calibrated to the sources' timelines, so a complete beginner at 5 h a
 * week gets about 24 months: that is the long plan measured here, with every session placed
 * week by week inside the default study windows in Europe/Berlin (two DST changes included).
 */
import { loadPack } from '../../shared/content/load';
import { builtInPack } from '../../shared/content/pack';
import { generatePlan } from '../../shared/planner/plan';
import { compare, report } from './measure';

const loaded = loadPack(builtInPack);
if (!loaded.ok) throw new Error(loaded.errors.slice(0, 5).join('\n'));
const pack = loaded.pack;
const profile = { background: 'new-to-code' as const, weeklyHours: 5, budgetUsd: 900, startDate: '2026-12-07' };
const generate = () => {
  const r = generatePlan(profile, pack, '2026-11-23', { fallbackTimeZone: 'Europe/Berlin' });
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
};
const plan = generate();
const months = plan.timeline.length;
console.log(`plan: ${plan.milestones.length} milestones, ${plan.totalHours} h, ${months} months (${plan.startDate} → ${plan.etaDate})`);
report([compare(`plan generation (${months} months, 5 h/week)`, generate, () => structuredClone(plan), 2)]);
