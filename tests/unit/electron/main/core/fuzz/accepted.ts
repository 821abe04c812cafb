/**
 * Requests the contract accepts, for the accepted-input property test: every field inside its
 * schema's range, biased towards the edges (the first and last day the contract takes, today
 * and the store's own limits relative to it, the smallest and largest amounts, zones at ±14 h
 * and with half-hour offsets, the longest notes). Some of them the store still refuses by its
 * own rules (a pass date in the future, a move more than a year away); the test counts those
 * separately and requires most requests to be applied.
 */
import fc from 'fast-check';
import { SESSION_MINUTES } from '../../../../../../shared/domain/availability';
import { EARLIEST_YEAR, LATEST_ENTERED_YEAR, LATEST_STORED_YEAR } from '../../../../../../shared/domain/date-range';
import { BACKGROUNDS, BUDGET_USD, CLOUD_PREFERENCES, SPECIALISATION_CHOICES, WEEKLY_HOURS, type Profile } from '../../../../../../shared/domain/profile';
import { CERTIFICATION_STATUSES, SESSION_STATUSES, THEMES } from '../../../../../../shared/domain/records';
import type { ReminderSettings } from '../../../../../../shared/domain/reminder-settings';
import { REVIEW_MAX_INTERVAL, REVIEW_RATINGS, REVIEW_RETENTION } from '../../../../../../shared/domain/review';
import type { Channel, RequestOf } from '../../../../../../shared/ipc/contract';
import type { FuzzApp } from './app';
import { NOW, pack } from './app';

const TODAY = NOW.slice(0, 10);

function day(year: number, month: number, date: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** Any real calendar day from `first` to `last` (years), plus the edges and dates near today. */
export function dayIn(first: number, last: number, near: readonly string[] = []): fc.Arbitrary<string> {
  const any = fc.date({ min: new Date(Date.UTC(first, 0, 1)), max: new Date(Date.UTC(last, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const edges = [day(first, 1, 1), day(last, 12, 31), day(2024, 2, 29), day(2100, 2, 28), ...near];
  return fc.oneof({ weight: 3, arbitrary: any }, { weight: 2, arbitrary: fc.constantFrom(...edges) });
}

const offsetDays = (base: string, days: number) => new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const NEAR_TODAY = [TODAY, offsetDays(TODAY, -1), offsetDays(TODAY, 1), offsetDays(TODAY, -366), offsetDays(TODAY, 365 * 3), offsetDays(TODAY, 365 * 3 + 1), offsetDays(TODAY, 730), offsetDays(TODAY, 731)];

const enteredDay = dayIn(EARLIEST_YEAR, LATEST_ENTERED_YEAR, NEAR_TODAY);

/** A day from `from` to `to` days after today, edges included; mixed with any day the contract takes. */
function dayNear(from: number, to: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: from, max: to }).map((n) => offsetDays(TODAY, n)) },
    { weight: 1, arbitrary: fc.constantFrom(offsetDays(TODAY, from), offsetDays(TODAY, to)) },
    { weight: 1, arbitrary: enteredDay },
  );
}

/** The Monday of a day's week (the contract refuses any other week start). */
const mondayOfDay = (d: string) => offsetDays(d, -((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7));
const storedDay = dayIn(EARLIEST_YEAR, LATEST_STORED_YEAR, NEAR_TODAY);

/** An instant inside the entered span, written with Z or with an offset up to ±14:00. */
const enteredInstant: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: Date.UTC(EARLIEST_YEAR, 0, 1, 14), max: Date.UTC(LATEST_ENTERED_YEAR, 11, 31, 9) }),
      fc.integer({ min: Date.parse(NOW) - 400 * 86_400_000, max: Date.parse(NOW) + 400 * 86_400_000 }),
    ),
    fc.constantFrom('Z', '+14:00', '-12:00', '+05:45', '-03:30', '+00:00'),
  )
  .map(([ms, zone]) => {
    const iso = new Date(ms - (ms % 60_000)).toISOString().slice(0, 19);
    if (zone === 'Z') return `${iso}Z`;
    // Write the same instant in that offset's local time.
    const sign = zone.startsWith('-') ? -1 : 1;
    const minutes = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    const local = new Date(ms - (ms % 60_000) + minutes * 60_000).toISOString().slice(0, 19);
    return `${local}${zone}`;
  })
  .filter((v) => Number(v.slice(0, 4)) >= EARLIEST_YEAR && Number(v.slice(0, 4)) <= LATEST_ENTERED_YEAR);

