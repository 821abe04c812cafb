/**
 * The one IPC contract: every channel the renderer may invoke, with its request and response
 * schemas, and every event main may push. Types are inferred from here and nowhere else.
 * Channel names are `area:verb`.
 */
import { z } from 'zod';
import { EARLIEST_YEAR, isWithinYears, LATEST_ENTERED_YEAR } from '../domain/date-range';
import { PlanSchema, ProgressSchema } from '../domain/plan';
import { ProfileSchema } from '../domain/profile';
import {
  AppSettingsSchema,
  CERTIFICATION_STATUSES,
  CertificationStatusSchema,
  ChecklistTickSchema,
  FocusAreaSchema,
  MilestoneProgressSchema,
  OwnLinkSchema,
  QuizAttemptSchema,
  SESSION_STATUSES,
  SpendingSchema,
  StudySessionSchema,
  THEMES,
} from '../domain/records';
import { ReminderSettingsSchema } from '../domain/reminder-settings';
import { REVIEW_ITEM_KINDS, REVIEW_RATINGS, REVIEW_STATES, ReviewRatingSchema, ReviewSettingsSchema } from '../domain/review';
import { isLocaleTag } from '../locale/display-format';
import { SkillAreaSchema } from '../domain/skill-area-schema';
import { HISTORY_DAYS, HISTORY_MONTHS, HISTORY_WEEKS } from '../planner/history';
import { ContentPackSchema } from '../content/schema';
import { ContentPreviewSchema, ContentStatusSchema, ContentSummarySchema, PACK_ORIGINS } from '../content/update-schema';
import type { Channel, EventName } from './names';

export { CHANNEL_NAMES, EVENT_NAMES, isChannel, isEventName, type Channel, type EventName } from './names';

export const SavedProfileSchema = z.strictObject({
  profile: ProfileSchema,
  savedAt: z.iso.datetime(),
});
export type SavedProfile = z.infer<typeof SavedProfileSchema>;

const NoRequest = z.strictObject({}, { error: 'This request takes no fields.' });

const MilestoneId = z
  .string({ error: 'Milestone id must be text.' })
  .max(120, { error: 'Milestone id is too long.' })
  .regex(/^phase(\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/, { error: 'Milestone id must look like phase.mlops.deploy-api.' });

const ContentIdField = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .max(120, { error: `${label} is too long.` })
    .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { error: `${label} must be a content id such as cert.aws.mla-c01.` });

const DayField = (label: string) => z.iso.date({ error: `${label} must be a date (YYYY-MM-DD).` });
/**
 * A date the learner enters, within the span every derived value can be stored in
 * (domain/date-range.ts). The store adds the checks relative to today.
 */
const EnteredDayField = (label: string) =>
  DayField(label).refine((v) => isWithinYears(v, EARLIEST_YEAR, LATEST_ENTERED_YEAR), {
    error: `${label} must be between ${EARLIEST_YEAR}-01-01 and ${LATEST_ENTERED_YEAR}-12-31.`,
  });

export const ReadinessSchema = z.strictObject({
  overall: z.number().min(0).max(100),
  byArea: z.strictObject({ 'python-foundations': z.number(), 'ml-modelling': z.number(), 'mlops-deployment': z.number() }),
  strongest: SkillAreaSchema,
  weakest: SkillAreaSchema,
  basis: z.enum(['quiz', 'self-rating', 'both']),
});
export type ReadinessView = z.infer<typeof ReadinessSchema>;

export const WeekViewSchema = z.strictObject({
  weekStart: z.iso.date(),
  timeZone: z.string(),
  sessions: z.array(StudySessionSchema),
  plannedMinutes: z.number().int().nonnegative(),
  doneMinutes: z.number().int().nonnegative(),
  loggedMinutes: z.number().int().nonnegative(),
  /** Sessions of the last four weeks left planned (neither done nor skipped), newest first, at most 20. */
  missed: z.array(StudySessionSchema),
  /**
   * The week's review slot (shared/review/review-slot.ts) when reviews fall due in it; absent
   * when none do or there is no room for one.
   */
  reviewSlot: z
    .strictObject({
      startUtc: z.iso.datetime({ offset: true }),
      endUtc: z.iso.datetime({ offset: true }),
      minutes: z.number().int().positive().max(60),
      dueCount: z.number().int().positive(),
      withinSessionId: z.string().max(120).nullable(),
    })
    .optional(),
});
export type WeekView = z.infer<typeof WeekViewSchema>;

