/**
 * Export and restore, and the automatic backups MLE Path keeps by itself. Restore is two steps
 * on purpose: main checks the chosen file (or automatic backup) completely and lists what would
 * change; only the learner's confirmation replaces anything (and main keeps a safety backup of
 * the data as it was).
 */
import { useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { useChannel } from '../data/planner-query';
import { useDisplayFormat, useLearnerZone } from '../shared/locale';

type Preview = NonNullable<ResponseOf<'backup:choose-restore'>>;
type AutomaticList = ResponseOf<'backup:list-automatic'>;
type AutomaticKind = AutomaticList['backups'][number]['kind'];

const KIND_LABELS: Record<AutomaticKind, string> = {
  daily: 'Daily',
  'before-restore': 'Before a restore',
  'before-reset': 'Before a reset',
};
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
  const list = useChannel(planner, 'backup:list-automatic', {});
  const automatic = list.status === 'pending' ? null : list.status === 'error' ? { error: list.error.message } : list.data;
  const loadAutomatic = list.refetch;

  async function exportAll() {
    setState({ kind: 'busy', what: 'Saving a backup…' });
    const r = await planner.invoke('backup:export', {});
    if (!r.ok) setState({ kind: 'error', message: r.error.message });
    else setState(r.value ? { kind: 'done', message: `Backup saved to ${r.value.path} (${Math.ceil(r.value.bytes / 1024)} KB).` } : { kind: 'idle' });
  }

  async function preview(choose: () => Promise<Result<Preview | null>>, source: string) {
    setState({ kind: 'busy', what: 'Checking the backup…' });
    const r = await choose();
    if (!r.ok) {
      setState({ kind: 'error', message: `${source} cannot be restored: ${r.error.message}` });
      // A backup that went missing: show the folder as it is now.
      void loadAutomatic();
    } else setState(r.value ? { kind: 'confirm', preview: r.value } : { kind: 'idle' });
  }

  const chooseRestore = () => preview(() => planner.invoke('backup:choose-restore', {}), 'That file');
  const chooseAutomatic = (fileName: string) => preview(() => planner.invoke('backup:choose-automatic', { fileName }), 'That backup');

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
      <AutomaticBackups list={automatic} busy={busy} onRestore={(fileName) => void chooseAutomatic(fileName)} />
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

function AutomaticBackups({ list, busy, onRestore }: { list: AutomaticList | { error: string } | null; busy: boolean; onRestore: (fileName: string) => void }) {
  const format = useDisplayFormat();
  const timeZone = useLearnerZone();
  return (
    <section className="stack" aria-labelledby="automatic-backups-title" data-testid="automatic-backups">
      <h3 id="automatic-backups-title">Automatic backups</h3>
      <p className="muted small">
        MLE Path saves a backup by itself once a day (when something changed), before every restore and before a reset. It keeps the
        last 7 days, one a week for 4 weeks, and the last 5 of the others.
      </p>
      {list === null ? (
        <p className="muted small">Looking for backups…</p>
      ) : 'error' in list ? (
        <p className="alert alert-error" role="alert">
          {list.error}
        </p>
      ) : list.backups.length === 0 ? (
        <p className="muted small">None yet: the first one is saved once you have a plan.</p>
      ) : (
        <>
          <ul className="automatic-backups">
            {list.backups.map((b) => (
              <li key={b.fileName}>
                <span>
                  <strong>{KIND_LABELS[b.kind]}</strong> · {format.dateTime(b.takenAt, timeZone)} ·{' '}
                  {format.number(Math.max(1, Math.round(b.bytes / 1024)), 0)} KB
                </span>
                <button type="button" className="button button-secondary" disabled={busy} onClick={() => onRestore(b.fileName)} aria-label={`Restore this one… (${KIND_LABELS[b.kind]}, ${format.dateTime(b.takenAt, timeZone)})`}>
                  Restore this one…
                </button>
              </li>
            ))}
          </ul>
          <p className="muted small">
            Kept in <code>{list.folder}</code>
          </p>
        </>
      )}
    </section>
  );
}