/** An instant within a year of now (the store's limit for a session move), in any offset. */
const instantNear = fc
  .integer({ min: Date.parse(NOW) - 365 * 86_400_000, max: Date.parse(NOW) + 365 * 86_400_000 })
  .map((ms) => new Date(ms - (ms % 60_000)).toISOString().replace('.000Z', 'Z'));

/** Money: zero or the smallest positive double, cents, the largest amount allowed, anything between. */
function money(min: number, max: number, positive: boolean): fc.Arbitrary<number> {
  const edges = [positive ? Number.MIN_VALUE : 0, 0.01, 1e-9, max, max - 0.01, 150, 42];
  return fc.oneof(fc.constantFrom(...edges.filter((v) => v >= min && v <= max && (!positive || v > 0))), fc.double({ min: positive ? Number.MIN_VALUE : min, max, noNaN: true, noDefaultInfinity: true }));
}

/** Text of any Unicode, including astral characters, right up to `max` characters. */
function text(min: number, max: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 40) }),
    fc.constantFrom('Übung — 数学 🧠', '<script>alert(1)</script>', ' padded ', '\u200b\u0301x'),
    fc.integer({ min: Math.max(min, 1), max }).map((n) => 'é'.repeat(n)),
  ).filter((s) => s.length >= min && s.length <= max);
}

const label = text(1, 200).filter((s) => s.trim().length > 0);

const TIME_ZONES = ['Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe', 'UTC', 'Asia/Kolkata'];

const time = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** Study windows on distinct weekdays (so none overlap), from 00:00 up to 24:00. */
const windows = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }).chain((days) =>
  fc.tuple(
    ...days.map((weekday) =>
      fc.tuple(fc.integer({ min: 0, max: 24 * 60 - 15 }), fc.integer({ min: 15, max: 24 * 60 })).map(([start, length]) => {
        const end = Math.min(24 * 60, start + length);
        return { weekday, start: time(Math.floor(start / 60), start % 60), end: end === 24 * 60 ? '24:00' : time(Math.floor(end / 60), end % 60) };
      }),
    ),
  ),
);

const sessionMinutes = fc
  .tuple(fc.integer({ min: SESSION_MINUTES.min, max: SESSION_MINUTES.max }), fc.integer({ min: SESSION_MINUTES.min, max: SESSION_MINUTES.max }))
  .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

const rating = fc.integer({ min: 0, max: 4 });

export const profile: fc.Arbitrary<Profile> = fc.record(
  {
    background: fc.constantFrom(...BACKGROUNDS),
    weeklyHours: fc.oneof(fc.constantFrom(WEEKLY_HOURS.min, WEEKLY_HOURS.max), fc.integer({ min: WEEKLY_HOURS.min, max: WEEKLY_HOURS.max })),
    budgetUsd: money(BUDGET_USD.min, BUDGET_USD.max, false),
    startDate: dayNear(0, 730),
    targetRoleId: fc.constantFrom(...pack.targetRoles.map((r) => r.id)),
    cloud: fc.constantFrom(...CLOUD_PREFERENCES),
    specialisation: fc.constantFrom(...SPECIALISATION_CHOICES),
    selfRating: fc.record({ 'python-foundations': rating, 'ml-modelling': rating, 'mlops-deployment': rating }),
    availability: fc.record({ timeZone: fc.constantFrom(...TIME_ZONES), windows, sessionMinutes }),
  },
  { requiredKeys: ['background', 'weeklyHours', 'budgetUsd', 'startDate'] },
);

