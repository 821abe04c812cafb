/**
 * How MLE Path fits this computer's desktop, as main reports it (what closing the window does,
 * notifications or the login item the system refused), kept current in the cache by main's
 * `app:desktop-status-changed`. null until main first answers (or when it could not: the notice
 * and the desktop section then show nothing rather than a guess).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { DesktopStatus } from '../../../shared/ipc/contract';
import { putAnswer, useChannel } from '../data/planner-query';

export function useDesktopStatus(planner: PlannerBridge): [DesktopStatus | null, (status: DesktopStatus) => void] {
  const client = useQueryClient();
  const status = useChannel(planner, 'app:desktop-status', {});
  // A reply that carries the new status (a dismissed notice, a test notification) is the answer now.
  const set = useCallback((next: DesktopStatus) => putAnswer(client, 'app:desktop-status', {}, next), [client]);
  return [status.data ?? null, set];
}
