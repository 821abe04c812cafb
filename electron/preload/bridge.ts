/**
 * Builds `window.planner` from a transport. The real preload passes Electron's ipcRenderer;
 * the e2e harness passes Playwright bindings. The bridge is an allowlist: an unknown channel
 * or event never reaches the transport.
 */
import type { PlannerBridge } from '../../shared/ipc/bridge';
import { describeChannel, isChannel, isEventName } from '../../shared/ipc/names';

/** Same shape as shared/ipc/result's `fail`, without pulling zod into the preload bundle. */
function failure(code: 'unknown-channel' | 'internal', message: string) {
  return { ok: false as const, error: { code, message } };
}

export interface BridgeTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  /** Starts delivering main's events; returns a function that stops it. */
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
}

export function createPlannerBridge(transport: BridgeTransport): PlannerBridge {
  const handlers = new Map<string, Set<(payload: never) => void>>();
  let unsubscribe: (() => void) | null = null;

  function dispatch(event: string, payload: unknown): void {
    for (const handler of handlers.get(event) ?? []) {
      try {
        (handler as (p: unknown) => void)(payload);
      } catch {
        // One failing UI handler must not stop the others from hearing the event.
      }
    }
  }

  // The transport is untyped; main validated each reply against the contract before sending
  // it, so the result is typed here by the channel the caller named.
  const invoke = async (channel: unknown, request: unknown): Promise<unknown> => {
    if (!isChannel(channel)) return failure('unknown-channel', `Unknown request "${describeChannel(channel)}".`);
    try {
      return await transport.invoke(channel, request);
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
  };
  return bridge;
}
