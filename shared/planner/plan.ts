/**
 * generatePlan: from a learner's profile, their record and the content pack, the personal
 * roadmap. Pure and deterministic: `today` and the planning instant are parameters, nothing
 * reads the clock, so the same state always gives a deep-equal plan.
 *
 * How a plan is made, in order:
 * 1. Levels per skill area (levels.ts): the self-rating, else the background's typical level,
 *    refined by quiz answers within caps. Each phase turns a level into a share of its content
 *    estimate by its own rule; phases the target role emphasises get 20 % more practice; the
 *    background's pace (calibrated to the sources' timelines at 8 h a week) scales everything.
 * 2. Milestones keep the pack's order (prerequisites validated by the pack), so foundations come
 *    before modelling, deep learning and deployment. Optional specialisation milestones are in
 *    only for the learner's specialisation. Ticked milestones are done; minutes already logged on
 *    a milestone are taken off what it still needs.
 * 3. The work is placed into study sessions inside the learner's availability, week by week from
 *    the plan's start (place-plan.ts). Milestone, phase and finish dates are the dates of those
 *    sessions, so the roadmap, the timeline, the week calendar and the reminders agree.
 * 4. Certifications (advice.ts): the sequence seed 000 recommends for the background and cloud,
 *    fitted to the budget; each exam dated after the phase it covers, its minimum prep time and
 *    a review week.
 * 5. The baseline progress is measured against: kept from the previous plan unless the learner
 *    changed what the plan is made of (then the change is recorded in `lastReplan`).
 */
import type { ContentPack } from '../content/schema';
import type { WeeklyAvailability } from '../domain/availability';
import type { Plan, PlanBaseline, PlannedCertification, PlannedMilestone, PlannedPhase, ReplanNote, TimelineMonth } from '../domain/plan';
import type { Profile } from '../domain/profile';
import type { Background } from '../domain/profile-options';
import { SKILL_AREA_LABELS } from '../domain/skill-area';
import { certName, fitToBudget, pickCertifications } from './advice';
import { areaLevels, backgroundPace, CALIBRATION_WEEKLY_HOURS, DAYS_PER_MONTH, phaseRule, phaseShare, type QuizByArea } from './levels';
import { MAX_PLAN_WEEKS, placePlan } from './place-plan';
import { fail, type PlannerFailure } from './result';
import { round1 } from './round';
import { formatInstant, formatIsoDate, parseInstant, parseIsoDate, parseTimeOfDay } from './time';
import { defaultAvailability } from './default-availability';

export { BACKGROUND_LEVELS } from './levels';

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

export interface PreviousPlan {
  baseline: PlanBaseline;
  lastReplan: ReplanNote | null;
  etaDate: string;
}

export interface PlanOptions {
  /** Quiz answers per area (latest answer per question): refine the levels within caps. */
  quizByArea?: QuizByArea;
  /** Milestones already ticked off: kept as done, given no future time. */
  doneMilestoneIds?: readonly string[];
  /** Minutes logged in study sessions per milestone: taken off what it still needs. */
  loggedMinutes?: Readonly<Record<string, number>>;
  /** Exam dates the learner booked: never moved by a (re-)plan. */
  bookedExams?: readonly BookedExam[];
  /** The moment of planning: no session of the first week starts before it. */
  fromUtc?: string;
  /** Minutes of the first week already taken by sessions the learner keeps. */
  firstWeekUsedMinutes?: number;
  /** The zone used when the profile has no availability (this computer's). */
  fallbackTimeZone?: string;
  /** The plan being replaced: its baseline is kept unless `newBaselineBecause` is given. */
  previous?: PreviousPlan;
  /** Why the learner's change starts a new baseline, in their words ("weekly hours 8 → 4"). */
  newBaselineBecause?: string;
}

export const EMPHASIS_FACTOR = 1.2;
export const DEFAULT_ROLE_ID = 'role.ml-engineer';
/** A week of revision between finishing a phase and sitting its exam. */
const REVIEW_DAYS = 7;
/** Booked dates further out than the plan can reach are left out of it (bounded timelines). */
const MAX_PLAN_DAYS = MAX_PLAN_WEEKS * 7;

/** Hours a week the availability windows can hold (windows shorter than one session hold none). */
export function usableWeeklyHours(availability: WeeklyAvailability): number {
  let minutes = 0;
  for (const w of availability.windows) {
    const start = parseTimeOfDay(w.start) ?? 0;
    const end = parseTimeOfDay(w.end, true) ?? 0;
    const length = end - start;
    if (length >= availability.sessionMinutes.min) minutes += length;
  }
  return minutes / 60;
}

