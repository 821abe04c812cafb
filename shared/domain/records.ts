/**
 * The learner's own records as the store keeps them: progress on milestones, study sessions,
 * certification checklist, quiz attempts, spending, app settings and the reminder delivery log.
 * Everything is keyed by stable content ids (never by position or title), so a content update
 * or a re-plan never wipes ticks, notes or exam dates. The same schemas validate backups.
 */
import { z } from 'zod';
import { CalendarFolderSchema } from './calendar-folder';
import { EARLIEST_YEAR, isWithinYears, LATEST_STORED_YEAR } from './date-range';
import { ReminderSettingsSchema } from './reminder-settings';
import { ReviewSettingsSchema } from './review';
import { SkillAreaSchema } from './skill-area-schema';

const IsoInstant = z.iso.datetime({ offset: true, error: 'must be an ISO date-time, e.g. 2026-11-23T18:00:00Z' });
const IsoDay = z.iso.date({ error: 'must be a date written as YYYY-MM-DD' });
/**
 * Dates and instants the store derives other values from (a session's end and week, an exam's
 * expiry) stay within the stored span (date-range.ts), so nothing derived from them overflows a
 * four-digit year. Moments taken from the clock (updatedAt, doneAt…) keep only their shape: a
 * computer whose clock is far off must still be able to save.
 */
const STORED_SPAN = `between ${EARLIEST_YEAR}-01-01 and ${LATEST_STORED_YEAR}-12-31`;
const StoredDay = IsoDay.refine((v) => isWithinYears(v, EARLIEST_YEAR, LATEST_STORED_YEAR), { error: `must be a date ${STORED_SPAN}` });
const StoredInstant = IsoInstant.refine((v) => isWithinYears(v, EARLIEST_YEAR, LATEST_STORED_YEAR), { error: `must be a date-time ${STORED_SPAN}` });
const ContentId = z.string().min(1).max(120).regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { error: 'must be a content id such as phase.mlops.deploy-api' });

export const OwnLinkSchema = z.strictObject({
  title: z.string().trim().min(1, { error: 'Link title must not be empty.' }).max(200, { error: 'Link title can be at most 200 characters.' }),
  // https only: links open in the system browser, and main hands over nothing else (security.ts).
  url: z.url({ protocol: /^https$/, error: 'Link must be a web address starting with https://.' }).max(2000),
});

export const MilestoneProgressSchema = z.strictObject({
  milestoneId: ContentId,
  done: z.boolean(),
  doneAt: IsoInstant.nullable(),
  note: z.string().max(10_000, { error: 'Notes can be at most 10,000 characters.' }),
  links: z.array(OwnLinkSchema).max(50, { error: 'At most 50 links per milestone.' }),
  updatedAt: IsoInstant,
});
export type MilestoneProgress = z.infer<typeof MilestoneProgressSchema>;

export const SESSION_STATUSES = ['planned', 'done', 'skipped'] as const;
export const StudySessionSchema = z.strictObject({
  id: z.string().min(1).max(120),
  /** Monday of the session's week in the learner's zone, for week queries. */
  weekStart: StoredDay,
  startUtc: StoredInstant,
  endUtc: StoredInstant,
  minutes: z.number().int().positive().max(24 * 60),
  milestoneId: ContentId.nullable(),
  status: z.enum(SESSION_STATUSES),
  loggedMinutes: z.number().int().nonnegative().max(24 * 60),
  /** Set when the learner moved it; the original start, so a re-plan does not move it back. */
  movedFromUtc: StoredInstant.nullable(),
});
export type StudySession = z.infer<typeof StudySessionSchema>;

export const CERTIFICATION_STATUSES = ['planned', 'studying', 'exam-booked', 'passed', 'renewal-due'] as const;
export const CertificationStatusSchema = z
  .strictObject({
    certId: ContentId,
    status: z.enum(CERTIFICATION_STATUSES),
    examDate: StoredDay.nullable(),
    passedOn: StoredDay.nullable(),
    /** Expiry of the credential, from passedOn + validity; null when it does not expire. */
    expiresOn: StoredDay.nullable(),
    spentUsd: z.number().nonnegative().max(100_000),
    updatedAt: IsoInstant,
  })
  .refine((c) => c.status !== 'exam-booked' || c.examDate !== null, { error: 'A booked exam needs an exam date.', path: ['examDate'] })
  .refine((c) => c.status !== 'passed' || c.passedOn !== null, { error: 'A passed exam needs the date it was passed.', path: ['passedOn'] });