const MinutesField = z.number().int().nonnegative();
/**
 * The History screen's figures (shared/planner/history.ts): a year of days with logged time at
 * most, whatever the years of sessions behind them, the recent weeks and months.
 */
export const HistoryViewSchema = z.strictObject({
  timeZone: z.string().max(100),
  today: z.iso.date(),
  from: z.iso.date(),
  days: z.array(z.strictObject({ date: z.iso.date(), minutes: MinutesField })).max(HISTORY_DAYS),
  weeks: z.array(z.strictObject({ weekStart: z.iso.date(), plannedMinutes: MinutesField, studiedMinutes: MinutesField })).max(HISTORY_WEEKS),
  readiness: z
    .array(
      z.strictObject({
        month: z.string().regex(/^\d{4}-\d{2}$/),
        attempts: z.number().int().nonnegative(),
        overall: z.number().min(0).max(100),
        byArea: z.strictObject({ 'python-foundations': z.number().min(0).max(100), 'ml-modelling': z.number().min(0).max(100), 'mlops-deployment': z.number().min(0).max(100) }),
      }),
    )
    .max(HISTORY_MONTHS),
});
export type HistoryView = z.infer<typeof HistoryViewSchema>;

/** A due review item as the Review screen shows it: the card's state and the item's text. */
export const ReviewItemViewSchema = z.strictObject({
  itemId: z.string().max(120),
  kind: z.enum(REVIEW_ITEM_KINDS),
  text: z.string().max(2000),
  context: z.string().max(500),
  /** Answer options of a question; null for a statement graded Again / Hard / Good / Easy. */
  options: z.array(z.string().max(1000)).max(10).nullable(),
  /** The learner's day it fell due (YYYY-MM-DD, their zone). */
  dueDay: z.iso.date(),
  state: z.enum(REVIEW_STATES),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
});
export type ReviewItemView = z.infer<typeof ReviewItemViewSchema>;

/** The most due items one `review:queue` answer lists (the count says how many there are). */
export const REVIEW_QUEUE_MAX = 100;

export const ReviewQueueSchema = z.strictObject({
  /** The learner's today and zone, which "due" is judged by. */
  today: z.iso.date(),
  timeZone: z.string(),
  /** Due by today, oldest first, at most REVIEW_QUEUE_MAX. */
  items: z.array(ReviewItemViewSchema).max(REVIEW_QUEUE_MAX),
  dueToday: z.number().int().nonnegative(),
  /** Due by the end of the learner's current week (Sunday), today's included. */
  dueThisWeek: z.number().int().nonnegative(),
  /** The next day something falls due after today; null when nothing is scheduled. */
  nextDueDay: z.iso.date().nullable(),
  /** Cards in review, and cards paused because every milestone that added them was unticked. */
  active: z.number().int().nonnegative(),
  suspended: z.number().int().nonnegative(),
});
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;

/** Every screen, in the sidebar's order: the application menu can open any of them. */
export const NAVIGATION_TARGETS = ['dashboard', 'today', 'roadmap', 'timeline', 'week', 'review', 'certifications', 'quiz', 'practice', 'costs', 'projects', 'guide', 'history', 'whatif', 'profile', 'settings'] as const;
export type NavigationTarget = (typeof NAVIGATION_TARGETS)[number];

/**
 * A screen main asks the UI to show (a notification, tray or menu item was clicked), and what on it:
 * a certification, or a week (the weekly digest's week, a session's week) with one session in
 * focus. A week or session only goes with the week screen, a certification only with theirs.
 */