/** Hours done: ticked milestones in full, logged time on the others up to their estimate. */
export function achievedHours(milestones: readonly PlannedMilestone[], done: ReadonlySet<string>, logged: Readonly<Record<string, number>>): number {
  let hours = 0;
  for (const m of milestones) {
    if (m.status === 'skipped') continue;
    hours += done.has(m.id) || m.status === 'done' ? m.hours : Math.min(m.hours, (logged[m.id] ?? 0) / 60);
  }
  return hours;
}

function monthKey(day: number): string {
  return formatIsoDate(day).slice(0, 7);
}

function nextMonth(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function monthsBetween(start: number, end: number): number {
  return round1((end - start + 1) / DAYS_PER_MONTH);
}

export function generatePlan(profile: Profile, pack: ContentPack, today: string, options: PlanOptions = {}): PlanResult {
  const todayDay = parseIsoDate(today);
  if (todayDay === null) return fail('invalid-date', `Today's date "${today}" is not a real date (YYYY-MM-DD).`);
  const start = parseIsoDate(profile.startDate);
  if (start === null) return fail('invalid-date', `Start date "${profile.startDate}" is not a real date (YYYY-MM-DD).`);
  if (start < todayDay) {
    return fail('start-in-past', `Start date ${profile.startDate} is in the past; choose ${today} or later.`);
  }
  if (start - todayDay > MAX_PLAN_DAYS) {
    return fail('invalid-date', `Start date ${profile.startDate} is more than ten years away; choose a date before ${formatIsoDate(todayDay + MAX_PLAN_DAYS)}.`);
  }
  if (!Number.isFinite(profile.weeklyHours) || profile.weeklyHours <= 0) {
    return fail('invalid-hours', 'Weekly hours must be more than 0 to build a plan.');
  }

  const warnings: string[] = [];
  const availability = profile.availability ?? defaultAvailability(options.fallbackTimeZone ?? 'UTC');
  let weeklyHours = profile.weeklyHours;
  const usable = usableWeeklyHours(availability);
  const minSession = availability.sessionMinutes.min;
  if (usable * 60 < minSession) {
    return fail('availability-too-small', `Your study windows cannot hold even one ${minSession}-minute session; add a longer window or shorten the minimum session.`);
  }
  if (profile.weeklyHours * 60 < minSession) {
    return fail('availability-too-small', `${profile.weeklyHours} h a week is shorter than your shortest session (${minSession} minutes); raise the weekly hours or shorten the minimum session.`);
  }
  if (usable < weeklyHours) {
    const whose = profile.availability ? 'Your study windows hold' : 'The default study windows (weekday evenings and Saturday morning) hold';
    warnings.push(`${whose} only ${round1(usable)} h a week, so the plan uses ${round1(usable)} h instead of ${weeklyHours} h.`);
    weeklyHours = usable;
  }

  const roleId = profile.targetRoleId ?? DEFAULT_ROLE_ID;
  const role = pack.targetRoles.find((r) => r.id === roleId) ?? (profile.targetRoleId ? undefined : pack.targetRoles[0]);
  if (!role) return fail('unknown-role', `Target role "${roleId}" is not one of the roles in the content pack.`);

  const allMilestoneIds = new Set(pack.phases.flatMap((p) => p.milestones.map((m) => m.id)));
  const done = new Set(options.doneMilestoneIds ?? []);
  for (const id of done) {
    if (!allMilestoneIds.has(id)) return fail('unknown-milestone', `Milestone "${id}" is not in the content pack.`);
  }
  const logged = options.loggedMinutes ?? {};
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
    if (Math.abs(day - todayDay) > MAX_PLAN_DAYS) {
      warnings.push(`Your booked ${certName(pack, b.certId)} date ${b.examDate} is more than ten years from today; check the year. It is left out of the plan.`);
      continue;
    }
    booked.set(b.certId, day);
  }

  // 1–2. Levels, shares and hours per milestone.
  const emphasis = new Set(role.emphasisPhaseIds);
  const levels = areaLevels(profile, options.quizByArea);
  const calibration = backgroundPace(pack, profile.background, emphasis, EMPHASIS_FACTOR);
  const pace = calibration?.pace ?? 1;
  const specialisation = profile.specialisation ?? 'none';
  const milestones: PlannedMilestone[] = [];
  const queue: { milestoneId: string; remainingMinutes: number }[] = [];
  const phaseOf = new Map<string, string>();
  for (const phase of pack.phases) {
    const share = phaseShare(phase, levels, specialisation);
    const rule = phaseRule(phase);
    const emphasised = emphasis.has(phase.id);
    for (const m of phase.milestones) {
      if (m.specialisation && m.specialisation !== specialisation) continue;
      phaseOf.set(m.id, phase.id);
      const hours = round1(m.effortHours * share * pace * (emphasised ? EMPHASIS_FACTOR : 1));
      const base = { id: m.id, phaseId: phase.id, title: m.title, minutes: 0, startDate: profile.startDate, endDate: profile.startDate };
      if (done.has(m.id)) {
        milestones.push({ ...base, hours, status: 'done', adjustment: 'Already done.' });
        continue;
      }
      if (share === 0 && rule.area) {
        milestones.push({ ...base, hours: 0, status: 'skipped', adjustment: `Skipped: you are confident in ${SKILL_AREA_LABELS[rule.area]} (level 4 of 4).` });
        continue;
      }
      const notes: string[] = [];
      if (share < 1 && rule.area) notes.push(`shortened to ${Math.round(share * 100)} % for your ${SKILL_AREA_LABELS[rule.area]} level ${levels[rule.area].level}`);
      if (emphasised) notes.push('20 % extra practice for your target role');
      const loggedHere = Math.max(0, Math.round(logged[m.id] ?? 0));
      if (loggedHere > 0) notes.push(`${round1(loggedHere / 60)} h already logged`);
      milestones.push({
        ...base,
        hours,
        status: 'planned',
        adjustment: notes.length > 0 ? `${notes.join('; ')} (content estimate ${m.effortHours} h).` : null,
      });
      queue.push({ milestoneId: m.id, remainingMinutes: Math.max(0, Math.round(hours * 60) - loggedHere) });
    }
  }

  // 3. Sessions inside the availability, week by week.
  const weeklyMinutes = Math.floor(weeklyHours * 60 + 1e-9);
  const placed = placePlan({
    availability,
    weeklyMinutes,
    startDay: start,
    fromMs: options.fromUtc ? parseInstant(options.fromUtc) : null,
    firstWeekUsedMinutes: Math.max(0, Math.round(options.firstWeekUsedMinutes ?? 0)),
    queue,
  });
  if (placed.leftoverMinutes > 0) {
    warnings.push(`${round1(placed.leftoverMinutes / 60)} h of study do not fit into ten years at ${round1(weeklyHours)} h a week; add hours or study windows.`);
  }
  let lastDay = start;
  for (const span of placed.spans.values()) lastDay = Math.max(lastDay, span.lastDay);
  const needed = new Set(queue.filter((q) => q.remainingMinutes > 0).map((q) => q.milestoneId));
  for (const m of milestones) {
    const span = placed.spans.get(m.id);
    if (m.status !== 'planned') continue;
    if (span) {
      m.minutes = span.minutes;
      m.startDate = formatIsoDate(span.firstDay);
      m.endDate = formatIsoDate(span.lastDay);
    } else {
      // Still needed but beyond the ten-year horizon (the warning says so): dated at the horizon,
      // never before what it builds on. Otherwise everything it needed was logged already: it
      // only waits for its tick.
      const day = needed.has(m.id) ? lastDay : start;
      m.startDate = formatIsoDate(day);
      m.endDate = formatIsoDate(day);
    }
  }

  const phases: PlannedPhase[] = [];
  const phaseEnd = new Map<string, number>();
  for (const phase of pack.phases) {
    const own = milestones.filter((m) => m.phaseId === phase.id);
    if (own.length === 0) continue;
    const planned = own.filter((m) => m.status === 'planned' && m.minutes > 0);
    const first = planned.length > 0 ? Math.min(...planned.map((m) => parseIsoDate(m.startDate)!)) : start;
    const last = planned.length > 0 ? Math.max(...planned.map((m) => parseIsoDate(m.endDate)!)) : start;
    phaseEnd.set(phase.id, last);
    phases.push({
      id: phase.id,
      title: phase.title,
      hours: round1(own.reduce((s, m) => s + (m.status === 'planned' ? m.hours : 0), 0)),
      startDate: formatIsoDate(first),
      endDate: formatIsoDate(last),
      skipped: own.every((m) => m.status === 'skipped'),
      milestoneIds: own.map((m) => m.id),
    });
  }

  // 4. Certifications: choose, fit to the budget, date.
  const picks = pickCertifications(pack, profile, warnings);
  for (const [certId] of booked) {
    const cert = certById.get(certId);
    if (!cert || picks.some((p) => p.cert.id === certId)) continue;
    const pool = [cert].flatMap((c) => (c.status === 'active' && c.level !== null && c.examCostUsd !== null ? [{ ...c, costUsd: c.examCostUsd }] : []));
    if (pool[0]) picks.push({ cert: pool[0], reason: 'You booked this exam.', optional: false });
  }
  const fitted = fitToBudget(pack, picks, profile.budgetUsd, new Set(booked.keys()));
  const phaseOrder = new Map(pack.phases.map((p, i) => [p.id, i]));
  // The foundational and cloud ML exams first, in the order of the phases they cover; the optional
  // third after them, so "go straight to MLA-C01" stays true for developers who also take it.
  const kept = [...fitted.kept].sort(
    (a, b) =>
      Number(a.optional) - Number(b.optional) ||
      (phaseOrder.get(a.cert.phaseId ?? '') ?? 99) - (phaseOrder.get(b.cert.phaseId ?? '') ?? 99) ||
      (a.cert.learningOrder ?? 99) - (b.cert.learningOrder ?? 99),
  );
  const certifications: PlannedCertification[] = [];
  let previousExam = start - 1;
  for (const [i, p] of kept.entries()) {
    const coveredEnd = p.cert.phaseId ? (phaseEnd.get(p.cert.phaseId) ?? start) : start;
    const { prepStart, earliest } = examWindow(p.cert.prepWeeks, start, coveredEnd, previousExam);
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
      costUsd: p.cert.costUsd,
      prepStartDate: formatIsoDate(Math.min(prepStart, examDay)),
      targetExamDate: formatIsoDate(examDay),
      booked: bookedDay !== undefined,
      reason: p.reason,
    });
    previousExam = Math.max(previousExam, examDay);
  }

  const lastExam = certifications.reduce((max, c) => Math.max(max, parseIsoDate(c.targetExamDate) ?? max), start);
  const eta = Math.max(lastDay, lastExam);
  const durationMonths = monthsBetween(start, eta);
  const totalHours = round1(milestones.reduce((s, m) => s + (m.status === 'planned' ? m.hours : 0), 0));
  const typical = pack.timelines.find((t) => t.background === profile.background);

  // 5. Baseline.
  const etaDate = formatIsoDate(eta);
  const fresh: PlanBaseline = {
    since: today,
    etaDate,
    doneHours: round1(achievedHours(milestones, done, logged)),
    days: [...placed.days.entries()].map(([day, minutes]) => ({ date: formatIsoDate(day), minutes })),
  };
  const previous = options.previous;
  const renewing = !previous || options.newBaselineBecause !== undefined;
  const baseline = renewing ? fresh : previous.baseline;
  const lastReplan: ReplanNote | null =
    previous && options.newBaselineBecause !== undefined
      ? { on: today, fromEtaDate: previous.etaDate, toEtaDate: etaDate, reason: options.newBaselineBecause.slice(0, 500) }
      : (previous?.lastReplan ?? null);

  return {
    ok: true,
    plan: {
      packVersion: pack.packVersion,
      generatedOn: today,
      startDate: formatIsoDate(start),
      weeklyHours: round1(weeklyHours),
      targetRoleId: role.id,
      phases,
      milestones,
      certifications,
      budget: fitted.verdict,
      timeline: buildTimeline(milestones, phases, certifications, placed.months, start, eta),
      totalHours,
      etaDate,
      durationMonths,
      typicalMonths: typical ? { min: typical.months.min, max: typical.months.max } : null,
      timelineNote: timelineNote(profile, typical, durationMonths, weeklyHours, calibration?.targetMonths ?? null),
      timeZone: availability.timeZone,
      scheduleFromUtc: formatInstant(placed.startMs),
      weeks: placed.weeks,
      levels,
      baseline,
      lastReplan,
      warnings,
    },
  };
}

