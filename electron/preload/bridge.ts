/**
 * Builds `window.planner` from a transport. The real preload passes Electron's ipcRenderer;
 * the e2e harness passes Playwright bindings. The bridge is an allowlist: an unknown channel
 * or event never reaches the transport.
 *
 * Writes carry a write id. When main says the store did not answer in time (or went away while
 * answering), the write may still have landed, so the bridge sends the same request with the
 * same id again: the store applies an id at most once and answers a repeat with what the first
 * one did. The caller gets the truth (saved, refused, or "could not confirm") and the window hears
 * "checking…" meanwhile, instead of a "not saved" that invites a retry which would save twice.
 */
import type { PlannerBridge, WriteStatus } from '../../shared/ipc/bridge';
import { describeChannel, isChannel, isEventName, isWriteChannel } from '../../shared/ipc/names';

/** Same shape as shared/ipc/result's `fail`, without pulling zod into the preload bundle. */
function failure(code: 'unknown-channel' | 'internal' | 'write-unconfirmed', message: string) {
  return { ok: false as const, error: { code, message } };
}

export interface BridgeTransport {
  invoke(channel: string, payload: unknown, writeId?: string): Promise<unknown>;
  /** Starts delivering main's events; returns a function that stops it. */
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
}

export interface BridgeOptions {
  /** Makes a write id; random by default. */
  newWriteId?: () => string;
  /** Pauses before each re-send of an unanswered write; their count is the number of re-sends. */
  retryDelaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

/** Roughly 15 s of pauses on top of main's own wait for each attempt. */
export const WRITE_RETRY_DELAYS_MS = [1000, 2000, 4000, 8000] as const;

/** Failure codes after which a write may or may not have been applied. */
const UNANSWERED = new Set(['store-timeout', 'store-unavailable']);

function randomWriteId(): string {
  const c = globalThis.crypto;
  // randomUUID exists only in secure contexts; getRandomValues everywhere.
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  return Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function unansweredCode(reply: unknown): boolean {
  if (typeof reply !== 'object' || reply === null || (reply as { ok?: unknown }).ok !== false) return false;
  const error = (reply as { error?: unknown }).error;
  return typeof error === 'object' && error !== null && UNANSWERED.has(String((error as { code?: unknown }).code));
}

function failureMessage(reply: unknown): string | undefined {
  if (typeof reply !== 'object' || reply === null || (reply as { ok?: unknown }).ok !== false) return undefined;
  const error = (reply as { error?: { message?: unknown } }).error;
  return typeof error?.message === 'string' ? error.message : undefined;
}

export const UNCONFIRMED_MESSAGE =
  'MLE Path could not confirm whether this change was saved: the data store has not answered. Open this screen again in a moment to see what was kept before changing it again.';

export function createPlannerBridge(transport: BridgeTransport, options: BridgeOptions = {}): PlannerBridge {
  const handlers = new Map<string, Set<(payload: never) => void>>();
  const statusListeners = new Set<(status: WriteStatus) => void>();
  let unsubscribe: (() => void) | null = null;
  const newWriteId = options.newWriteId ?? randomWriteId;
  const delays = options.retryDelaysMs ?? WRITE_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  function dispatch(event: string, payload: unknown): void {
    for (const handler of handlers.get(event) ?? []) {
      try {
        (handler as (p: unknown) => void)(payload);
      } catch {
        // One failing UI handler must not stop the others from hearing the event.
      }
    }
  }

  function report(status: WriteStatus): void {
    for (const listener of statusListeners) {
      try {
        listener(status);
      } catch {
        // A broken banner must not change what the write's caller is told.
      }
    }
  }

  /** Sends a write, and again with the same id while main reports it unanswered. */
  async function write(channel: string, request: unknown): Promise<unknown> {
    const writeId = newWriteId();
    let reply = await transport.invoke(channel, request, writeId);
    if (!unansweredCode(reply)) return reply;
    report({ phase: 'checking', channel });
    for (const delay of delays) {
      await sleep(delay);
      reply = await transport.invoke(channel, request, writeId);
      if (!unansweredCode(reply)) {
        const refused = failureMessage(reply);
        report(refused === undefined ? { phase: 'saved', channel } : { phase: 'not-saved', channel, message: refused });
        return reply;
      }
    }
    report({ phase: 'unconfirmed', channel, message: UNCONFIRMED_MESSAGE });
    return failure('write-unconfirmed', UNCONFIRMED_MESSAGE);
  }

  // The transport is untyped; main validated each reply against the contract before sending
  // it, so the result is typed here by the channel the caller named.
  const invoke = async (channel: unknown, request: unknown): Promise<unknown> => {
    if (!isChannel(channel)) return failure('unknown-channel', `Unknown request "${describeChannel(channel)}".`);
    try {
      return isWriteChannel(channel) ? await write(channel, request) : await transport.invoke(channel, request);
    } catch (error) {
      return failure('internal', `The app could not deliver the request: ${String(error)}`);
    }
  };

  const bridge: PlannerBridge = {
    invoke: invoke as PlannerBridge['invoke'],
    on(event, handler) {
      if (!isEventName(event)) throw new TypeError(`Unknown event "${describeChannel(event)}".`);
      if (typeof handler !== 'function') throw new TypeError('Event handler must be a function.');
      let set = handlers.get(event);
      if (!set) handlers.set(event, (set = new Set()));
      set.add(handler as (payload: never) => void);
      unsubscribe ??= transport.subscribe(dispatch);
      return () => {
        set.delete(handler as (payload: never) => void);
        if ([...handlers.values()].every((s) => s.size === 0) && unsubscribe) {
          unsubscribe();
          unsubscribe = null;
        }
      };
    },
    onWriteStatus(listener) {
      if (typeof listener !== 'function') throw new TypeError('Write status listener must be a function.');
      statusListeners.add(listener);
      return () => {
        statusListeners.delete(listener);
      };
    },
  };
  return bridge;
}
