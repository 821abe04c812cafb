/** The plan view, from the data layer: read once, then kept current by main's `plan:changed`. */
import type { UseQueryResult } from '@tanstack/react-query';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { PlanView } from '../../../shared/ipc/contract';
import { useChannel, type PlannerError } from '../data/planner-query';

export function usePlanView(planner: PlannerBridge): UseQueryResult<PlanView | null, PlannerError> {
  return useChannel(planner, 'plan:get', {});
}
