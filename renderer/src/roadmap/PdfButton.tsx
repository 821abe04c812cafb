/**
 * "Save as PDF…": main prints this page (print styles hide the app's chrome and print it light)
 * to a chosen file. With "Include my notes and links" ticked, each milestone's own notes and
 * links are printed under it (they are in the page, shown only in print while this is set).
 */
import { useId, useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';

/** Set on <html> while a PDF with notes is being printed; the print styles read it. */
export const PRINT_NOTES_ATTRIBUTE = 'data-print-notes';

export function PdfButton({ planner }: { planner: PlannerBridge }) {
  const id = useId();
  const [includeNotes, setIncludeNotes] = useState(false);
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'done' | 'error'; message: string }>({ kind: 'idle' });

  async function save() {
    setState({ kind: 'busy' });
    const root = document.documentElement;
    if (includeNotes) root.setAttribute(PRINT_NOTES_ATTRIBUTE, '');
    try {
      const r = await planner.invoke('plan:export-pdf', { includeNotes });
      if (!r.ok) setState({ kind: 'error', message: r.error.message });
      else setState(r.value ? { kind: 'done', message: `Saved to ${r.value.path}` } : { kind: 'idle' });
    } finally {
      root.removeAttribute(PRINT_NOTES_ATTRIBUTE);
    }
  }

  return (
    <div className="pdf-button">
      <button type="button" className="button button-secondary" disabled={state.kind === 'busy'} onClick={() => void save()}>
        {state.kind === 'busy' ? 'Saving PDF…' : 'Save as PDF…'}
      </button>
      <label className="inline-check small" htmlFor={`${id}-notes`}>
        <input id={`${id}-notes`} type="checkbox" checked={includeNotes} disabled={state.kind === 'busy'} onChange={(e) => setIncludeNotes(e.target.checked)} />
        Include my notes and links
      </label>
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
