/**
 * The reminder scheduler's two main-only calls: everything computeReminders needs, read in one
 * snapshot, and the record of what was delivered, written before anything is shown.
 */
import { learnerTimeZone } from '../../../shared/domain/time-zone';
import type { StudySession } from '../../../shared/domain/records';
import { REMINDER_LOOKBACK_DAYS, type RemindersInputs } from '../../../shared/ipc/internal';
import { ok } from '../../../shared/ipc/result';
import { COUNTDOWN_LOCAL_TIME, isRecordedByClockAhead } from '../../../shared/planner/reminders';
import { DAY_MS, formatInstant, formatIsoDate, instantToLocal, mondayOf, parseInstant, parseIsoDate, parseTimeOfDay, wallToInstant } from '../../../shared/planner/time';
import { unopenedWeekSessions } from '../../../shared/planner/week-sessions';
import { DEFAULT_SETTINGS, SINGLETON_KEY } from '../db';
import type { InternalHandlers, InternalServiceDeps } from '../internal-service';
import { computerZone } from '../page-zone';
import { SCHEDULER_STATE_KEY, type SchedulerStateRow } from '../scheduler-state';

/**
 * A booked exam is stored as a date only. The countdown needs an instant; 09:00 local is the
 * same working-hours moment the countdowns themselves use, and it keeps the exam after the
 * "exam tomorrow" reminder (due 09:00 the day before).
 */
export const ASSUMED_EXAM_LOCAL_TIME = COUNTDOWN_LOCAL_TIME;

type ReminderSession = RemindersInputs['sessions'][number];

function toReminderSession(session: Pick<StudySession, 'id' | 'startUtc' | 'endUtc' | 'minutes' | 'milestoneId'>, timeZone: string): ReminderSession {
  const start = instantToLocal(timeZone, parseInstant(session.startUtc) ?? 0);
  const end = instantToLocal(timeZone, parseInstant(session.endUtc) ?? 0);
  return {
    id: session.id,
    startUtc: session.startUtc,
    minutes: session.minutes,
    localStart: start.time,
    // A session ending exactly at midnight ends at 24:00 of its own day, not 00:00.
    localEnd: end.minutes === 0 && end.day > start.day ? '24:00' : end.time,
    ...(session.milestoneId ? { milestoneId: session.milestoneId } : {}),
  };
}

