/**
 * Main's side of the MessagePort to the store host. It queues calls made while the store host
 * starts, matches replies to calls, and fails every pending call with a clear error when the
 * store host goes away, so no call is ever silently dropped. No `electron` import: index.ts
 * adapts a MessagePortMain, the e2e harness adapts a Playwright page.
 */
import { StoreToMainSchema } from '../../../shared/ipc/store-protocol';
import { fail, type Result } from '../../../shared/ipc/result';
import { storeCalls, type StoreCalls, type StoreTransport } from './store-calls';

/** The minimum of a MessagePort that main needs. */
export interface StorePort {
  postMessage(message: unknown): void;
  close(): void;
}

export interface StoreClientOptions {
  /** A call that gets no reply in this time fails with `store-timeout`. */
  timeoutMs?: number;
  onEvent?: (event: string, payload: unknown) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

interface Pending {
  resolve: (result: Result<unknown>) => void;
  timer: unknown;
}

interface Queued {
  channel: string;
  payload: unknown;
  writeId: string | undefined;
  resolve: (result: Result<unknown>) => void;
}

/** `call` is the typed, checked way in (store-calls.ts); `request` is the raw wire under it. */
export interface StoreClient extends StoreTransport, StoreCalls {
  /** Connects a new port; calls flow once the store host says it is ready. */
  attach(port: StorePort): void;
  /** Feed every message that arrives on the attached port here. */
  receive(message: unknown): void;
  /** The store host died or was replaced: pending calls fail, later calls queue. */
  detach(reason: string): void;
  /**
   * No store host is coming (a crash loop, the app quitting): pending and queued calls fail
   * with `message`, and so does every later call until a new port is attached. Without this,
   * queued calls would wait forever for a host that never starts.
   */
  shutDown(message: string): void;
  readonly state: 'starting' | 'ready' | 'down';
}

export function createStoreClient(options: StoreClientOptions = {}): StoreClient {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let port: StorePort | null = null;
  let ready = false;
  /** Set while no store host is coming: the message every call fails with. */
  let downMessage: string | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let queue: Queued[] = [];

  function send(channel: string, payload: unknown, writeId: string | undefined, resolve: (r: Result<unknown>) => void): void {
    if (!port) {
      queue.push({ channel, payload, writeId, resolve });
      return;
    }
    const id = nextId++;
    const timer = setTimer(() => {
      if (pending.delete(id)) {
        resolve(fail('store-timeout', `The data store did not answer "${channel}" within ${timeoutMs / 1000} s.`));
      }
    }, timeoutMs);
    pending.set(id, { resolve, timer });
    try {
      port.postMessage(writeId === undefined ? { kind: 'request', id, channel, payload } : { kind: 'request', id, channel, payload, writeId });
    } catch (error) {
      pending.delete(id);
      clearTimer(timer);
      resolve(fail('store-unavailable', `Could not reach the data store: ${String(error)}`));
    }
  }

  function flush(): void {
    const waiting = queue;
    queue = [];
    for (const q of waiting) send(q.channel, q.payload, q.writeId, q.resolve);
  }

  const client: StoreClient = {
    get state() {
      if (downMessage !== null) return 'down';
      return ready ? 'ready' : 'starting';
    },
    request(channel, payload, writeId) {
      return new Promise((resolve) => {
        if (downMessage !== null) resolve(fail('store-unavailable', downMessage));
        else if (ready) send(channel, payload, writeId, resolve);
        else queue.push({ channel, payload, writeId, resolve });
      });
    },
    attach(newPort) {
      port = newPort;
      ready = false;
      downMessage = null;
    },
    receive(message) {
      const parsed = StoreToMainSchema.safeParse(message);
      if (!parsed.success) return; // A malformed message from the store is ignored, not trusted.
      const msg = parsed.data;
      if (msg.kind === 'ready') {
        ready = true;
        flush();
      } else if (msg.kind === 'reply') {
        const entry = pending.get(msg.id);
        if (!entry) return;
        pending.delete(msg.id);
        clearTimer(entry.timer);
        entry.resolve(msg.result as Result<unknown>);
      } else {
        options.onEvent?.(msg.event, msg.payload);
      }
    },
    detach(reason) {
      failPending(`The data store stopped before answering (${reason}). What you saved before is safe; please try again.`);
    },
    shutDown(message) {
      failPending(message);
      downMessage = message;
      const waiting = queue;
      queue = [];
      for (const q of waiting) q.resolve(fail('store-unavailable', message));
    },
    call: (channel, request, writeId) => calls.call(channel, request, writeId),
  };
  const calls = storeCalls(client);
  return client;

  function failPending(message: string): void {
    ready = false;
    const old = port;
    port = null;
    for (const [id, entry] of pending) {
      pending.delete(id);
      clearTimer(entry.timer);
      entry.resolve(fail('store-unavailable', message));
    }
    try {
      old?.close();
    } catch {
      // The port is already gone with its process; nothing to close.
    }
  }
}