export const NavigationSchema = z
  .strictObject({
    screen: z.enum(NAVIGATION_TARGETS),
    certId: z.string().max(120).optional(),
    /** Monday of the week to open. */
    weekStart: z.iso.date().optional(),
    /** The session to bring into view and focus; needs its weekStart. */
    sessionId: z.string().min(1).max(120).optional(),
  })
  .refine((n) => n.certId === undefined || n.screen === 'certifications', { error: 'A certification opens only on the certifications screen.', path: ['certId'] })
  .refine((n) => (n.weekStart === undefined && n.sessionId === undefined) || n.screen === 'week', { error: 'A week or session opens only on the week screen.', path: ['weekStart'] })
  .refine((n) => n.sessionId === undefined || n.weekStart !== undefined, { error: 'A session needs the week it is in.', path: ['sessionId'] });

/** The plan with the learner's progress against it: what every plan screen renders. */
export const PlanViewSchema = z.strictObject({
  plan: PlanSchema,
  progress: ProgressSchema,
  doneMilestoneIds: z.array(z.string()),
  today: z.iso.date(),
  savedAt: z.iso.datetime(),
});
export type PlanView = z.infer<typeof PlanViewSchema>;

/**
 * The calendar file kept up to date in a folder, as main last wrote it (electron/main/
 * calendar-sync.ts). The folder itself is a setting; when and how the last write went is main's
 * own knowledge of this run, so it comes from main, not from the store.
 */
export const CalendarSyncStatusSchema = z.strictObject({
  /** The folder kept up to date; null when the option is off. */
  folder: z.string().nullable(),
  /** The file main keeps there (always the same name); null when off. */
  filePath: z.string().nullable(),
  /** The last write that worked since MLE Path started; null before the first one. */
  lastWrittenAt: z.iso.datetime().nullable(),
  /** Sessions and exams in that write. */
  events: z.number().int().nonnegative().nullable(),
  /** Why the latest attempt failed, in plain words; null once a write works again. */
  lastError: z.string().max(2000).nullable(),
});
export type CalendarSyncStatus = z.infer<typeof CalendarSyncStatusSchema>;

/** A checked backup waiting for the learner's confirmation, and what restoring it would change. */
const RestorePreviewSchema = z.strictObject({ token: z.string(), fileName: z.string(), exportedAt: z.string(), changes: z.array(z.string()) });

/** Kinds of backup MLE Path takes by itself (electron/main/core/automatic-backups.ts uses the same list). */
export const AUTOMATIC_BACKUP_KINDS = ['daily', 'before-restore', 'before-reset'] as const;

/**
 * How MLE Path fits this computer's desktop, as main knows it (electron/main/core/desktop-status.ts):
 * what closing the window does and why, and what the operating system refused. Every message is
 * in plain words for the learner; main keeps what must outlive a restart on this computer only.
 */
export const DesktopStatusSchema = z.strictObject({
  /** What the window's close button does now: hide to the tray, minimise (no tray), or close. */
  closeAction: z.enum(['hide-to-tray', 'minimize', 'close']),
  /** That choice in words, for Settings. */
  closeExplanation: z.string().max(2000),
  /** The one-time explanation of a desktop without a tray, until the learner dismisses it; null otherwise. */
  noTrayNotice: z.string().max(2000).nullable(),
  notifications: z.strictObject({
    /** 'unchecked' until a notification was shown or refused this far on this computer. */
    state: z.enum(['unchecked', 'ok', 'blocked', 'unavailable']),
    /** What is wrong and how to turn them on; null when nothing is wrong. */
    message: z.string().max(2000).nullable(),
    checkedAt: z.iso.datetime().nullable(),
  }),
  loginItem: z.strictObject({
    state: z.enum(['off', 'on', 'needs-approval', 'failed']),
    message: z.string().max(2000).nullable(),
  }),
});
export type DesktopStatus = z.infer<typeof DesktopStatusSchema>;

