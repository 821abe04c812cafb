/**
 * generatePlan: from a learner's profile and the content pack, the personal roadmap — which
 * milestones, how many hours each, on which dates — plus the certification sequence, the
 * budget verdict, a month-by-month timeline and an ETA. Pure and deterministic: `today` is a
 * parameter, nothing reads the clock.
 *
 * The rules, in the order they apply:
 * 1. Skill level per area (0–4): quiz readiness when given, else the self-rating, else a
 *    default for the background (BACKGROUND_LEVELS). Level 4 skips that area's milestones;
 *    lower levels shorten them (LEVEL_FACTORS). Phases the target role emphasises get 20 %
 *    more practice time.
 * 2. Milestones keep the pack's order (phase by phase, prerequisites validated by the pack),
 *    so foundations always come before modelling, deep learning and deployment. Optional
 *    specialisation milestones are in only for the learner's specialisation.
 * 3. Hours become dates at the learner's weekly hours, capped by what their availability
 *    windows can hold.
 * 4. Certifications: active proctored exams with a known price only (never a retired one).
 *    An entry exam for backgrounds the sources recommend it to, a core production exam on the
 *    preferred cloud, and a specialisation exam where one exists; trimmed from the end to fit
 *    the budget, with the cheapest suitable exam offered when something had to go. Each exam
 *    is dated after the phase it covers and after its minimum prep time.
 */
import type { Certification, ContentPack, Phase } from '../content/schema';
import type { Plan, PlannedCertification, PlannedMilestone, PlannedPhase, TimelineMonth } from '../domain/plan';
import type { Background, Profile } from '../domain/profile';
import { SKILL_AREA_LABELS, type SkillArea } from '../domain/skill-area';
import { fail, type PlannerFailure } from './result';
import { round1 } from './round';
import { formatIsoDate, parseIsoDate, parseTimeOfDay } from './time';

export type PlanErrorCode =
  | 'invalid-date'
  | 'start-in-past'
  | 'invalid-hours'
  | 'unknown-role'
  | 'availability-too-small'
  | 'unknown-milestone'
  | 'unknown-certification';

export type PlanResult = { ok: true; plan: Plan } | PlannerFailure<PlanErrorCode>;

export interface BookedExam {
  certId: string;
  examDate: string;
}

export interface PlanOptions {
  /** Quiz readiness per area, 0–100; outranks the self-rating. */
  readinessByArea?: Partial<Record<SkillArea, number>>;
  /** Milestones already ticked off: kept as done, given no future time. */
  doneMilestoneIds?: readonly string[];
  /** Exam dates the learner booked: never moved by a (re-)plan. */
  bookedExams?: readonly BookedExam[];
}

/** Typical starting level per area when the learner gave no rating (0 none … 4 confident). */
export const BACKGROUND_LEVELS: Record<Background, Record<SkillArea, number>> = {
  'new-to-code': { 'python-foundations': 0, 'ml-modelling': 0, 'mlops-deployment': 0 },
  student: { 'python-foundations': 2, 'ml-modelling': 1, 'mlops-deployment': 0 },
  'software-developer': { 'python-foundations': 3, 'ml-modelling': 0, 'mlops-deployment': 2 },
  'data-analyst': { 'python-foundations': 2, 'ml-modelling': 1, 'mlops-deployment': 0 },
  'data-scientist': { 'python-foundations': 3, 'ml-modelling': 3, 'mlops-deployment': 1 },
  'it-professional': { 'python-foundations': 1, 'ml-modelling': 0, 'mlops-deployment': 2 },
};

/** Share of the content estimate a learner at each level needs; level 4 skips the milestone. */
export const LEVEL_FACTORS = [1, 0.8, 0.6, 0.4, 0] as const;
export const EMPHASIS_FACTOR = 1.2;
export const DEFAULT_ROLE_ID = 'role.ml-engineer';
/** A week of revision between finishing a phase and sitting its exam. */
const REVIEW_DAYS = 7;

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;

function levelsFor(profile: Profile, readiness: PlanOptions['readinessByArea']): Record<SkillArea, number> {
  const base = profile.selfRating ?? BACKGROUND_LEVELS[profile.background];
  const out = { ...base };
  for (const area of Object.keys(out) as SkillArea[]) {
    const score = readiness?.[area];
    if (typeof score === 'number' && Number.isFinite(score)) {
      out[area] = Math.max(0, Math.min(4, Math.round(score / 25)));
    }
  }
  return out;
}

