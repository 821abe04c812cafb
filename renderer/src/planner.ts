/**
 * The UI's only way to reach the app: `window.planner`, put there by the preload. When the
 * page is opened outside the app there is no bridge, and the UI says so instead of crashing.
 */
import type { PlannerBridge } from '../../shared/ipc/bridge';

declare global {
  interface Window {
    planner?: PlannerBridge;
  }
}

export function getPlanner(): PlannerBridge | null {
  return window.planner ?? null;
}
