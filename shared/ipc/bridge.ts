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
  /**
   * Hears about writes whose answer was late: 'checking' while the bridge asks again, then what
   * became of them. Returns the function that stops listening.
   */
  onWriteStatus(listener: (status: WriteStatus) => void): () => void;
}

/** What became of a write the store did not answer in time (the bridge re-sends it with the same id). */
export type WriteStatus =
  | { phase: 'checking'; channel: string }
  | { phase: 'saved'; channel: string }
  | { phase: 'not-saved' | 'unconfirmed'; channel: string; message: string };
