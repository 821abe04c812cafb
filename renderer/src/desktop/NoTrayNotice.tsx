/**
 * The one-time explanation, above every screen, that closing the window minimises MLE Path
 * because this desktop has no tray to hide it in. "Got it" tells main, which stops showing it
 * on this computer.
 */
import { useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { DesktopStatus } from '../../../shared/ipc/contract';
import { QuitButton } from './QuitButton';
import './desktop.css';

export function NoTrayNotice({ planner, status, onStatus }: { planner: PlannerBridge; status: DesktopStatus | null; onStatus: (s: DesktopStatus) => void }) {
  const [error, setError] = useState<string | null>(null);
  if (!status?.noTrayNotice) return null;
  return (
    <section className="alert alert-warning desktop-notice" aria-labelledby="no-tray-title" data-testid="no-tray-notice">
      <strong id="no-tray-title">Closing this window does not hide MLE Path</strong>
      <span>{status.noTrayNotice}</span>
      <div className="desktop-notice-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            void planner.invoke('app:dismiss-notice', { notice: 'no-tray' }).then((r) => {
              if (r.ok) onStatus(r.value);
              else setError(r.error.message);
            });
          }}
        >
          Got it
        </button>
        <QuitButton planner={planner} />
      </div>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </section>
  );
}
