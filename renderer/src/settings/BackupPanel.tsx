/**
 * Export and restore. Restore is two steps on purpose: main checks the chosen file completely
 * and lists what would change; only the learner's confirmation replaces anything (and main
 * keeps a safety backup of the data as it was).
 */
import { useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { useDisplayFormat, useLearnerZone } from '../shared/locale';

type Preview = NonNullable<ResponseOf<'backup:choose-restore'>>;
type State =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'confirm'; preview: Preview };

export function BackupPanel({ planner }: { planner: PlannerBridge }) {
  const format = useDisplayFormat();
  const timeZone = useLearnerZone();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function exportAll() {
    setState({ kind: 'busy', what: 'Saving a backup…' });
    const r = await planner.invoke('backup:export', {});
    if (!r.ok) setState({ kind: 'error', message: r.error.message });
    else setState(r.value ? { kind: 'done', message: `Backup saved to ${r.value.path} (${Math.ceil(r.value.bytes / 1024)} KB).` } : { kind: 'idle' });
  }

  async function chooseRestore() {
    setState({ kind: 'busy', what: 'Checking the backup…' });
    const r = await planner.invoke('backup:choose-restore', {});
    if (!r.ok) setState({ kind: 'error', message: `That file cannot be restored: ${r.error.message}` });
    else setState(r.value ? { kind: 'confirm', preview: r.value } : { kind: 'idle' });
  }

  async function restore(token: string) {
    setState({ kind: 'busy', what: 'Restoring…' });
    const r = await planner.invoke('backup:restore', { token });
    if (!r.ok) {
      setState({ kind: 'error', message: r.error.message });
      return;
    }
    // Every screen's data changed underneath it: start the UI afresh on the restored data.
    window.location.reload();
  }

  const busy = state.kind === 'busy';
  return (
    <div className="stack">
      <div className="settings-row">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void exportAll()}>
          Export backup…
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void chooseRestore()}>
          Restore from backup…
        </button>
      </div>
      <div role="status" aria-live="polite" data-testid="backup-status">
        {state.kind === 'busy' && <p className="muted small">{state.what}</p>}
        {state.kind === 'done' && <p className="status">{state.message}</p>}
      </div>
      {state.kind === 'error' && (
        <p className="alert alert-error" role="alert" data-testid="backup-error">
          {state.message}
        </p>
      )}
      {state.kind === 'confirm' && (
        <div className="danger-zone stack" data-testid="restore-preview">
          <p>
            <strong>{state.preview.fileName}</strong>, exported {format.dateTime(state.preview.exportedAt, timeZone)}, replaces everything MLE Path
            stores now:
          </p>
          {state.preview.changes.length === 0 ? (
            <p>Nothing would change: the backup matches your data.</p>
          ) : (
            <ul>
              {state.preview.changes.map((c) => (
                <li key={c}>{format.message(c)}</li>
              ))}
            </ul>
          )}
          <p className="small">A safety copy of your current data is saved first.</p>
          <div className="form-actions">
            <button type="button" className="button button-danger" onClick={() => void restore(state.preview.token)}>
              Replace my data
            </button>
            <button type="button" className="button button-secondary" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