const reminders: fc.Arbitrary<ReminderSettings> = fc.record({
  digest: fc.record({ enabled: fc.boolean(), weekday: fc.integer({ min: 0, max: 6 }), time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => time(h, m)) }),
  sessionLeadMinutes: fc.oneof(fc.constant(null), fc.constantFrom(0, 24 * 60), fc.integer({ min: 0, max: 24 * 60 })),
  quietHours: fc.oneof(fc.constant(null), fc.constant({ start: '00:00', end: '23:59' }), fc.constant({ start: '22:00', end: '07:00' })),
  pausedUntilUtc: fc.oneof(fc.constant(null), enteredInstant, fc.constantFrom('0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-11-23T09:30:00+14:00')),
  examCountdown: fc.record({ enabled: fc.boolean() }),
  recertification: fc.record({ enabled: fc.boolean() }),
});

/** An id the app knows, or a well-formed one it does not (the store answers not-found). */
function knownOr(known: readonly string[], prefix: string): fc.Arbitrary<string> {
  return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9]{1,12}$/).map((s) => `${prefix}.${s}`) });
}

const certIds = pack.certifications.map((c) => c.id);
const checklistIds = [...pack.phases.flatMap((p) => p.gate.items.map((i) => i.id)), ...pack.projects.flatMap((p) => p.checklist.map((i) => i.id))];
/** A question of the pack and one of its options, now and then an option or question it does not have. */
const answer = fc.oneof(
  { weight: 19, arbitrary: fc.constantFrom(...pack.quiz).chain((q) => fc.record({ questionId: fc.constant(q.id), chosenIndex: fc.integer({ min: 0, max: q.options.length - 1 }) })) },
  { weight: 1, arbitrary: fc.record({ questionId: fc.stringMatching(/^quiz\.[a-z0-9]{1,12}$/), chosenIndex: fc.integer({ min: 0, max: 9 }) }) },
);

/**
 * A certification practice round: a certification with a bank (or, rarely, one without, which
 * the store refuses), the whole bank or one focus area, and some of its questions answered.
 */
const practiceCertIds = [...new Set(pack.practice.map((q) => q.certId))];
const practiceRound = fc
  .tuple(knownOr([...practiceCertIds, 'cert.aws.mls-c01'], 'cert.unknown'), fc.boolean())
  .chain(([certId, oneArea]) => {
    const cert = pack.certifications.find((c) => c.id === certId);
    const areas = cert && cert.focusAreas.length > 0 ? cert.focusAreas : ['Model monitoring'];
    return fc.constantFrom(...areas).chain((focusArea) => {
      const bank = pack.practice.filter((q) => q.certId === certId && (!oneArea || q.focusArea === focusArea));
      const questions = bank.length > 0 ? bank : pack.practice.slice(0, 2);
      return fc.record({
        kind: fc.constant('practice' as const),
        certId: fc.constant(certId),
        ...(oneArea ? { focusArea: fc.constant(focusArea) } : {}),
        answers: fc.uniqueArray(
          fc.constantFrom(...questions).chain((q) => fc.record({ questionId: fc.constant(q.id), chosenIndex: fc.integer({ min: 0, max: q.options.length - 1 }) })),
          { minLength: 1, maxLength: questions.length, selector: (a) => a.questionId },
        ),
      });
    });
  });

/** Stands for the id of the expense the test adds just before each delete (ids are made by the store). */
export const LATEST_SPENDING = 'spend.latest';
/** Stands for the re-flow the store previews at the moment of sending (the test asks for it first). */
export const CURRENT_REFLOW = 'reflow.current';

