/**
 * Generates a learner's database as it would look after N months of using MLE Path, for the
 * benchmarks (1 month, 1 year, 2 years and 10 years of history). The result is the
 * store's own backup shape, so a benchmark loads it with `backup:replace` — the same all-or-
 * nothing path a restore takes — and every row passes the store's schemas.
 *
 * What grows with history, per week: the study sessions the calendar stored (most done, some
 * skipped, a few left unmarked), the reminders delivered (a digest and one per session), plus a
 * practice quiz a month, spending a few times a year and certifications passed and renewed.
 * What does not grow: the current plan. A learner's plan spans about two years, so history
 * beyond it is earlier study against the same stable content ids; the plan itself always
 * started min(months, 6) months ago, so every size from six months up shows the same dashboard
 * and the same week (a learner halfway through), and only the history behind it differs.
 *
 * Deterministic, and the same learner at every size: each week's and month's rows come from a
 * PRNG seeded by how long ago it was, so the study sessions of the last month are the same rows
 * at every size; a longer history only adds older ones.
 */
import { loadPack } from '../../../shared/content/load';
import { mulberry32 as prng } from '../../../shared/content/quick-quiz';
import { builtInPack } from '../../../shared/content/pack';
import type { BackupData } from '../../../shared/backup/format';
import type { Profile } from '../../../shared/domain/profile';
import type { CertificationStatus, MilestoneProgress, QuizAttempt, ReminderDelivery, Spending, StudySession } from '../../../shared/domain/records';
import { DEFAULT_REMINDER_SETTINGS } from '../../../shared/domain/reminder-settings';
import { REVIEW_SETTINGS_DEFAULTS, type ReviewCard, type ReviewLog } from '../../../shared/domain/review';
import { reviewItemsForMilestone } from '../../../shared/review/items';
import { gradeCard, newReviewCard } from '../../../shared/review/scheduler';
import { generatePlan } from '../../../shared/planner/plan';
import { replanFromToday } from '../../../shared/planner/progress';
import { scheduleWeek } from '../../../shared/planner/schedule';
import { DAY_MS, formatIsoDate, instantToLocal, mondayOf } from '../../../shared/planner/time';
import { defaultAvailability, toStoredSession } from '../../../shared/planner/week-sessions';
import { SEED_PROFILE } from '../../e2e/harness/seed';

export const HISTORY_SIZES = [
  { label: '1 month', months: 1 },
  { label: '1 year', months: 12 },
  { label: '2 years', months: 24 },
  { label: '10 years', months: 120 },
] as const;

const TIME_ZONE = 'Europe/Berlin'; // SEED_PROFILE's
/** The current plan began this many months ago (or with the history, if shorter): mid-plan. */
const PLAN_MONTHS_AGO = 6;

function addMonths(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  d.setUTCMonth(d.getUTCMonth() + months);
  return Math.floor(d.getTime() / DAY_MS);
}

const iso = (ms: number) => new Date(ms).toISOString();

