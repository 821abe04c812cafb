/** "Save as PDF…": main prints this page (print styles hide the app's chrome) to a chosen file. */
import { useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';

export function PdfButton({ planner }: { planner: PlannerBridge }) {
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'done' | 'error'; message: string }>({ kind: 'idle' });

  async function save() {
    setState({ kind: 'busy' });
    const r = await planner.invoke('plan:export-pdf', {});
    if (!r.ok) setState({ kind: 'error', message: r.error.message });
    else setState(r.value ? { kind: 'done', message: `Saved to ${r.value.path}` } : { kind: 'idle' });
  }

  return (
    <div className="pdf-button">
      <button type="button" className="button button-secondary" disabled={state.kind === 'busy'} onClick={() => void save()}>
        {state.kind === 'busy' ? 'Saving PDF…' : 'Save as PDF…'}
      </button>
      <span role="status" aria-live="polite" className="small muted" data-testid="pdf-status">
        {state.kind === 'done' ? state.message : ''}
      </span>
      {state.kind === 'error' && (
        <span role="alert" className="field-error">
          {state.message}
        </span>
      )}
    </div>
  );
}