type GradeRequest = RequestOf<'review:grade'>;
/**
 * A card of the seeded ticks graded the way its kind is (a grade, or an option chosen), now and
 * then the other way or an item not in review; `send` makes the card due first.
 */
function gradeRequests(app: FuzzApp): fc.Arbitrary<GradeRequest> {
  const ids = app.reviewItems.map((i) => i.itemId);
  const byKind = fc.constantFrom(...app.reviewItems).chain(
    (item): fc.Arbitrary<GradeRequest> =>
      item.kind === 'gate-statement'
        ? fc.record({ itemId: fc.constant(item.itemId), rating: fc.constantFrom(...REVIEW_RATINGS) })
        : fc.record({ itemId: fc.constant(item.itemId), chosenIndex: fc.integer({ min: 0, max: 3 }) }),
  );
  const graded: fc.Arbitrary<GradeRequest> = fc.record({ itemId: knownOr(ids, 'gate.unknown'), rating: fc.constantFrom(...REVIEW_RATINGS) });
  const answered: fc.Arbitrary<GradeRequest> = fc.record({ itemId: knownOr(ids, 'quiz.unknown'), chosenIndex: fc.integer({ min: 0, max: 9 }) });
  return fc.oneof({ weight: 8, arbitrary: byKind }, { weight: 1, arbitrary: graded }, { weight: 1, arbitrary: answered });
}

/** The write channels of the contract and main's internal channels, each with requests it accepts. */
export function acceptedRequests(app: FuzzApp): { [C in AcceptedChannel]: fc.Arbitrary<RequestOf<C>> } {
  const milestoneIds = () => knownOr(app.milestoneIds, 'phase.unknown');
  return {
    'profile:save': profile,
    'milestone:set-done': fc.record({ id: milestoneIds(), done: fc.boolean() }),
    'milestone:save-note': fc.record({
      id: milestoneIds(),
      note: fc.oneof(text(0, 10_000), fc.constant('n'.repeat(10_000))),
      links: fc.array(fc.record({ title: label, url: fc.webUrl({ validSchemes: ['https'] }).filter((u) => u.length <= 2000) }), { maxLength: 50 }),
    }),
    'certification:update': fc
      .record({
        certId: knownOr(certIds, 'cert.unknown'),
        status: fc.constantFrom(...CERTIFICATION_STATUSES),
        examDate: fc.option(dayNear(-366, 3 * 365 + 1), { nil: null }),
        passedOn: fc.option(dayNear(-3650, 1), { nil: null }),
        spentUsd: money(0, 100_000, false),
      })
      .filter((c) => (c.status !== 'exam-booked' || c.examDate !== null) && (c.status !== 'passed' || c.passedOn !== null)),
    'quiz:record': fc.oneof(
      fc.record({
        kind: fc.constantFrom('quick' as const, 'practice' as const),
        answers: fc.uniqueArray(answer, { minLength: 1, maxLength: 100, selector: (a) => a.questionId }),
      }),
      practiceRound,
    ),
    'spending:add': fc.record({ date: storedDay, amountUsd: money(0, 100_000, true), label, certId: fc.option(knownOr(certIds, 'cert.unknown'), { nil: null }) }),
    'spending:delete': fc.record({ id: fc.oneof({ weight: 4, arbitrary: fc.constant(LATEST_SPENDING) }, { weight: 1, arbitrary: fc.stringMatching(/^spend\.[0-9a-z.]{1,20}$/) }) }),
    'week:get': fc.record({
      weekStart: fc.oneof(
        { weight: 1, arbitrary: fc.constantFrom('0001-01-01', '9999-12-27', '2199-12-30', '1999-12-27') },
        { weight: 2, arbitrary: dayIn(1, 9999).map(mondayOfDay).filter((d) => /^\d{4}-/.test(d)) },
        { weight: 4, arbitrary: dayNear(-400, 800).map(mondayOfDay) },
      ),
    }),
    'session:update': fc.record(
      {
        id: knownOr(app.sessionIds, 'session'),
        status: fc.constantFrom(...SESSION_STATUSES),
        loggedMinutes: fc.oneof(fc.constantFrom(0, 24 * 60), fc.integer({ min: 0, max: 24 * 60 })),
        startUtc: fc.oneof({ weight: 4, arbitrary: instantNear }, { weight: 1, arbitrary: enteredInstant }),
      },
      { requiredKeys: ['id'] },
    ),
    'checklist:set': fc.record({ itemId: knownOr(checklistIds, 'gate.unknown'), checked: fc.boolean() }),
    'timer:start': fc.record({ sessionId: knownOr(app.sessionIds, 'session'), weekStart: fc.constant('2026-11-30') }),
    'timer:pause': fc.constant({}),
    'timer:resume': fc.constant({}),
    'timer:stop': fc.constant({}),
    // Mostly the preview as shown (applied), sometimes a stale one (refused as a conflict, nothing written).
    'plan:reflow': fc.oneof(
      { weight: 4, arbitrary: fc.constant<{ missedIds: string[]; toEtaDate: string }>({ missedIds: [CURRENT_REFLOW], toEtaDate: '2000-01-01' }) },
      { weight: 1, arbitrary: fc.record({ missedIds: fc.uniqueArray(knownOr(app.sessionIds, 'session'), { maxLength: 20 }), toEtaDate: dayNear(-30, 3650) }) },
    ),
    'settings:update': fc.record(
      {
        reminders,
        closeToTray: fc.boolean(),
        launchAtLogin: fc.boolean(),
        trayHintShown: fc.boolean(),
        theme: fc.constantFrom(...THEMES),
        calendarFolder: fc.constant(null),
        review: fc.record({
          requestRetention: fc.oneof(fc.constantFrom(REVIEW_RETENTION.min, REVIEW_RETENTION.max), fc.double({ min: REVIEW_RETENTION.min, max: REVIEW_RETENTION.max, noNaN: true })),
          maximumIntervalDays: fc.oneof(fc.constantFrom(REVIEW_MAX_INTERVAL.min, REVIEW_MAX_INTERVAL.max), fc.integer({ min: REVIEW_MAX_INTERVAL.min, max: REVIEW_MAX_INTERVAL.max })),
          fuzz: fc.boolean(),
        }),
      },
      { requiredKeys: [] },
    ),
    // A card of the seeded ticks graded the way its kind is (a grade, or an option chosen), now
    // and then the other way or an item not in review; `send` makes the card due first.
    'review:grade': gradeRequests(app),
  };
}