/** Who the sources' timeline for a background describes, as a plural the notes can use. */
const BACKGROUND_GROUPS: Record<Background, string> = {
  'new-to-code': 'complete beginners',
  student: 'students',
  'software-developer': 'software developers',
  'data-analyst': 'data analysts',
  'data-scientist': 'data scientists',
  'it-professional': 'IT and DevOps professionals',
};

function timelineNote(
  profile: Profile,
  typical: ContentPack['timelines'][number] | undefined,
  months: number,
  weeklyHours: number,
  targetMonths: number | null,
): string {
  if (!typical) return `About ${months} months at ${round1(weeklyHours)} h a week.`;
  const who = BACKGROUND_GROUPS[profile.background];
  const range = `${typical.months.min}–${typical.months.max} months`;
  const calibrated = targetMonths !== null ? ` The plan is calibrated to about ${round1(targetMonths)} months for ${who} at ${CALIBRATION_WEEKLY_HOURS} h a week.` : '';
  if (months < typical.months.min) {
    return `About ${months} months at ${round1(weeklyHours)} h a week: shorter than the ${range} the sources give for ${who}, because you study more hours or already know parts of it.${calibrated}`;
  }
  if (months > typical.months.max) {
    return `About ${months} months at ${round1(weeklyHours)} h a week: longer than the ${range} the sources give for ${who}; more hours a week bring it closer.${calibrated}`;
  }
  return `About ${months} months at ${round1(weeklyHours)} h a week, within the ${range} the sources give for ${who}.${calibrated}`;
}

