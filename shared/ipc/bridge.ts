/**
 * The shape of `window.planner`, the only API the UI gets. The preload builds it; the
 * renderer consumes it. Both sides import this type, so a mismatch is a compile error.
 */
import type { Channel, EventName, EventPayloadOf, RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

export interface PlannerBridge {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  /** Subscribes to a main-process event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, handler: (payload: EventPayloadOf<E>) => void): () => void;
}
