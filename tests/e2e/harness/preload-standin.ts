/**
 * Stands in for electron/preload/index.ts in the harness: the same bridge code, with a
 * Playwright binding instead of ipcRenderer. Bundled by the harness and added as an init script.
 */
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import { createPlannerBridge } from '../../../electron/preload/bridge';

interface HarnessWindow {
  /** Answers with the reply as JSON text (see app-harness.ts: how main's messages cross). */
  __mlePathInvoke(channel: string, payload: unknown, writeId: string | null): Promise<string>;
  __mlePathEvent?: (event: string, payload: unknown) => void;
  planner?: PlannerBridge;
}

const w = window as unknown as HarnessWindow;
w.planner = createPlannerBridge({
  invoke: async (channel, payload, writeId) => JSON.parse(await w.__mlePathInvoke(channel, payload, writeId ?? null)) as unknown,
  subscribe(listener) {
    w.__mlePathEvent = listener;
    return () => {
      delete w.__mlePathEvent;
    };
  },
});
