/**
 * Saving changes to sessions (done, skipped, undone, minutes logged, moved) optimistically: the
 * block shows the change at once and is marked as saving until the store acknowledges it. When
 * the store refuses (a move onto another session is a `conflict`), the override is dropped, so
 * the block goes back where it was, and the store's message is shown.
 */
import { useCallback, useState } from 'react';
import type { SESSION_STATUSES, StudySession } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';

export interface SessionChange {
  status?: (typeof SESSION_STATUSES)[number];
  loggedMinutes?: number;
  startUtc?: string;
}

export interface SessionUpdates {
  /** What each unsaved session should look like meanwhile. */
  pending: ReadonlyMap<string, Partial<StudySession>>;
  error: string | null;
  /** The last saved change in words, for the screen reader status line. */
  notice: string | null;
  update: (session: StudySession, change: SessionChange, words: { title: string; done: string; failed: string }) => Promise<boolean>;
  showError: (message: string | null) => void;
}

/** How the session looks once the change lands; mirrors the store's rules for logged minutes. */
function optimistic(session: StudySession, change: SessionChange): Partial<StudySession> {
  const next: Partial<StudySession> = {};
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

export function useSessionUpdates(planner: PlannerBridge, onSaved: (session: StudySession) => void): SessionUpdates {
  const [pending, setPending] = useState<ReadonlyMap<string, Partial<StudySession>>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const update = useCallback<SessionUpdates['update']>(
    async (session, change, words) => {
      setPending((p) => new Map(p).set(session.id, optimistic(session, change)));
      setError(null);
      const result = await planner.invoke('session:update', { id: session.id, ...change });
      // The saved session is shown before the override goes, so the block never jumps back.
      if (result.ok) onSaved(result.value);
      setPending((p) => {
        const next = new Map(p);
        next.delete(session.id);
        return next;
      });
      if (result.ok) {
        setNotice(`“${words.title}” ${words.done}.`);
        return true;
      }
      setError(`“${words.title}” ${words.failed}: ${result.error.message}`);
      return false;
    },
    [planner, onSaved],
  );

  return { pending, error, notice, update, showError: setError };
}
