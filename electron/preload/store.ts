/**
 * Preload of the hidden store host. Its one job: pass the MessagePort main sends into the
 * page (ports cannot cross contextBridge, but window.postMessage can transfer them).
 */
import { ipcRenderer } from 'electron';
import { IPC_STORE_PORT, STORE_PORT_MESSAGE } from '../../shared/ipc/transport';

ipcRenderer.on(IPC_STORE_PORT, (event) => {
  window.postMessage(STORE_PORT_MESSAGE, '*', event.ports);
});
