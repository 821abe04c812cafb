/**
 * The banner for a change whose answer was late. The bridge sends such a write again with the
 * same id until the store answers (the store applies an id once), and tells this banner what it
 * is doing: "checking…" while it asks, then whether the change was kept. The learner learns the
 * truth instead of a "not saved" that would make them save a second copy.
 */
import { useEffect, useState } from 'react';
import type { PlannerBridge, WriteStatus } from '../../../shared/ipc/bridge';

/** How long "Your change was saved" stays up; the other outcomes stay until dismissed. */
const SAVED_SHOWN_MS = 6000;

export function WriteStatusBanner({ planner }: { planner: PlannerBridge }) {
  const [status, setStatus] = useState<WriteStatus | null>(null);

  useEffect(() => planner.onWriteStatus(setStatus), [planner]);

  useEffect(() => {
    if (status?.phase !== 'saved') return;
    const timer = setTimeout(() => setStatus(null), SAVED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [status]);

  if (!status) return null;
  if (status.phase === 'checking' || status.phase === 'saved') {
    return (
      <div className={`alert write-status ${status.phase === 'checking' ? 'alert-warning' : 'alert-success'}`} role="status" data-testid="write-status">
        {status.phase === 'checking' ? (
          <span>
            <strong>Your last change may not have been saved — checking…</strong> The data store is slow to answer; MLE Path is asking
            again and will not save it twice.
          </span>
        ) : (
          <strong>Your change was saved.</strong>
        )}
      </div>
    );
  }
  return (
    <div className="alert alert-error write-status" role="alert" data-testid="write-status">
      <strong>{status.phase === 'not-saved' ? 'Your last change was not saved.' : 'Your last change could not be confirmed.'}</strong>
      <span>{status.message}</span>
      <button type="button" className="button button-secondary" onClick={() => setStatus(null)}>
        Dismiss
      </button>
    </div>
  );
}

/** The heading of a form's failure: a write that could not be confirmed may well have been saved. */
export function failureHeading(code: string): string {
  return code === 'write-unconfirmed' ? 'Not confirmed.' : 'Nothing was saved.';
}