/** "Re-plan the remaining work": what would change, shown before anything is written. */
export const ReflowPreviewSchema = z.strictObject({
  missedIds: z.array(z.string().max(120)).max(20),
  missedMinutes: z.number().int().nonnegative(),
  fromEtaDate: z.iso.date(),
  toEtaDate: z.iso.date(),
  weeklyHours: z.number().nonnegative(),
  moves: z.array(z.strictObject({ milestoneId: z.string(), title: z.string(), fromEndDate: z.iso.date(), toEndDate: z.iso.date() })),
  exams: z.array(
    z.strictObject({ certId: z.string(), name: z.string(), examDate: z.iso.date(), readyDate: z.iso.date(), becomesInfeasible: z.boolean() }),
  ),
});
export type ReflowPreviewView = z.infer<typeof ReflowPreviewSchema>;

/** One plan in a what-if comparison (shared/planner/what-if.ts). */
export const PlanSummarySchema = z.strictObject({
  startDate: z.iso.date(),
  etaDate: z.iso.date(),
  durationMonths: z.number().nonnegative(),
  weeklyHours: z.number().nonnegative(),
  totalHours: z.number().nonnegative(),
  exams: z.array(z.strictObject({ certId: z.string(), name: z.string(), costUsd: z.number().nonnegative(), examDate: z.iso.date(), booked: z.boolean() })),
  examCostUsd: z.number().nonnegative(),
  firstMonths: z.array(z.strictObject({ month: z.string(), hours: z.number().nonnegative(), milestones: z.array(z.strictObject({ id: z.string(), title: z.string() })) })),
  warnings: z.array(z.string()),
});
export type PlanSummaryView = z.infer<typeof PlanSummarySchema>;

/** The profile fields a what-if may change, each checked as the profile form checks it. */
export const WhatIfChangeSchema = ProfileSchema.pick({ weeklyHours: true, budgetUsd: true, cloud: true, specialisation: true, startDate: true }).partial();

export const DESKTOP_NOTICES = ['no-tray'] as const;

/**
 * The focus timer as main holds it (electron/main/core/focus-timer.ts): the window draws it
 * ticking from `elapsedMs` at `asOfUtc`, so it is right after navigation, a reload or a restart.
 */
export const TimerViewSchema = z.strictObject({
  state: z.enum(['idle', 'running', 'paused']),
  /** The session it runs for; null when idle. */
  session: z
    .strictObject({
      id: z.string().min(1).max(120),
      weekStart: z.iso.date(),
      title: z.string().max(300),
      plannedMinutes: z.number().int().min(1).max(24 * 60),
      /** Minutes the session had logged when the timer started; a stop logs these plus the timer's. */
      baseMinutes: z.number().int().min(0).max(24 * 60),
    })
    .nullable(),
  elapsedMs: z.number().int().min(0).max(24 * 60 * 60_000),
  /** Main's clock when `elapsedMs` was read. */
  asOfUtc: z.iso.datetime(),
  plannedReached: z.boolean(),
  /** Minutes a stop logged that the data store has not confirmed yet (tried again every few seconds). */
  unsavedLog: z.strictObject({ sessionId: z.string(), title: z.string(), loggedMinutes: z.number().int().min(0).max(24 * 60) }).nullable(),
});
export type TimerView = z.infer<typeof TimerViewSchema>;

const TimerSessionRequest = z.strictObject({
  sessionId: z.string({ error: 'Session id must be text.' }).min(1, { error: 'Choose a session.' }).max(120, { error: 'Session id is too long.' }),
  weekStart: DayField('Week start'),
});


