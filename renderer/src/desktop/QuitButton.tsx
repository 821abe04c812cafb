/**
 * Quits MLE Path from inside the window: on a desktop without a tray (and for anyone who never
 * finds the tray menu) this is the visible way to stop it. Main quits after answering.
 */
import { useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import './desktop.css';

export function QuitButton({ planner, className }: { planner: PlannerBridge; className?: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className={className ?? 'button button-secondary'}
        onClick={() => {
          setError(null);
          void planner.invoke('app:quit', {}).then((r) => {
            if (!r.ok) setError(`MLE Path could not quit: ${r.error.message}`);
          });
        }}
      >
        Quit MLE Path
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