/** Hours a week the availability windows can hold (windows shorter than one session hold none). */
export function usableWeeklyHours(availability: NonNullable<Profile['availability']>): number {
  let minutes = 0;
  for (const w of availability.windows) {
    const start = parseTimeOfDay(w.start) ?? 0;
    const end = parseTimeOfDay(w.end, true) ?? 0;
    const length = end - start;
    if (length >= availability.sessionMinutes.min) minutes += length;
  }
  return minutes / 60;
}

function addDays(day: number, n: number): number {
  return day + n;
}

interface Placement {
  milestones: PlannedMilestone[];
  phases: PlannedPhase[];
  phaseEnd: Map<string, number>;
  lastDay: number;
}

function placeMilestones(
  pack: ContentPack,
  profile: Profile,
  levels: Record<SkillArea, number>,
  emphasis: ReadonlySet<string>,
  done: ReadonlySet<string>,
  start: number,
  weeklyHours: number,
): Placement {
  const milestones: PlannedMilestone[] = [];
  const phases: PlannedPhase[] = [];
  const phaseEnd = new Map<string, number>();
  let cursor = 0; // fractional days from start
  let lastDay = start;
  const specialisation = profile.specialisation ?? 'none';

  for (const phase of pack.phases) {
    const level = levels[phase.skillArea];
    const factor = LEVEL_FACTORS[level] ?? 1;
    const emphasised = emphasis.has(phase.id);
    const ids: string[] = [];
    let phaseHours = 0;
    let phaseStart = Number.POSITIVE_INFINITY;
    let phaseLast = start + Math.floor(cursor);
    let allSkipped = true;

    for (const m of phase.milestones) {
      if (m.specialisation && m.specialisation !== specialisation) continue;
      ids.push(m.id);
      const at = start + Math.floor(cursor);
      const hours = round1(m.effortHours * factor * (emphasised ? EMPHASIS_FACTOR : 1));
      if (done.has(m.id)) {
        // Done work keeps its hours (progress is measured in hours) but takes no future time.
        milestones.push({ id: m.id, phaseId: phase.id, title: m.title, hours, status: 'done', adjustment: 'Already done.', startDate: formatIsoDate(at), endDate: formatIsoDate(at) });
        allSkipped = false;
        continue;
      }
      if (factor === 0) {
        milestones.push({
          id: m.id,
          phaseId: phase.id,
          title: m.title,
          hours: 0,
          status: 'skipped',
          adjustment: `Skipped: you are confident in ${SKILL_AREA_LABELS[phase.skillArea]}.`,
          startDate: formatIsoDate(at),
          endDate: formatIsoDate(at),
        });
        continue;
      }
      allSkipped = false;
      const notes: string[] = [];
      if (factor < 1) notes.push(`shortened to ${Math.round(factor * 100)} % for your ${SKILL_AREA_LABELS[phase.skillArea]} level`);
      if (emphasised) notes.push('20 % extra practice for your target role');
      const startDay = start + Math.floor(cursor);
      cursor += (hours / weeklyHours) * 7;
      const endDay = Math.max(startDay, start + Math.ceil(cursor) - 1);
      milestones.push({
        id: m.id,
        phaseId: phase.id,
        title: m.title,
        hours,
        status: 'planned',
        adjustment: notes.length > 0 ? `${notes.join('; ')} (content estimate ${m.effortHours} h).` : null,
        startDate: formatIsoDate(startDay),
        endDate: formatIsoDate(endDay),
      });
      phaseHours += hours;
      phaseStart = Math.min(phaseStart, startDay);
      phaseLast = Math.max(phaseLast, endDay);
    }
    if (ids.length === 0) continue;
    const phaseFirst = Number.isFinite(phaseStart) ? phaseStart : start + Math.floor(cursor);
    phaseEnd.set(phase.id, phaseLast);
    lastDay = Math.max(lastDay, phaseLast);
    phases.push({
      id: phase.id,
      title: phase.title,
      hours: round1(phaseHours),
      startDate: formatIsoDate(phaseFirst),
      endDate: formatIsoDate(Math.max(phaseFirst, phaseLast)),
      skipped: allSkipped,
      milestoneIds: ids,
    });
  }
  return { milestones, phases, phaseEnd, lastDay };
}

function isPlannable(cert: Certification): cert is Certification & { examCostUsd: number } {
  return cert.status === 'active' && cert.format === 'proctored-exam' && cert.examCostUsd !== null && cert.level !== null;
}

function byLearningOrder(a: Certification, b: Certification): number {
  return (a.learningOrder ?? 99) - (b.learningOrder ?? 99) || (a.examCostUsd ?? 0) - (b.examCostUsd ?? 0) || a.id.localeCompare(b.id);
}

