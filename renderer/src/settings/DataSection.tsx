/** Reset: wipes every record on this computer after the learner types the confirmation phrase. */
import { useState, type FormEvent } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import { BackupPanel } from './BackupPanel';

const PHRASE = 'DELETE EVERYTHING';

export function DataSection({ planner, onReset }: { planner: PlannerBridge; onReset: () => void }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await planner.invoke('data:reset', { confirm: typed as typeof PHRASE });
    setBusy(false);
    if (r.ok) onReset();
    else setError(r.error.issues?.[0]?.message ?? r.error.message);
  }

  return (
    <section className="card stack" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p className="muted small">
        Your profile, plan, ticks, notes, sessions, exams, quiz results and expenses live in a database on this computer. A backup
        is one JSON file you can keep elsewhere or move to another computer.
      </p>
      <BackupPanel planner={planner} />
      {!open ? (
        <div>
          <button type="button" className="button button-danger" onClick={() => setOpen(true)}>
            Reset everything…
          </button>
        </div>
      ) : (
        <form className="stack danger-zone" onSubmit={submit} noValidate>
          <p>
            This deletes everything MLE Path stores. A backup of it is saved first (listed under Automatic backups above), so you can
            bring it back. To go ahead, enter <strong>{PHRASE}</strong> below.
          </p>
          <div className="field">
            <label className="label" htmlFor="reset-confirm">
              Confirmation
            </label>
            <input id="reset-confirm" className="text-input" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" aria-invalid={error ? true : undefined} />
            {error && <p className="field-error">{error}</p>}
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-danger" disabled={busy}>
              {busy ? 'Deleting…' : 'Delete everything'}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setOpen(false);
                setTyped('');
                setError(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
