/**
 * Runs the store host: a hidden window that owns the database. Main hands it one end of a
 * MessageChannel; if its renderer process dies, pending calls fail clearly and a new host is
 * started (calls made meanwhile queue in the store client).
 */
import type { BrowserWindow} from 'electron';
import { MessageChannelMain } from 'electron';
import { IPC_STORE_PORT } from '../../shared/ipc/transport';
import type { StoreClient } from './store-client';
import { createStoreWindow } from './windows';

const MAX_RESTARTS_PER_MINUTE = 5;

export function runStoreHost(client: StoreClient, preload: string, url: string): { stop(): void } {
  let win: BrowserWindow | null = null;
  let stopping = false;
  const restarts: number[] = [];

  function start(): void {
    const current = createStoreWindow(preload);
    win = current;
    current.webContents.on('did-finish-load', () => {
      const { port1, port2 } = new MessageChannelMain();
      port1.on('message', (event) => client.receive(event.data));
      port1.start();
      client.attach({ postMessage: (m) => port1.postMessage(m), close: () => port1.close() });
      current.webContents.postMessage(IPC_STORE_PORT, null, [port2]);
    });
    current.webContents.on('render-process-gone', (_e, details) => {
      client.detach(`store host ${details.reason}`);
      if (!current.isDestroyed()) current.destroy();
      if (stopping) return;
      const now = Date.now();
      while (restarts.length > 0 && (restarts[0] ?? 0) < now - 60_000) restarts.shift();
      if (restarts.length >= MAX_RESTARTS_PER_MINUTE) return; // crash loop: stay down, calls fail clearly
      restarts.push(now);
      start();
    });
    void current.loadURL(url);
  }

  start();
  return {
    stop() {
      stopping = true;
      client.detach('app quitting');
      if (win && !win.isDestroyed()) win.destroy();
    },
  };
}
