/**
 * Backup test data shared by the format, main-process and store tests: a realistic `data`
 * section (a real generated plan, notes with non-ASCII text, rows in every table) listed in
 * primary-key order, exactly as `dumpAll` returns it, plus a second, different data set.
 */
import type { BackupData } from '../../../../shared/backup/format';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../shared/domain/reminder-settings';
import { generatePlan } from '../../../../shared/planner/plan';
import { gradeCard, newReviewCard } from '../../../../shared/review/scheduler';
import { loadBuiltIn } from '../content/helpers';

const pack = loadBuiltIn();

const profile = {
  background: 'software-developer' as const,
  weeklyHours: 10,
  budgetUsd: 400,
  startDate: '2027-03-01',
  cloud: 'aws' as const,
  selfRating: { 'python-foundations': 3, 'ml-modelling': 1, 'mlops-deployment': 2 },
  availability: {
    timeZone: 'Europe/Berlin',
    windows: [
      { weekday: 0, start: '18:00', end: '20:00' },
      { weekday: 5, start: '09:00', end: '13:00' },
    ],
    sessionMinutes: { min: 30, max: 120 },
  },
};

function plan() {
  const result = generatePlan(profile, pack, '2026-11-23');
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

const generated = plan();

/** Two review cards as the store keeps them, one graded twice (its log rows), one new. */
function review() {
  const settings = { requestRetention: 0.85, maximumIntervalDays: 200, fuzz: false };
  const added = new Date('2026-11-24T19:00:00.000Z');
  const gate = newReviewCard({ itemId: 'gate.foundations.numpy-pandas', kind: 'gate-statement' }, ['phase.foundations.numpy-pandas'], added);
  const first = gradeCard(gate, 'good', new Date('2026-11-25T08:00:00.000Z'), settings);
  const second = gradeCard(first.card, 'hard', new Date(first.card.due), settings);
  const quiz = newReviewCard({ itemId: 'quiz.python-foundations.mutable-default', kind: 'quiz-question' }, ['phase.foundations.numpy-pandas'], added);
  const answered = gradeCard(quiz, 'again', new Date('2026-11-25T08:05:00.000Z'), settings, { chosenIndex: 2, correct: false });
  return { settings, cards: [second.card, answered.card], logs: [first.log, second.log, answered.log].sort((a, b) => a.id.localeCompare(b.id)) };
}
const reviewed = review();
const milestoneIds = generated.milestones.map((m) => m.id);

export function sampleData(): BackupData {
  return structuredClone({
    profile: { key: 'me', profile, savedAt: '2026-11-23T09:30:00.000Z' },
    plan: { key: 'me', plan: generated, savedAt: '2026-11-23T09:30:00.000Z' },
    milestoneProgress: milestoneIds
      .slice(0, 3)
      .sort()
      .map((milestoneId, i) => ({
        milestoneId,
        done: i !== 1,
        doneAt: i !== 1 ? '2026-11-24T19:00:00.000Z' : null,
        note: i === 0 ? 'Übung: "pandas" → done ✓\nsecond line' : '',
        links: i === 0 ? [{ title: 'Docs', url: 'https://pandas.pydata.org/docs/' }] : [],
        updatedAt: '2026-11-24T19:00:00.000Z',
      })),
    sessions: [1, 2, 3, 4, 5].map((n) => ({
      id: `s-2027-03-0${n}`,
      weekStart: '2027-03-01',
      startUtc: `2027-03-0${n}T17:00:00.000Z`,
      endUtc: `2027-03-0${n}T18:30:00.000Z`,
      minutes: 90,
      milestoneId: n % 2 === 0 ? null : (milestoneIds[0] ?? null),
      status: n < 3 ? ('done' as const) : ('planned' as const),
      loggedMinutes: n < 3 ? 80 : 0,
      movedFromUtc: n === 4 ? '2027-03-03T17:00:00.000Z' : null,
    })),
    certifications: [
      { certId: 'cert.aws.mla-c01', status: 'exam-booked' as const, examDate: '2027-09-14', passedOn: null, expiresOn: null, spentUsd: 150, updatedAt: '2026-11-25T08:00:00Z' },
      { certId: 'cert.gcp.pmle', status: 'planned' as const, examDate: null, passedOn: null, expiresOn: null, spentUsd: 0, updatedAt: '2026-11-25T08:00:00Z' },
    ],
    quizAttempts: [
      {
        id: 'q-1',
        takenAt: '2026-11-23T10:00:00Z',
        kind: 'quick' as const,
        answers: [
          { questionId: 'quiz.python.list-comprehension', area: 'python-foundations' as const, chosenIndex: 1, correct: true },
          { questionId: 'quiz.mlops.drift', area: 'mlops-deployment' as const, chosenIndex: 0, correct: false },
        ],
      },
    ],
    spending: [
      { id: 'sp-1', date: '2026-11-25', amountUsd: 150, label: 'MLA-C01 exam fee', certId: 'cert.aws.mla-c01' },
      { id: 'sp-2', date: '2026-11-26', amountUsd: 19.99, label: 'Practice tests', certId: null },
    ],
    settings: {
      key: 'me',
      reminders: { ...DEFAULT_REMINDER_SETTINGS, quietHours: { start: '22:00', end: '07:00' } },
      closeToTray: true,
      trayHintShown: true,
      launchAtLogin: false,
      theme: 'dark' as const,
      review: reviewed.settings,
    },
    reminderLog: [
      { reminderId: 'digest:2026-11-29', kind: 'digest' as const, deliveredAt: '2026-11-29T17:00:00.000Z' },
      { reminderId: 'session:s-2027-03-01', kind: 'session' as const, deliveredAt: '2027-03-01T16:45:00.000Z' },
    ],
    checklistTicks: [
      { itemId: 'project.churn.readme', checkedAt: '2026-11-27T20:00:00.000Z' },
      { itemId: 'project.churn.tests', checkedAt: '2026-11-28T20:00:00.000Z' },
    ],
    reviewCards: reviewed.cards,
    reviewLogs: reviewed.logs,
  });
}

/** A small, different data set: what the learner has now, before restoring `sampleData`. */
export function otherData(): BackupData {
  const data = sampleData();
  return {
    ...data,
    profile: { key: 'me', profile: { ...profile, weeklyHours: 4, cloud: 'gcp' }, savedAt: '2026-12-01T08:00:00.000Z' },
    plan: null,
    milestoneProgress: data.milestoneProgress.slice(0, 1).map((p) => ({ ...p, note: 'other note' })),
    sessions: [],
    certifications: [data.certifications[1]!],
    quizAttempts: [],
    spending: [
      { id: 'sp-8', date: '2026-12-01', amountUsd: 5, label: 'Book', certId: null },
      { id: 'sp-9', date: '2026-12-02', amountUsd: 12, label: 'Course', certId: null },
    ],
    settings: { ...data.settings, theme: 'light' },
    reminderLog: [],
    checklistTicks: [{ itemId: 'project.other.one', checkedAt: '2026-12-01T08:00:00.000Z' }],
    reviewCards: [],
    reviewLogs: [],
  };
}
