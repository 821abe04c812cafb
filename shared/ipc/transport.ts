/** Electron IPC channel names between preloads and main. Contract channels travel inside them. */
export const IPC_INVOKE = 'planner:invoke';
export const IPC_EVENT = 'planner:event';
export const IPC_STORE_PORT = 'store:port';

/** window.postMessage data with which the store preload hands the port to the store page. */
export const STORE_PORT_MESSAGE = 'mle-path:store-port';