export function remindersHandlers(deps: InternalServiceDeps): Pick<InternalHandlers, 'reminders:inputs' | 'reminders:mark-delivered'> {
  const { db } = deps;
  const schedulerState = () => db.table<SchedulerStateRow, string>('settings');
  const examMinutes = parseTimeOfDay(ASSUMED_EXAM_LOCAL_TIME)!;

  return {
    async 'reminders:inputs'({ nowUtc, fallbackTimeZone }) {
      const now = parseInstant(nowUtc)!; // the request schema guarantees an instant
      // One extra day: delivery times written with an offset (a restored backup) compare as text.
      const since = now - (REMINDER_LOOKBACK_DAYS + 1) * DAY_MS;

      // One read transaction: a consistent snapshot even while the UI writes.
      const snap = await db.transaction(
        'r',
        [db.profile, db.plan, db.settings, db.sessions, db.certifications, db.reminderLog, db.milestoneProgress, db.reviewCards],
        async () => {
          const [profileRow, planRow, settingsRow, stateRow] = await Promise.all([
            db.profile.get(SINGLETON_KEY),
            db.plan.get(SINGLETON_KEY),
            db.settings.get(SINGLETON_KEY),
            schedulerState().get(SCHEDULER_STATE_KEY),
          ]);
          const timeZone = learnerTimeZone(profileRow?.profile.availability?.timeZone, () => computerZone(deps.systemTimeZone, fallbackTimeZone));
          const thisMonday = mondayOf(instantToLocal(timeZone, now).day);
          const firstMonday = mondayOf(instantToLocal(timeZone, since).day);
          const [stored, certifications, delivered, doneIds] = await Promise.all([
            db.sessions.where('weekStart').between(formatIsoDate(firstMonday), formatIsoDate(thisMonday + 7), true, true).toArray(),
            db.certifications.toArray(),
            // Records stamped later than now are included: the scheduler decides what they mean.
            db.reminderLog
              .where('deliveredAt')
              .aboveOrEqual(formatInstant(since))
              .toArray()
              .then((rows) => rows.map((r) => ({ reminderId: r.reminderId, deliveredAt: r.deliveredAt }))),
            // Booleans are not IndexedDB keys: one getAll of the table (hundreds of rows at most).
            db.milestoneProgress.toArray().then((rows) => rows.filter((p) => p.done).map((p) => p.milestoneId)),
          ]);
          // When each active review card is due, for the digest's count.
          const reviewDueUtc = (await db.reviewCards.toArray()).filter((c) => !c.suspended).map((c) => c.due);
          return { profileRow, planRow, settingsRow, stateRow, timeZone, thisMonday, stored, certifications, delivered, doneIds, reviewDueUtc };
        },
      );
      const { profileRow, planRow, timeZone, thisMonday } = snap;

      // A week the learner has opened is stored and is what the calendar shows, so it is used as
      // is (a re-plan since then does not change it). The current and next week, if not opened
      // yet, are scheduled the way `week:get` will store them: without sessions already over.
      const storedWeeks = new Set(snap.stored.map((s) => s.weekStart));
      const sessions: Pick<StudySession, 'id' | 'startUtc' | 'endUtc' | 'minutes' | 'milestoneId' | 'status'>[] = [...snap.stored];
      if (profileRow && planRow) {
        for (const monday of [thisMonday, thisMonday + 7]) {
          const weekStart = formatIsoDate(monday);
          if (storedWeeks.has(weekStart)) continue;
          const scheduled = unopenedWeekSessions(
            { profile: profileRow.profile, plan: planRow.plan, weekStart },
            now,
          );
          if (!scheduled.ok) continue; // e.g. availability too small: the calendar shows that error
          sessions.push(...scheduled.sessions);
        }
      }
      // Stored rows come first, so on an id clash the stored one wins. Only planned sessions get
      // reminders: one already done or skipped needs no heads-up.
      const seen = new Set<string>();
      const planned: ReminderSession[] = [];
      for (const s of sessions) {
        if (seen.has(s.id)) continue;
        seen.add(s.id);
        if (s.status === 'planned') planned.push(toReminderSession(s, timeZone));
      }

      const name = (certId: string) => {
        const n = deps.certName?.(certId);
        return n ? { certName: n } : {};
      };
      const exams = snap.certifications.flatMap((c) => {
        const day = c.status === 'exam-booked' && c.examDate ? parseIsoDate(c.examDate) : null;
        return day === null ? [] : [{ certId: c.certId, examDateUtc: formatInstant(wallToInstant(timeZone, day, examMinutes)), ...name(c.certId) }];
      });
      const certifications = snap.certifications.flatMap((c) =>
        c.status === 'passed' && c.expiresOn ? [{ certId: c.certId, expiresOnUtc: c.expiresOn, ...name(c.certId) }] : [],
      );

      return ok({
        timeZone,
        hasPlan: Boolean(profileRow && planRow),
        settings: snap.settingsRow?.reminders ?? DEFAULT_SETTINGS.reminders,
        sessions: planned.sort((a, b) => a.startUtc.localeCompare(b.startUtc)),
        exams,
        certifications,
        delivered: snap.delivered,
        lastCheckUtc: snap.stateRow?.lastCheckUtc ?? null,
        reviewDueUtc: snap.reviewDueUtc,
      });
    },

    async 'reminders:mark-delivered'({ checkUtc, deliveries }) {
      const checkMs = parseInstant(checkUtc)!; // the request schema guarantees an instant
      const at = formatInstant(checkMs);
      const unique = [...new Map(deliveries.map((d) => [d.reminderId, d])).values()];
      // Delivered ids and the check time in ONE transaction: either both are on disk or neither,
      // so a crash can never leave a reminder shown-but-unrecorded or recorded-but-re-checked.
      // The check time is stored even when it is earlier than the one before: a clock that ran
      // ahead and was corrected must not leave a last check in the future.
      const recorded = await db.transaction('rw', [db.reminderLog, db.settings], async () => {
        const existing = await db.reminderLog.bulkGet(unique.map((d) => d.reminderId));
        // New, or recorded by a check whose clock was ahead of this one (it is due only now).
        const fresh = unique
          .filter((_, i) => {
            const row = existing[i];
            return row === undefined || isRecordedByClockAhead(row.deliveredAt, checkMs);
          })
          .map((d) => ({ ...d, deliveredAt: at }));
        if (fresh.length > 0) await db.reminderLog.bulkPut(fresh);
        await schedulerState().put({ key: SCHEDULER_STATE_KEY, lastCheckUtc: at });
        return fresh.map((d) => d.reminderId);
      });
      return ok({ recorded, checkUtc: at });
    },
  };
}