interface CertPick {
  cert: Certification & { examCostUsd: number };
  reason: string;
}

function pickCertifications(pack: ContentPack, profile: Profile, roleEmphasis: ReadonlySet<string>, warnings: string[]): CertPick[] {
  const cloud = profile.cloud ?? 'any';
  const phaseArea = new Map(pack.phases.map((p): [string, Phase['skillArea']] => [p.id, p.skillArea]));
  const pool = pack.certifications.filter(isPlannable);
  const onCloud = (c: Certification) => cloud === 'any' || c.cloud === cloud;
  const picks: CertPick[] = [];

  const entry = pool
    .filter((c) => c.level === 'foundational' && c.recommendedFor.includes(profile.background) && onCloud(c))
    .sort(byLearningOrder)[0];
  if (entry) picks.push({ cert: entry, reason: 'A quick first exam that the sources recommend for your background.' });

  const coreAll = pool.filter((c) => (c.level === 'associate' || c.level === 'professional') && c.phaseId !== null && phaseArea.get(c.phaseId) === 'mlops-deployment');
  const forBackground = (c: Certification) => c.recommendedFor.includes(profile.background);
  let core = coreAll.filter(onCloud).sort((a, b) => Number(forBackground(b)) - Number(forBackground(a)) || byLearningOrder(a, b))[0];
  if (!core && cloud !== 'any') {
    core = coreAll.sort((a, b) => Number(forBackground(b)) - Number(forBackground(a)) || byLearningOrder(a, b))[0];
    if (core) warnings.push(`The sources list no production ML exam for ${cloud.toUpperCase()}; the plan uses ${core.name} instead.`);
  }
  if (core) {
    picks.push({
      cert: core,
      reason: forBackground(core) ? 'The core production ML exam for your background and cloud.' : 'The core production ML exam on your cloud, taken once you can deploy models.',
    });
  }

  const genaiPhases = pack.phases.filter((p) => p.milestones.some((m) => m.specialisation === 'llm')).map((p) => p.id);
  const wantsLlm = profile.specialisation === 'llm' || genaiPhases.some((id) => roleEmphasis.has(id));
  if (wantsLlm) {
    const llm = pool.filter((c) => c.phaseId !== null && genaiPhases.includes(c.phaseId) && onCloud(c) && !picks.some((p) => p.cert.id === c.id)).sort(byLearningOrder)[0];
    if (llm) picks.push({ cert: llm, reason: 'Proves you can build with generative AI, which your goal centres on.' });
  }
  return picks;
}

function cheapestFor(pack: ContentPack, profile: Profile): (Certification & { examCostUsd: number }) | null {
  const pool = pack.certifications.filter(isPlannable);
  const suited = pool.filter((c) => c.recommendedFor.includes(profile.background));
  const candidates = suited.length > 0 ? suited : pool;
  return [...candidates].sort((a, b) => a.examCostUsd - b.examCostUsd || a.id.localeCompare(b.id))[0] ?? null;
}

function certName(pack: ContentPack, id: string): string {
  const c = pack.certifications.find((x) => x.id === id);
  return c ? (c.code ? `${c.name} (${c.code})` : c.name) : id;
}

