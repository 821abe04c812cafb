/**
 * Stands in for electron/preload/index.ts in the harness: the same bridge code, with a
 * Playwright binding instead of ipcRenderer. Bundled by the harness and added as an init script.
 */
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import { createPlannerBridge } from '../../../electron/preload/bridge';

interface HarnessWindow {
  __mlePathInvoke(channel: string, payload: unknown): Promise<unknown>;
  __mlePathEvent?: (event: string, payload: unknown) => void;
  planner?: PlannerBridge;
}

const w = window as unknown as HarnessWindow;
w.planner = createPlannerBridge({
  invoke: (channel, payload) => w.__mlePathInvoke(channel, payload),
  subscribe(listener) {
    w.__mlePathEvent = listener;
    return () => {
      delete w.__mlePathEvent;
    };
  },
});