/**
 * When an exam can be sat at the earliest: after the phase it covers and a review week, after its
 * minimum prep time, and two weeks after the exam before it. The one rule for dating an exam and
 * for saying a booked date comes too early.
 */
function examWindow(prepWeeks: { min: number; max: number } | null | undefined, start: number, coveredEnd: number, previousExam: number): { prepStart: number; earliest: number } {
  const prep = prepWeeks ?? { min: 4, max: 6 };
  const prepStart = Math.max(start, previousExam + 1, coveredEnd - prep.max * 7 + 1);
  return { prepStart, earliest: Math.max(coveredEnd + REVIEW_DAYS, prepStart + prep.min * 7, previousExam + 14) };
}

export interface BookedExamNotReady {
  certId: string;
  examDate: string;
  /** The first day the plan gets the learner ready for it. */
  readyDate: string;
}

/** The booked exams a plan does not get the learner ready for in time, in exam order. */
export function bookedExamsNotReady(plan: Plan, pack: ContentPack): BookedExamNotReady[] {
  const start = parseIsoDate(plan.startDate);
  if (start === null) return [];
  const phaseEnd = new Map(plan.phases.map((p) => [p.id, parseIsoDate(p.endDate) ?? start]));
  const out: BookedExamNotReady[] = [];
  let previousExam = start - 1;
  for (const c of [...plan.certifications].sort((a, b) => a.order - b.order)) {
    const cert = pack.certifications.find((x) => x.id === c.certId);
    const examDay = parseIsoDate(c.targetExamDate) ?? start;
    const coveredEnd = cert?.phaseId ? (phaseEnd.get(cert.phaseId) ?? start) : start;
    const { earliest } = examWindow(cert?.prepWeeks, start, coveredEnd, previousExam);
    if (c.booked && examDay < earliest) out.push({ certId: c.certId, examDate: c.targetExamDate, readyDate: formatIsoDate(earliest) });
    previousExam = Math.max(previousExam, examDay);
  }
  return out;
}