export function generatePlan(profile: Profile, pack: ContentPack, today: string, options: PlanOptions = {}): PlanResult {
  const todayDay = parseIsoDate(today);
  if (todayDay === null) return fail('invalid-date', `Today's date "${today}" is not a real date (YYYY-MM-DD).`);
  const start = parseIsoDate(profile.startDate);
  if (start === null) return fail('invalid-date', `Start date "${profile.startDate}" is not a real date (YYYY-MM-DD).`);
  if (start < todayDay) {
    return fail('start-in-past', `Start date ${profile.startDate} is in the past; choose ${today} or later.`);
  }
  if (!Number.isFinite(profile.weeklyHours) || profile.weeklyHours <= 0) {
    return fail('invalid-hours', 'Weekly hours must be more than 0 to build a plan.');
  }

  const warnings: string[] = [];
  let weeklyHours = profile.weeklyHours;
  if (profile.availability) {
    const usable = usableWeeklyHours(profile.availability);
    if (usable * 60 < profile.availability.sessionMinutes.min) {
      return fail(
        'availability-too-small',
        `Your study windows cannot hold even one ${profile.availability.sessionMinutes.min}-minute session; add a longer window or shorten the minimum session.`,
      );
    }
    if (usable < weeklyHours) {
      warnings.push(`Your study windows hold only ${round1(usable)} h a week, so the plan uses ${round1(usable)} h instead of ${weeklyHours} h.`);
      weeklyHours = usable;
    }
  }

  const roleId = profile.targetRoleId ?? DEFAULT_ROLE_ID;
  const role = pack.targetRoles.find((r) => r.id === roleId) ?? (profile.targetRoleId ? undefined : pack.targetRoles[0]);
  if (!role) return fail('unknown-role', `Target role "${roleId}" is not one of the roles in the content pack.`);

  const allMilestoneIds = new Set(pack.phases.flatMap((p) => p.milestones.map((m) => m.id)));
  const done = new Set(options.doneMilestoneIds ?? []);
  for (const id of done) {
    if (!allMilestoneIds.has(id)) return fail('unknown-milestone', `Milestone "${id}" is not in the content pack.`);
  }
  const certById = new Map(pack.certifications.map((c) => [c.id, c]));
  const booked = new Map<string, number>();
  for (const b of options.bookedExams ?? []) {
    const cert = certById.get(b.certId);
    if (!cert) return fail('unknown-certification', `Certification "${b.certId}" is not in the content pack.`);
    const day = parseIsoDate(b.examDate);
    if (day === null) return fail('invalid-date', `Exam date "${b.examDate}" for ${certName(pack, b.certId)} is not a real date.`);
    if (cert.status === 'retired') {
      warnings.push(`${certName(pack, b.certId)} is retired${cert.retiredOn ? ` since ${cert.retiredOn}` : ''}; it is left out of the plan.`);
      continue;
    }
    booked.set(b.certId, day);
  }

  const emphasis = new Set(role.emphasisPhaseIds);
  const levels = levelsFor(profile, options.readinessByArea);
  const placed = placeMilestones(pack, profile, levels, emphasis, done, start, weeklyHours);

  // Certifications: choose, fit to budget, date.
  const picks = pickCertifications(pack, profile, emphasis, warnings);
  for (const [certId] of booked) {
    const cert = certById.get(certId);
    if (cert && isPlannable(cert) && !picks.some((p) => p.cert.id === certId)) picks.push({ cert, reason: 'You booked this exam.' });
  }
  const idealUsd = picks.reduce((sum, p) => sum + p.cert.examCostUsd, 0);
  const kept: CertPick[] = [];
  const dropped: string[] = [];
  let spend = 0;
  for (const p of picks) {
    // Booked exams are the learner's decision and stay whatever they cost.
    if (booked.has(p.cert.id) || spend + p.cert.examCostUsd <= profile.budgetUsd) {
      kept.push(p);
      spend += p.cert.examCostUsd;
    } else {
      dropped.push(p.cert.id);
    }
  }
  const withinBudget = idealUsd <= profile.budgetUsd;
  const cheapest = withinBudget ? null : cheapestFor(pack, profile);
  const budgetMessage = withinBudget
    ? picks.length === 0
      ? 'No exam is recommended yet, so nothing is spent on certifications.'
      : `The recommended exams cost ${usd(idealUsd)} of your ${usd(profile.budgetUsd)} budget.`
    : [
        `The full sequence costs ${usd(idealUsd)}, ${usd(idealUsd - profile.budgetUsd)} over your ${usd(profile.budgetUsd)} budget.`,
        kept.length > 0 ? `The plan keeps ${kept.map((p) => certName(pack, p.cert.id)).join(', ')} (${usd(spend)}).` : 'The plan includes no exam for now.',
        dropped.length > 0 ? `Left out: ${dropped.map((id) => certName(pack, id)).join(', ')}.` : '',
        cheapest ? `Cheapest suitable exam: ${certName(pack, cheapest.id)} at ${usd(cheapest.examCostUsd)}.` : '',
      ]
        .filter(Boolean)
        .join(' ');

  const phaseOrder = new Map(pack.phases.map((p, i) => [p.id, i]));
  kept.sort((a, b) => (phaseOrder.get(a.cert.phaseId ?? '') ?? 99) - (phaseOrder.get(b.cert.phaseId ?? '') ?? 99) || byLearningOrder(a.cert, b.cert));
  const certifications: PlannedCertification[] = [];
  let previousExam = start - 1;
  for (const [i, p] of kept.entries()) {
    const prep = p.cert.prepWeeks ?? { min: 4, max: 6 };
    const coveredEnd = p.cert.phaseId ? (placed.phaseEnd.get(p.cert.phaseId) ?? start) : start;
    const prepStart = Math.max(start, previousExam + 1, coveredEnd - prep.max * 7 + 1);
    const earliest = Math.max(coveredEnd + REVIEW_DAYS, prepStart + prep.min * 7, previousExam + 14);
    const bookedDay = booked.get(p.cert.id);
    const examDay = bookedDay ?? earliest;
    if (bookedDay !== undefined && bookedDay < earliest) {
      warnings.push(
        `Your booked ${certName(pack, p.cert.id)} exam on ${formatIsoDate(bookedDay)} comes before the plan gets you ready (${formatIsoDate(earliest)}); consider moving it or adding study hours.`,
      );
    }
    if (bookedDay !== undefined && bookedDay < todayDay) {
      warnings.push(`The booked date for ${certName(pack, p.cert.id)} (${formatIsoDate(bookedDay)}) has passed; mark it passed or book a new date.`);
    }
    certifications.push({
      certId: p.cert.id,
      order: i + 1,
      costUsd: p.cert.examCostUsd,
      prepStartDate: formatIsoDate(Math.min(prepStart, examDay)),
      targetExamDate: formatIsoDate(examDay),
      booked: bookedDay !== undefined,
      reason: p.reason,
    });
    previousExam = Math.max(previousExam, examDay);
  }

  const lastExam = certifications.reduce((max, c) => Math.max(max, parseIsoDate(c.targetExamDate) ?? max), start);
  const eta = Math.max(placed.lastDay, lastExam);
  const totalHours = round1(placed.milestones.reduce((s, m) => s + (m.status === 'planned' ? m.hours : 0), 0));
  const typical = pack.timelines.find((t) => t.background === profile.background);

  return {
    ok: true,
    plan: {
      packVersion: pack.packVersion,
      generatedOn: today,
      startDate: profile.startDate,
      weeklyHours: round1(weeklyHours),
      targetRoleId: role.id,
      phases: placed.phases,
      milestones: placed.milestones,
      certifications,
      budget: {
        budgetUsd: profile.budgetUsd,
        plannedUsd: spend,
        idealUsd,
        withinBudget,
        droppedCertIds: dropped,
        cheapestAlternative: cheapest ? { certId: cheapest.id, costUsd: cheapest.examCostUsd } : null,
        message: budgetMessage,
      },
      timeline: buildTimeline(placed.milestones, placed.phases, certifications, start, eta),
      totalHours,
      etaDate: formatIsoDate(eta),
      typicalMonths: typical ? { min: typical.months.min, max: typical.months.max } : null,
      warnings,
    },
  };
}

