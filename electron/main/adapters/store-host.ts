/**
 * Electron's side of the store host: a hidden window per host, a MessageChannelMain to it once
 * its page has loaded, and its process going away reported as `gone`. Every decision (queue,
 * fail pending calls, restart, crash-loop limit, stop on quit) is store-supervisor.ts's.
 */
import { MessageChannelMain } from 'electron';
import { IPC_STORE_PORT } from '../../../shared/ipc/transport';
import type { StoreClient } from '../core/store-client';
import { createStoreSupervisor, type StoreHostLauncher, type StoreSupervisor } from '../core/store-supervisor';
import { createStoreWindow } from './windows';

function electronStoreHostLauncher(preload: string, url: string): StoreHostLauncher {
  return {
    launch(events) {
      const win = createStoreWindow(preload);
      const contents = win.webContents;
      contents.on('did-finish-load', () => {
        const { port1, port2 } = new MessageChannelMain();
        port1.on('message', (event) => events.message(event.data));
        port1.start();
        events.loaded({ postMessage: (m) => port1.postMessage(m), close: () => port1.close() });
        // The store preload passes this port on to the page (electron/preload/store.ts).
        contents.postMessage(IPC_STORE_PORT, null, [port2]);
      });
      contents.on('render-process-gone', (_event, details) => events.gone(`store host ${details.reason}`));
      // A page that cannot load never answers: report it now rather than at the start timeout.
      win.loadURL(url).catch((error: unknown) => events.gone(`store host page did not load: ${String(error)}`));
      return {
        destroy() {
          if (!win.isDestroyed()) win.destroy();
        },
      };
    },
  };
}

export function runStoreHost(client: StoreClient, preload: string, url: string): StoreSupervisor {
  const supervisor = createStoreSupervisor({
    client,
    launcher: electronStoreHostLauncher(preload, url),
    clock: { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
  });
  supervisor.start();
  return supervisor;
}
