/**
 * Done, Snooze 1 hour, Next free time and Skip from a reminder's buttons: the same store writes the week view
 * makes (session:update), after the same checks (shared/planner/snooze.ts for a snooze). No
 * `electron` import: the store comes in as main's typed store calls, which the tests fake.
 *
 * A button may be pressed long after the reminder was shown (Action Center keeps it), or twice
 * (two systems both report it), so each action is safe to repeat: Done and Skip set a status,
 * and a snooze acts only on the start the reminder announced; once moved, a second press finds
 * a different start and changes nothing.
 */
import type { Profile } from '../../../shared/domain/profile';
import type { StudySession } from '../../../shared/domain/records';
import { defaultAvailability } from '../../../shared/planner/default-availability';
import { nextFreeRefusalMessage, nextFreeWindow, snoozeRefusalMessage, snoozeSession } from '../../../shared/planner/snooze';
import { formatIsoDate, parseInstant, parseIsoDate } from '../../../shared/planner/time';
import type { ReminderAction, SessionRef } from './notification-routing';
import type { StoreCalls } from './store-calls';

export interface SessionActionDeps {
  store: StoreCalls;
  now: () => number;
}

export type SessionActionOutcome = { ok: true; message: string } | { ok: false; message: string };

export async function runSessionAction(deps: SessionActionDeps, action: ReminderAction, ref: SessionRef): Promise<SessionActionOutcome> {
  const week = await deps.store.call('week:get', { weekStart: ref.weekStart });
  if (!week.ok) {
    const reason = week.error.code === 'invalid-reply' ? 'the data store sent an answer MLE Path could not read.' : week.error.message;
    return { ok: false, message: `Nothing was changed: ${reason}` };
  }
  const session = week.value.sessions.find((s) => s.id === ref.sessionId);
  if (!session) return { ok: false, message: 'That study session is no longer in your plan (it was re-planned), so nothing was changed.' };

  const planReply = await deps.store.call('plan:get', {});
  const plan = planReply.ok ? planReply.value : null;
  const title = (session.milestoneId && plan?.plan.milestones.find((m) => m.id === session.milestoneId)?.title) || 'Study session';

  let patch: { status?: StudySession['status']; startUtc?: string };
  let done: string;
  if (action === 'done' || action === 'skip') {
    const status = action === 'done' ? 'done' : 'skipped';
    if (session.status === status) return { ok: true, message: `“${title}” was already ${action === 'done' ? 'done' : 'skipped'}.` };
    patch = { status };
    done = `“${title}” ${action === 'done' ? 'marked done' : 'skipped'}.`;
  } else {
    if (parseInstant(session.startUtc) !== parseInstant(ref.startUtc)) {
      return { ok: false, message: `“${title}” was not snoozed: it has been moved since this reminder, so nothing was changed.` };
    }
    const savedReply = await deps.store.call('profile:get', {});
    const saved = savedReply.ok ? savedReply.value : null;
    const profile: Profile | undefined = saved?.profile;
    const availability = profile?.availability ?? defaultAvailability(week.value.timeZone);
    if (action === 'snooze-free') {
      // As the week view's "Snooze to the next free window": the rest of this week or the next.
      const following = await deps.store.call('week:get', { weekStart: formatIsoDate((parseIsoDate(ref.weekStart) ?? 0) + 7) });
      if (!following.ok) return { ok: false, message: `“${title}” was not snoozed: ${following.error.message}` };
      const free = nextFreeWindow({
        session,
        others: [...week.value.sessions, ...following.value.sessions],
        availability,
        timeZone: week.value.timeZone,
        nowMs: deps.now(),
        weeklyMinutes: Math.floor((plan?.plan.weeklyHours ?? 0) * 60 + 1e-9),
      });
      if (!free.ok) return { ok: false, message: nextFreeRefusalMessage(title, free.refusal) };
      const written = await deps.store.call('session:update', { id: session.id, startUtc: free.startUtc });
      return written.ok
        ? { ok: true, message: `“${title}” snoozed to ${free.weekday} ${free.newSpan}.` }
        : { ok: false, message: `“${title}” was not changed: ${written.error.message}` };
    }
    const snoozed = snoozeSession({
      session,
      others: week.value.sessions,
      availability,
      timeZone: week.value.timeZone,
      nowMs: deps.now(),
    });
    if (!snoozed.ok) return { ok: false, message: snoozeRefusalMessage(title, snoozed.refusal) };
    patch = { startUtc: snoozed.startUtc };
    done = `“${title}” snoozed to ${snoozed.newSpan}.`;
  }
  const written = await deps.store.call('session:update', { id: session.id, ...patch });
  return written.ok ? { ok: true, message: done } : { ok: false, message: `“${title}” was not changed: ${written.error.message}` };
}
