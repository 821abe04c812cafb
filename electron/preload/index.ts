/**
 * Preload of the UI window. Exposes exactly `window.planner = { invoke, on, onWriteStatus }`; never
 * ipcRenderer or Node. Bundled into one file because sandboxed preloads cannot require().
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { PlannerBridge } from '../../shared/ipc/bridge';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/ipc/transport';
import { createPlannerBridge } from './bridge';

const planner = createPlannerBridge({
  invoke: (channel, payload, writeId) => ipcRenderer.invoke(IPC_INVOKE, channel, payload, writeId),
  subscribe(listener) {
    const onEvent = (_e: IpcRendererEvent, event: unknown, payload: unknown) => {
      if (typeof event === 'string') listener(event, payload);
    };
    ipcRenderer.on(IPC_EVENT, onEvent);
    return () => ipcRenderer.removeListener(IPC_EVENT, onEvent);
  },
}) satisfies PlannerBridge;

contextBridge.exposeInMainWorld('planner', planner);
