/**
 * Saving changes to sessions (done, skipped, undone, minutes logged, moved) optimistically: the
 * block shows the change at once (the request still under way, applied to the stored session)
 * and is marked as saving until the store acknowledges it. When the store refuses (a move onto
 * another session is a `conflict`), the request stops being applied, so the block goes back
 * where it was, and the store's message is shown.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { SESSION_STATUSES, StudySession } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import { failureOf, usePendingWrites, useWrite } from '../data/planner-query';
import { savedSession } from './useWeekView';

export interface SessionChange {
  status?: (typeof SESSION_STATUSES)[number];
  loggedMinutes?: number;
  startUtc?: string;
}

export interface SessionUpdates {
  /** The changes of each session still being saved, applied in the order sent. */
  pending: ReadonlyMap<string, SessionChange>;
  error: string | null;
  /** The last saved change in words, for the screen reader status line. */
  notice: string | null;
  update: (session: StudySession, change: SessionChange, words: { title: string; done: string; failed: string }) => Promise<boolean>;
  showError: (message: string | null) => void;
}

/** How the session looks once the change lands; mirrors the store's rules for logged minutes. */
export function optimistic(session: StudySession, change: SessionChange): StudySession {
  const next = { ...session };
  if (change.startUtc !== undefined) {
    next.startUtc = change.startUtc;
    next.endUtc = new Date(Date.parse(change.startUtc) + session.minutes * 60_000).toISOString();
  }
  if (change.status !== undefined) {
    next.status = change.status;
    next.loggedMinutes = change.loggedMinutes ?? (change.status === 'done' ? session.minutes : 0);
  } else if (change.loggedMinutes !== undefined) {
    next.loggedMinutes = change.loggedMinutes;
  }
  return next;
}

export function useSessionUpdates(planner: PlannerBridge): SessionUpdates {
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The saved session goes into the cached weeks before the request stops being applied, so the block never jumps back.
  const { mutateAsync } = useWrite(planner, 'session:update', { onSuccess: (session) => savedSession(client, session) });
  const sent = usePendingWrites('session:update');
  const pending = useMemo(() => {
    const byId = new Map<string, SessionChange>();
    for (const { id, ...change } of sent) byId.set(id, { ...byId.get(id), ...change });
    return byId;
  }, [sent]);

  const update = useCallback<SessionUpdates['update']>(
    async (session, change, words) => {
      setError(null);
      try {
        await mutateAsync({ id: session.id, ...change });
        setNotice(`“${words.title}” ${words.done}.`);
        return true;
      } catch (failure) {
        setError(`“${words.title}” ${words.failed}: ${failureOf(failure).message}`);
        return false;
      }
    },
    [mutateAsync],
  );

  return { pending, error, notice, update, showError: setError };
}