export type CertificationStatus = z.infer<typeof CertificationStatusSchema>;

/** A certification's focus area as the content pack names it ("Model monitoring"). */
export const FocusAreaSchema = z.string().trim().min(1, { error: 'Focus area must not be empty.' }).max(120, { error: 'Focus area is too long.' });

/**
 * `focusArea` and the attempt's `certId` / `focusArea` are set only on a certification practice
 * round. They are optional so quiz attempts stored (and backed up) before practice rounds
 * existed stay valid: their absence already means "a readiness quiz".
 */
export const QuizAnswerSchema = z.strictObject({
  questionId: ContentId,
  area: SkillAreaSchema,
  chosenIndex: z.number().int().min(0).max(9),
  correct: z.boolean(),
  /** The certification focus area the question tests. */
  focusArea: FocusAreaSchema.optional(),
});
export const QuizAttemptSchema = z
  .strictObject({
    id: z.string().min(1).max(80),
    takenAt: IsoInstant,
    kind: z.enum(['quick', 'practice']),
    answers: z.array(QuizAnswerSchema).min(1).max(100),
    /** The certification a practice round was for. */
    certId: ContentId.optional(),
    /** The one focus area the round practised; absent when it covered the whole certification. */
    focusArea: FocusAreaSchema.optional(),
  })
  .refine((a) => a.certId === undefined || a.kind === 'practice', { error: 'A certification round is a practice attempt.', path: ['kind'] })
  .refine((a) => a.focusArea === undefined || a.certId !== undefined, { error: 'A focus area needs its certification.', path: ['focusArea'] });

/** A certification practice round, as opposed to a readiness quiz. */
export const isCertificationRound = (attempt: QuizAttempt): boolean => attempt.certId !== undefined;
export type QuizAttempt = z.infer<typeof QuizAttemptSchema>;
export type QuizAnswer = z.infer<typeof QuizAnswerSchema>;

export const SpendingSchema = z.strictObject({
  id: z.string().min(1).max(80),
  date: StoredDay,
  amountUsd: z.number().positive({ error: 'Amount must be more than $0.' }).max(100_000, { error: 'Amount can be at most $100,000.' }),
  label: z.string().trim().min(1, { error: 'Say what the money was for.' }).max(200),
  certId: ContentId.nullable(),
});
export type Spending = z.infer<typeof SpendingSchema>;

export const THEMES = ['system', 'light', 'dark'] as const;
export const AppSettingsSchema = z.strictObject({
  reminders: ReminderSettingsSchema,
  closeToTray: z.boolean(),
  /** The one-time "MLE Path is still running in the tray" hint has been shown. */
  trayHintShown: z.boolean(),
  launchAtLogin: z.boolean(),
  theme: z.enum(THEMES),
  /**
   * The folder main keeps the study calendar file in; null (or absent) when it keeps none.
   * Optional so settings rows and backups written before it existed stay valid: no schema
   * version for a field whose absence already means "off". The store answers it as null.
   */
  calendarFolder: CalendarFolderSchema.nullable().optional(),
  /**
   * The FSRS parameters of spaced review. Optional for the same reason: a settings row or a
   * backup from before review existed reads as the defaults (REVIEW_SETTINGS_DEFAULTS).
   */
  review: ReviewSettingsSchema.optional(),
});
export type AppSettings = z.infer<typeof AppSettingsSchema>;

export const ReminderDeliverySchema = z.strictObject({
  reminderId: z.string().min(1).max(200),
  kind: z.enum(['digest', 'session', 'exam-countdown', 'recertification', 'catch-up']),
  deliveredAt: IsoInstant,
});
export type ReminderDelivery = z.infer<typeof ReminderDeliverySchema>;

/** A ticked item of a project checklist or a phase gate, by its content id. */
export const ChecklistTickSchema = z.strictObject({
  itemId: ContentId,
  checkedAt: IsoInstant,
});
export type ChecklistTick = z.infer<typeof ChecklistTickSchema>;