function monthKey(day: number): string {
  return formatIsoDate(day).slice(0, 7);
}

function monthStart(key: string): number {
  return parseIsoDate(`${key}-01`) ?? 0;
}

function nextMonth(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** One entry per calendar month from the start to the ETA, hours split by days in the month. */
function buildTimeline(
  milestones: readonly PlannedMilestone[],
  phases: readonly PlannedPhase[],
  certs: readonly PlannedCertification[],
  start: number,
  eta: number,
): TimelineMonth[] {
  const months: TimelineMonth[] = [];
  const planned = milestones
    .filter((m) => m.status === 'planned')
    .map((m) => ({ m, s: parseIsoDate(m.startDate) ?? start, e: parseIsoDate(m.endDate) ?? start }));
  const phaseSpans = phases.filter((p) => !p.skipped).map((p) => ({ id: p.id, s: parseIsoDate(p.startDate) ?? start, e: parseIsoDate(p.endDate) ?? start }));
  const exams = certs.map((c) => ({ id: c.certId, month: c.targetExamDate.slice(0, 7) }));
  const last = monthKey(eta);
  let index = 1;
  for (let key = monthKey(start); ; key = nextMonth(key)) {
    const from = Math.max(monthStart(key), start);
    const to = addDays(monthStart(nextMonth(key)), -1);
    let hours = 0;
    const ids: string[] = [];
    for (const { m, s, e } of planned) {
      const overlap = Math.min(e, to) - Math.max(s, from) + 1;
      if (overlap <= 0) continue;
      ids.push(m.id);
      hours += (m.hours * overlap) / (e - s + 1);
    }
    months.push({
      month: key,
      index: index++,
      phaseIds: phaseSpans.filter((p) => p.s <= to && p.e >= from).map((p) => p.id),
      milestoneIds: ids,
      examCertIds: exams.filter((x) => x.month === key).map((x) => x.id),
      hours: round1(hours),
    });
    if (key === last) break;
  }
  return months;
}