/** One entry per calendar month from the start to the ETA; hours are the sessions' minutes. */
function buildTimeline(
  milestones: readonly PlannedMilestone[],
  phases: readonly PlannedPhase[],
  certs: readonly PlannedCertification[],
  months: ReadonlyMap<string, { minutes: number; milestoneIds: Set<string> }>,
  start: number,
  eta: number,
): TimelineMonth[] {
  const out: TimelineMonth[] = [];
  const order = new Map(milestones.map((m, i) => [m.id, i]));
  const phaseSpans = phases.filter((p) => !p.skipped).map((p) => ({ id: p.id, s: p.startDate.slice(0, 7), e: p.endDate.slice(0, 7) }));
  const last = monthKey(eta);
  // Bounded by the ETA, which is at most ten years of sessions or a booked date within ten years.
  let key = monthKey(start);
  for (let index = 1; index <= MAX_PLAN_WEEKS; index += 1) {
    const entry = months.get(key);
    out.push({
      month: key,
      index,
      phaseIds: phaseSpans.filter((p) => p.s <= key && p.e >= key).map((p) => p.id),
      milestoneIds: entry ? [...entry.milestoneIds].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)) : [],
      examCertIds: certs.filter((c) => c.targetExamDate.slice(0, 7) === key).map((c) => c.certId),
      hours: round1((entry?.minutes ?? 0) / 60),
    });
    if (key >= last) break;
    key = nextMonth(key);
  }
  return out;
}
