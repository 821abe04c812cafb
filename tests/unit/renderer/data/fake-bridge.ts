/** A bridge whose answers a data-layer test gives, one call at a time, and whose events it sends. */
import type { PlannerBridge } from '../../../../shared/ipc/bridge';
import type { Channel, EventName } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';

export function fakeBridge() {
  const calls: { channel: Channel; request: unknown; answer: (r: Result<unknown>) => void }[] = [];
  const listeners = new Map<EventName, ((payload: unknown) => void)[]>();
  const bridge = {
    invoke: (channel: Channel, request: unknown) => new Promise<Result<unknown>>((answer) => calls.push({ channel, request, answer })),
    on: (event: EventName, handler: (payload: unknown) => void) => {
      listeners.set(event, [...(listeners.get(event) ?? []), handler]);
      return () => listeners.set(event, (listeners.get(event) ?? []).filter((h) => h !== handler));
    },
    onWriteStatus: () => () => undefined,
  } as unknown as PlannerBridge; // the generic signatures are the contract's; this stand-in answers whatever it is told
  const emit = (event: EventName, payload: unknown) => {
    for (const handler of listeners.get(event) ?? []) handler(payload);
  };
  return { bridge, calls, emit };
}
