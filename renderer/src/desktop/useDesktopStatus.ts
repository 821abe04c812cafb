/**
 * How MLE Path fits this computer's desktop, as main reports it (what closing the window does,
 * notifications or the login item the system refused), kept current by main's
 * `app:desktop-status-changed`. null until main first answers.
 */
import { useEffect, useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { DesktopStatus } from '../../../shared/ipc/contract';

export function useDesktopStatus(planner: PlannerBridge): [DesktopStatus | null, (status: DesktopStatus) => void] {
  const [status, setStatus] = useState<DesktopStatus | null>(null);
  useEffect(() => {
    let live = true;
    const off = planner.on('app:desktop-status-changed', (next) => {
      if (live) setStatus(next);
    });
    void planner.invoke('app:desktop-status', {}).then((r) => {
      // An event that came meanwhile is newer than this answer.
      if (live && r.ok) setStatus((current) => current ?? r.value);
    });
    return () => {
      live = false;
      off();
    };
  }, [planner]);
  return [status, setStatus];
}