export function generateHistory(months: number, now: Date): BackupData {
  const loaded = loadPack(builtInPack);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const pack = loaded.pack;
  const nowMs = now.getTime();
  const today = instantToLocal(TIME_ZONE, nowMs).day;
  const thisMonday = mondayOf(today);
  const historyStart = mondayOf(addMonths(today, -months));
  const planStart = mondayOf(addMonths(today, -Math.min(months, PLAN_MONTHS_AGO)));
  // The e2e tests' seeded learner: a data analyst, 8 h a week, four study windows in Berlin.
  const profile: Profile = { ...SEED_PROFILE, startDate: formatIsoDate(planStart) };

  // Milestones whose planned end has passed are ticked (a learner roughly on schedule).
  const original = generatePlan(profile, pack, formatIsoDate(planStart));
  if (!original.ok) throw new Error(original.error.message);
  const doneMilestones = original.plan.milestones.filter((m) => m.endDate < formatIsoDate(today));
  const doneIds = doneMilestones.map((m) => m.id);
  const replanned = replanFromToday({ profile, pack, today: formatIsoDate(today), record: { doneMilestoneIds: doneIds } });
  if (!replanned.ok) throw new Error(replanned.error.message);
  const milestoneIds = original.plan.milestones.map((m) => m.id);

  const milestoneProgress: MilestoneProgress[] = doneMilestones.map((m) => ({
    milestoneId: m.id,
    done: true,
    doneAt: `${m.endDate}T19:00:00.000Z`,
    note: m.hours % 3 === 0 ? `Finished ${m.title}; the exercises on the last topic took longer than planned.` : '',
    links: [],
    updatedAt: `${m.endDate}T19:00:00.000Z`,
  }));

  const sessions: StudySession[] = [];
  const reminderLog: ReminderDelivery[] = [];
  for (let monday = historyStart; monday < thisMonday; monday += 7) {
    const weekStart = formatIsoDate(monday);
    const weeksAgo = (thisMonday - monday) / 7;
    const random = prng(weeksAgo * 7919 + 17);
    const focusId = milestoneIds[weeksAgo % milestoneIds.length] ?? null;
    const week = scheduleWeek({
      availability: profile.availability ?? defaultAvailability(TIME_ZONE),
      weeklyHours: profile.weeklyHours,
      weekStart,
      ...(focusId ? { focus: [{ milestoneId: focusId, remainingMinutes: 60 * 60 }] } : {}),
    });
    if (!week.ok) throw new Error(week.error.message);
    for (const s of week.sessions) {
      const stored = toStoredSession(s, weekStart);
      const roll = random();
      // Most sessions done, some skipped, a few never marked (they show as missed).
      if (roll < 0.78) sessions.push({ ...stored, status: 'done', loggedMinutes: Math.max(15, stored.minutes - Math.floor(random() * 30)) });
      else if (roll < 0.93) sessions.push({ ...stored, status: 'skipped' });
      else sessions.push(stored);
      reminderLog.push({ reminderId: `session:${s.id}`, kind: 'session', deliveredAt: iso(Date.parse(s.startUtc) - 30 * 60_000) });
    }
    reminderLog.push({ reminderId: `digest:${weekStart}`, kind: 'digest', deliveredAt: iso((monday - 1) * DAY_MS + 17 * 3_600_000) });
  }

  const quizAttempts: QuizAttempt[] = [];
  for (let monthsAgo = months; monthsAgo >= 1; monthsAgo--) {
    const taken = addMonths(today, -monthsAgo) + 3;
    const random = prng(monthsAgo * 104_729 + 3);
    // Scores climb towards 90 % over the last two years.
    const skill = Math.max(0.4, 0.9 - monthsAgo / 48);
    quizAttempts.push({
      id: `attempt.${formatIsoDate(taken)}`,
      takenAt: iso(taken * DAY_MS + 19 * 3_600_000),
      kind: 'practice',
      answers: pack.quiz.map((q) => {
        const correct = random() < skill;
        return { questionId: q.id, area: q.area, chosenIndex: correct ? q.correctIndex : (q.correctIndex + 1) % q.options.length, correct };
      }),
    });
  }

  const spending: Spending[] = [];
  for (let monthsAgo = 2; monthsAgo < months; monthsAgo += 4) {
    spending.push({ id: `spend.${monthsAgo}`, date: formatIsoDate(addMonths(today, -monthsAgo)), amountUsd: 20 + ((monthsAgo * 37) % 60), label: 'Course subscription', certId: null });
  }

  const certifications: CertificationStatus[] = [];
  const updatedAt = iso(nowMs - 7 * DAY_MS);
  if (months >= 24) {
    // Passed long enough ago to be due for renewal, which the checklist and reminders show.
    const passedOn = formatIsoDate(addMonths(today, -23));
    certifications.push({ certId: 'cert.aws.aif-c01', status: 'renewal-due', examDate: null, passedOn, expiresOn: formatIsoDate(addMonths(today, 13)), spentUsd: 100, updatedAt });
  }
  certifications.push({ certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate: formatIsoDate(today + 40), passedOn: null, expiresOn: null, spentUsd: 150, updatedAt });

  // Review cards of the ticked milestones, each graded at every due date since its milestone was
  // done (mostly Good, sometimes Again or Easy, by the same seeded PRNG), as FSRS would have
  // scheduled them: the history grows with the years, and some cards are due today.
  const reviewCards = new Map<string, ReviewCard>();
  const reviewLogs: ReviewLog[] = [];
  const grades = prng(9_001);
  for (const m of doneMilestones) {
    const added = Math.max(Date.parse(`${m.endDate}T19:00:00.000Z`), nowMs - months * 30 * DAY_MS);
    for (const item of reviewItemsForMilestone(pack, m.id)) {
      if (reviewCards.has(item.itemId)) continue;
      let card = newReviewCard(item, [m.id], new Date(added));
      for (let at = added; at <= nowMs - DAY_MS; at = Date.parse(card.due)) {
        const roll = grades();
        const outcome = gradeCard(card, roll < 0.1 ? 'again' : roll < 0.9 ? 'good' : 'easy', new Date(at), REVIEW_SETTINGS_DEFAULTS);
        card = outcome.card;
        reviewLogs.push(outcome.log);
      }
      reviewCards.set(item.itemId, card);
    }
  }

  const savedAt = iso(nowMs - DAY_MS);
  return {
    profile: { key: 'me', profile, savedAt },
    plan: { key: 'me', plan: replanned.plan, savedAt },
    milestoneProgress,
    sessions,
    certifications,
    quizAttempts,
    spending,
    settings: { key: 'me', reminders: DEFAULT_REMINDER_SETTINGS, closeToTray: true, trayHintShown: true, launchAtLogin: false, theme: 'system' },
    reminderLog,
    checklistTicks: [],
    reviewCards: [...reviewCards.values()].sort((a, b) => a.itemId.localeCompare(b.itemId)),
    reviewLogs: reviewLogs.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Row counts per table, for the benchmark's table of what each size holds. */
export function historyRowCounts(data: BackupData): Record<string, number> {
  return Object.fromEntries(Object.entries(data).map(([table, rows]) => [table, Array.isArray(rows) ? rows.length : rows ? 1 : 0]));
}