export type AcceptedChannel = Extract<
  Channel,
  | 'profile:save'
  | 'milestone:set-done'
  | 'milestone:save-note'
  | 'certification:update'
  | 'quiz:record'
  | 'spending:add'
  | 'spending:delete'
  | 'week:get'
  | 'session:update'
  | 'checklist:set'
  | 'settings:update'
  | 'timer:start'
  | 'timer:pause'
  | 'timer:resume'
  | 'timer:stop'
  | 'plan:reflow'
  | 'review:grade'
>;

/** Main's own writes: the scheduler's delivery records (its clock may be anywhere) and the calendar folder. */
export const internalRequests = {
  'reminders:mark-delivered': fc.record({
    checkUtc: fc.oneof(enteredInstant, fc.constantFrom('0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2100-12-31T23:59:59.999Z')),
    deliveries: fc.array(
      fc.record({ reminderId: fc.stringMatching(/^[a-z]{1,8}\.[0-9T:-]{1,40}$/), kind: fc.constantFrom('digest' as const, 'session' as const, 'exam-countdown' as const, 'recertification' as const, 'catch-up' as const) }),
      { maxLength: 30 },
    ),
  }),
  'settings:set-calendar-folder': fc.record({ folder: fc.constantFrom('/home/learner/Calendars', 'C:\\Users\\learner\\Calendars', '/tmp/é 数学') }),
};
