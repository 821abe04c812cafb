/**
 * Done, Snooze 1 hour and Skip from a reminder's buttons: the same store writes the week view
 * makes (session:update), after the same checks (shared/planner/snooze.ts for a snooze). No
 * `electron` import: the store comes in as the request function main and the tests use.
 *
 * A button may be pressed long after the reminder was shown (Action Center keeps it), or twice
 * (two systems both report it), so each action is safe to repeat: Done and Skip set a status,
 * and a snooze acts only on the start the reminder announced; once moved, a second press finds
 * a different start and changes nothing.
 */
import type { Profile } from '../../../shared/domain/profile';
import type { StudySession } from '../../../shared/domain/records';
import { PlanViewSchema, SavedProfileSchema, WeekViewSchema } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { defaultAvailability } from '../../../shared/planner/default-availability';
import { snoozeRefusalMessage, snoozeSession } from '../../../shared/planner/snooze';
import { parseInstant } from '../../../shared/planner/time';
import type { ReminderAction, SessionRef } from './notification-routing';

export interface SessionActionDeps {
  store: { request(channel: string, payload: unknown): Promise<Result<unknown>> };
  now: () => number;
}

export type SessionActionOutcome = { ok: true; message: string } | { ok: false; message: string };

async function read<T>(deps: SessionActionDeps, channel: string, payload: unknown, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): Promise<T | null> {
  const reply = await deps.store.request(channel, payload);
  if (!reply.ok) return null;
  const parsed = schema.safeParse(reply.value);
  return parsed.success ? parsed.data : null;
}

export async function runSessionAction(deps: SessionActionDeps, action: ReminderAction, ref: SessionRef): Promise<SessionActionOutcome> {
  const weekReply = await deps.store.request('week:get', { weekStart: ref.weekStart });
  if (!weekReply.ok) return { ok: false, message: `Nothing was changed: ${weekReply.error.message}` };
  const week = WeekViewSchema.safeParse(weekReply.value);
  if (!week.success) return { ok: false, message: 'Nothing was changed: the data store sent an answer MLE Path could not read.' };
  const session = week.data.sessions.find((s) => s.id === ref.sessionId);
  if (!session) return { ok: false, message: 'That study session is no longer in your plan (it was re-planned), so nothing was changed.' };

  const plan = await read(deps, 'plan:get', {}, PlanViewSchema.nullable());
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
    const saved = await read(deps, 'profile:get', {}, SavedProfileSchema.nullable());
    const profile: Profile | undefined = saved?.profile;
    const snoozed = snoozeSession({
      session,
      others: week.data.sessions,
      availability: profile?.availability ?? defaultAvailability(week.data.timeZone),
      timeZone: week.data.timeZone,
      nowMs: deps.now(),
    });
    if (!snoozed.ok) return { ok: false, message: snoozeRefusalMessage(title, snoozed.refusal) };
    patch = { startUtc: snoozed.startUtc };
    done = `“${title}” snoozed to ${snoozed.newSpan}.`;
  }
  const written = await deps.store.request('session:update', { id: session.id, ...patch });
  return written.ok ? { ok: true, message: done } : { ok: false, message: `“${title}” was not changed: ${written.error.message}` };
}