export const channels = {
  'profile:get': { request: NoRequest, response: SavedProfileSchema.nullable() },
  'profile:save': { request: ProfileSchema, response: SavedProfileSchema },
  'plan:get': { request: NoRequest, response: PlanViewSchema.nullable() },
  'plan:regenerate': { request: NoRequest, response: PlanViewSchema },
  'plan:reflow-preview': { request: NoRequest, response: ReflowPreviewSchema },
  /**
   * Applies the re-flow the learner was shown: the store computes it again and refuses with
   * `conflict` when it no longer matches the preview (other missed sessions, another finish).
   */
  'plan:reflow': {
    request: z.strictObject({
      missedIds: z.array(z.string().min(1).max(120)).max(20, { error: 'At most 20 missed sessions.' }),
      toEtaDate: DayField('Finish date'),
    }),
    response: PlanViewSchema,
  },
  /** Up to three changed profiles, planned and summarised beside the current plan; nothing is stored. */
  'plan:what-if': {
    request: z.strictObject({
      changes: z.array(WhatIfChangeSchema).min(1, { error: 'Change at least one thing to compare.' }).max(3, { error: 'Compare at most three plans.' }),
    }),
    response: z.strictObject({
      current: PlanSummarySchema,
      variants: z.array(
        z.discriminatedUnion('ok', [
          z.strictObject({ ok: z.literal(true), summary: PlanSummarySchema }),
          z.strictObject({ ok: z.literal(false), message: z.string(), path: z.string() }),
        ]),
      ),
    }),
  },
  'milestone:set-done': {
    request: z.strictObject({ id: MilestoneId, done: z.boolean({ error: 'done must be true or false.' }) }),
    response: PlanViewSchema,
  },
  'milestone:save-note': {
    request: z.strictObject({
      id: MilestoneId,
      note: z.string({ error: 'Note must be text.' }).max(10_000, { error: 'Notes can be at most 10,000 characters.' }),
      links: z.array(OwnLinkSchema).max(50, { error: 'At most 50 links per milestone.' }),
    }),
    response: MilestoneProgressSchema,
  },
  'progress:list': { request: NoRequest, response: z.array(MilestoneProgressSchema) },
  'certification:list': { request: NoRequest, response: z.array(CertificationStatusSchema) },
  'certification:update': {
    request: z
      .strictObject({
        certId: ContentIdField('Certification'),
        status: z.enum(CERTIFICATION_STATUSES, { error: `Status must be one of: ${CERTIFICATION_STATUSES.join(', ')}.` }),
        examDate: EnteredDayField('Exam date').nullable(),
        passedOn: EnteredDayField('Pass date').nullable(),
        spentUsd: z
          .number({ error: 'Amount spent must be a number of US dollars.' })
          .min(0, { error: 'Amount spent cannot be negative.' })
          .max(100_000, { error: 'Amount spent can be at most $100,000.' }),
      })
      .refine((c) => c.status !== 'exam-booked' || c.examDate !== null, { error: 'Choose the exam date you booked.', path: ['examDate'] })
      .refine((c) => c.status !== 'passed' || c.passedOn !== null, { error: 'Enter the date you passed.', path: ['passedOn'] }),
    response: CertificationStatusSchema,
  },
  'quiz:record': {
    request: z
      .strictObject({
        kind: z.enum(['quick', 'practice'], { error: 'Quiz kind must be quick or practice.' }),
        answers: z
          .array(z.strictObject({ questionId: ContentIdField('Question'), chosenIndex: z.number().int().min(0).max(9) }))
          .min(1, { error: 'Answer at least one question.' })
          .max(100),
        /** A certification practice round: its questions come from that certification's bank. */
        certId: ContentIdField('Certification').optional(),
        /** The one focus area of the certification the round practised. */
        focusArea: FocusAreaSchema.optional(),
      })
      .refine((r) => r.certId === undefined || r.kind === 'practice', { error: 'A certification round must be a practice round.', path: ['kind'] })
      .refine((r) => r.focusArea === undefined || r.certId !== undefined, { error: 'Choose the certification of this focus area.', path: ['focusArea'] }),
    /** readiness is null only after a certification round when no readiness quiz or self-rating exists yet. */
    response: z.strictObject({ attempt: QuizAttemptSchema, readiness: ReadinessSchema.nullable() }),
  },
  /** Readiness quizzes only: certification practice rounds never enter the readiness score. */
  'quiz:history': {
    request: NoRequest,
    response: z.strictObject({ attempts: z.array(QuizAttemptSchema), readiness: ReadinessSchema.nullable() }),
  },
  /** Certification practice rounds, oldest first. */
  'practice:history': {
    request: NoRequest,
    response: z.strictObject({ attempts: z.array(QuizAttemptSchema) }),
  },
  'spending:list': { request: NoRequest, response: z.array(SpendingSchema) },
  'spending:add': { request: SpendingSchema.omit({ id: true }), response: SpendingSchema },
  'spending:delete': { request: z.strictObject({ id: z.string().min(1).max(80) }), response: z.strictObject({ id: z.string() }) },
  'week:get': { request: z.strictObject({ weekStart: DayField('Week start') }), response: WeekViewSchema },
  /** Study history for the History screen: a year of days, recent weeks and months, in the learner's zone. */
  'history:get': { request: NoRequest, response: HistoryViewSchema },
  'session:update': {
    request: z.strictObject({
      id: z.string().min(1).max(120),
      status: z.enum(SESSION_STATUSES).optional(),
      loggedMinutes: z.number().int().min(0, { error: 'Logged minutes cannot be negative.' }).max(24 * 60).optional(),
      /**
       * Move: the new start; the session keeps its length. Bounded to the entered span so its
       * end and week can always be stored; the store adds the check relative to today.
       */
      startUtc: z.iso
        .datetime({ offset: true, error: 'Start must be an ISO date-time.' })
        .refine((v) => isWithinYears(v, EARLIEST_YEAR, LATEST_ENTERED_YEAR), {
          error: `Start must be between the years ${EARLIEST_YEAR} and ${LATEST_ENTERED_YEAR}.`,
        })
        .optional(),
    }),
    response: StudySessionSchema,
  },
  'checklist:list': { request: NoRequest, response: z.array(ChecklistTickSchema) },
  'checklist:set': {
    request: z.strictObject({ itemId: ContentIdField('Checklist item'), checked: z.boolean({ error: 'checked must be true or false.' }) }),
    response: z.array(ChecklistTickSchema),
  },
  'review:queue': { request: NoRequest, response: ReviewQueueSchema },
  /**
   * Grades one due item. A statement takes the learner's grade; a question takes the option
   * chosen, and the store grades it (right → Good, wrong → Again). FSRS (ts-fsrs) schedules it.
   */
  'review:grade': {
    request: z
      .strictObject({
        itemId: ContentIdField('Review item'),
        rating: ReviewRatingSchema.optional(),
        chosenIndex: z.number({ error: 'Chosen option must be a number.' }).int({ error: 'Chosen option must be a whole number.' }).min(0).max(9).optional(),
      })
      .refine((r) => (r.rating === undefined) !== (r.chosenIndex === undefined), {
        error: `Send either a grade (${REVIEW_RATINGS.join(', ')}) or the chosen option, not both.`,
        path: ['rating'],
      }),
    response: z.strictObject({
      itemId: z.string(),
      rating: ReviewRatingSchema,
      /** For a question: whether the chosen option was right; null for a statement. */
      correct: z.boolean().nullable(),
      answer: z.strictObject({ correctIndex: z.number().int().nonnegative(), explanation: z.string() }).nullable(),
      nextDue: z.iso.datetime({ offset: true }),
      nextDueDay: z.iso.date(),
      intervalDays: z.number().int().nonnegative(),
      /** Still due today after this grade. */
      remaining: z.number().int().nonnegative(),
    }),
  },
  'settings:get': { request: NoRequest, response: AppSettingsSchema },
  'settings:update': {
    request: z.strictObject({
      reminders: ReminderSettingsSchema.optional(),
      closeToTray: z.boolean().optional(),
      launchAtLogin: z.boolean().optional(),
      /** Main sets this once it has shown the "still running in the tray" hint. */
      trayHintShown: z.boolean().optional(),
      theme: z.enum(THEMES, { error: `Theme must be one of: ${THEMES.join(', ')}.` }).optional(),
      /** FSRS parameters of spaced review (all three at once). */
      review: ReviewSettingsSchema.optional(),
      /**
       * Only null (stop keeping the calendar file): a folder is set by main alone, after its
       * folder dialog (`calendar:choose-folder`), so no page can point the file at a path the
       * learner never picked.
       */
      calendarFolder: z
        .null({ error: 'Calendar folder can only be chosen with the folder dialog (Settings → Choose a folder…); send null to stop keeping the calendar file.' })
        .optional(),
    }),
    response: AppSettingsSchema,
  },
  // Backups are handled in main (file dialogs, files on disk); the store only dumps and replaces.
  'backup:export': {
    request: NoRequest,
    /** null when the learner cancelled the save dialog. */
    response: z.strictObject({ path: z.string(), bytes: z.number().int().nonnegative() }).nullable(),
  },
  'backup:choose-restore': {
    request: NoRequest,
    /** null when cancelled. The token names the checked file main holds until `backup:restore`. */
    response: RestorePreviewSchema.nullable(),
  },
  'backup:restore': {
    request: z.strictObject({ token: z.string().min(1).max(100) }),
    /** `safetyBackupPath` is null when there was nothing of the learner's to keep. */
    response: z.strictObject({ restoredRows: z.number().int().nonnegative(), safetyBackupPath: z.string().nullable() }),
  },
  /** The backups MLE Path took by itself (daily, before a restore, before a reset), newest first. */
  'backup:list-automatic': {
    request: NoRequest,
    response: z.strictObject({
      folder: z.string(),
      backups: z.array(
        z.strictObject({ fileName: z.string(), kind: z.enum(AUTOMATIC_BACKUP_KINDS), takenAt: z.iso.datetime(), bytes: z.number().int().nonnegative() }),
      ),
    }),
  },
  /** "Restore this one": checks an automatic backup like a chosen file; confirm with `backup:restore`. */
  'backup:choose-automatic': {
    request: z.strictObject({
      fileName: z
        .string({ error: 'Backup name must be text.' })
        .max(100, { error: 'Backup name is too long.' })
        .regex(/^(daily|before-restore|before-reset)-[0-9T-]+Z\.json$/, { error: 'Backup name must be one from the list of automatic backups.' }),
    }),
    response: RestorePreviewSchema,
  },
  // Built in main from week:get and certification:list, written through a save dialog.
  'calendar:export-ics': {
    request: NoRequest,
    /** null when the learner cancelled the save dialog; `events` counts sessions and exams. */
    response: z.strictObject({ path: z.string(), events: z.number().int().nonnegative() }).nullable(),
  },
  'calendar:sync-status': { request: NoRequest, response: CalendarSyncStatusSchema },
  /**
   * Main shows a folder dialog, stores the folder as `calendarFolder` and writes the file soon
   * after; null when the learner cancelled. Stopping is `settings:update { calendarFolder: null }`.
   */
  'calendar:choose-folder': { request: NoRequest, response: CalendarSyncStatusSchema.nullable() },
  /** The roadmap as the learner sees it, printed to PDF by main; null when cancelled. */
  'plan:export-pdf': {
    /** includeNotes: the learner's own notes and links are printed under each milestone. */
    request: z.strictObject({ includeNotes: z.boolean({ error: 'includeNotes must be true or false.' }) }),
    response: z.strictObject({ path: z.string(), bytes: z.number().int().nonnegative() }).nullable(),
  },
  /**
   * The UI asks once, right after subscribing to `navigate`, for a navigation main held because
   * the page was still loading (electron/main/core/pending-navigation.ts); null when there is none.
   */
  'app:take-pending-navigation': { request: NoRequest, response: NavigationSchema.nullable() },
  'app:desktop-status': { request: NoRequest, response: DesktopStatusSchema },
  /** The learner read a one-time explanation: main stops showing it on this computer. */
  'app:dismiss-notice': {
    request: z.strictObject({ notice: z.enum(DESKTOP_NOTICES, { error: `Notice must be one of: ${DESKTOP_NOTICES.join(', ')}.` }) }),
    response: DesktopStatusSchema,
  },
  /** Shows a sample notification now; whether the system showed it arrives as app:desktop-status-changed. */
  'app:test-notification': { request: NoRequest, response: DesktopStatusSchema },
  /** Quits MLE Path (reminders stop until it is opened again). */
  'app:quit': { request: NoRequest, response: z.null() },
  /**
   * The learner's regional format as main reads it from the operating system, most preferred
   * first: the window formats every date, time, number and amount with the first it can use.
   */
  'app:get-locale': {
    request: NoRequest,
    response: z.strictObject({
      locales: z.array(z.string().max(100).refine(isLocaleTag, { error: 'must be a BCP 47 language tag' })).min(1).max(16),
    }),
  },
  /** The focus timer (main keeps it running with the window closed, and across a restart). */
  'timer:get': { request: NoRequest, response: TimerViewSchema },
  /** Starts the timer for a session of the week `weekStart` (the store's Monday); refused while one runs for another. */
  'timer:start': { request: TimerSessionRequest, response: TimerViewSchema },
  'timer:pause': { request: NoRequest, response: TimerViewSchema },
  'timer:resume': { request: NoRequest, response: TimerViewSchema },
  /** Stops the timer and logs its minutes into the session (marked done); `logged` is null under a minute. */
  'timer:stop': {
    request: NoRequest,
    response: z.strictObject({
      timer: TimerViewSchema,
      logged: z.strictObject({ sessionId: z.string(), timerMinutes: z.number().int().min(0).max(24 * 60), loggedMinutes: z.number().int().min(0).max(24 * 60) }).nullable(),
    }),
  },
  /** The content pack in use (roadmap, certifications, guides, quiz, practice): every screen reads content here. */
  'content:get': {
    request: NoRequest,
    response: z.strictObject({
      pack: ContentPackSchema,
      origin: z.enum(PACK_ORIGINS),
      /** Names of certifications earlier packs had and this one does not, for bookings kept from then. */
      formerCertNames: z.record(z.string(), z.string()),
    }),
  },
  'content:status': { request: NoRequest, response: ContentStatusSchema },
  /** Checks a pack that ships with the app and previews the switch; confirm with `content:apply`. */
  'content:choose-shipped': {
    request: z.strictObject({ editionId: z.string({ error: 'Edition must be text.' }).min(1).max(100) }),
    response: ContentPreviewSchema,
  },
  /** Main shows an open dialog, reads the file and has the store check it; null when cancelled. */
  'content:choose-file': { request: NoRequest, response: ContentPreviewSchema.nullable() },
  /** Applies a previewed pack: progress moves to renamed ids, the plan is made again with the new content. */
  'content:apply': {
    request: z.strictObject({ token: z.string({ error: 'Token must be text.' }).min(1).max(100) }),
    response: ContentSummarySchema,
  },
  'data:reset': {
    request: z.strictObject({ confirm: z.literal('DELETE EVERYTHING', { error: 'Type DELETE EVERYTHING to confirm.' }) }),
    response: z.strictObject({ cleared: z.array(z.string()) }),
  },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export const events = {
  'profile:changed': SavedProfileSchema,
  'plan:changed': PlanViewSchema,
  'settings:changed': AppSettingsSchema,
  /** Main asks the UI to show a screen (a notification or tray item was clicked). */
  navigate: NavigationSchema,
  /** Main pushes the kept calendar file's status after every write, failure or change of folder. */
  'calendar:sync-changed': CalendarSyncStatusSchema,
  /** Main pushes the desktop status whenever it changes (a tray found, a notification refused, a login item answered). */
  'app:desktop-status-changed': DesktopStatusSchema,
  /** Main pushes the focus timer at every change and while it runs. */
  'timer:changed': TimerViewSchema,
  /** The store switched content packs (the plan follows as plan:changed). */
  'content:changed': ContentSummarySchema,
} as const satisfies Record<EventName, z.ZodType>;
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof channels)[C]['response']>;
export type EventPayloadOf<E extends EventName> = z.output<(typeof events)[E]>;
