/**
 * Serves contract requests arriving on the store host's MessagePort: parse the envelope,
 * parse the payload against the contract again (a port is a trust boundary), run the
 * handler, post the result. A handler that throws becomes an `internal` error reply.
 *
 * The port is main's alone (no window can reach it: the UI goes through the router, which
 * knows only contract channels), so it also serves the internal, main-only channels of
 * shared/ipc/internal.ts when their handlers are given.
 */
import { channels, isChannel } from '../../shared/ipc/contract';
import { describeChannel, isMainChannel, isWriteChannel, type StoreChannel } from '../../shared/ipc/names';
import { internalChannels, isInternalChannel } from '../../shared/ipc/internal';
import { fail, type Result } from '../../shared/ipc/result';
import { StoreRequestSchema } from '../../shared/ipc/store-protocol';
import { parseUnknown } from '../../shared/ipc/validate';
import type { InternalHandlers } from './internal-service';
import { RowRefusedError } from './row-guard';
import type { Handlers } from './service';
import type { WriteJournal } from './write-journal';

export interface PortLike {
  postMessage(message: unknown): void;
}

/**
 * Events the handlers raise, sent after the reply of the call that raised them. The caller
 * (a tick on the roadmap) then hears its own answer first, and its screen is updated before
 * the same news reaches everyone else, instead of re-rendering once for the event and again for
 * the reply. An event raised outside any call still leaves within the same turn of the loop.
 */
export interface EventOutbox {
  emit(event: string, payload: unknown): void;
  flush(): void;
}

export function createEventOutbox(port: PortLike, defer: (fn: () => void) => void = (fn) => setTimeout(fn, 0)): EventOutbox {
  const queue: unknown[] = [];
  let scheduled = false;
  function flush(): void {
    scheduled = false;
    for (const message of queue.splice(0)) port.postMessage(message);
  }
  return {
    emit(event, payload) {
      queue.push({ kind: 'event', event, payload });
      if (scheduled) return;
      scheduled = true;
      defer(() => {
        if (scheduled) flush();
      });
    },
    flush,
  };
}

type AnyHandler = (request: unknown) => Promise<Result<unknown>>;

async function run(channel: string, handler: AnyHandler, request: unknown): Promise<Result<unknown>> {
  try {
    return await handler(request);
  } catch (error) {
    // A row the guard refused is a request the data cannot hold, not a broken store: its own
    // message says what would not fit, and the transaction around it kept nothing.
    if (error instanceof RowRefusedError) return fail('invalid-request', error.message);
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return fail('internal', `The data store could not complete "${channel}": ${message}`);
  }
}

/** A write's id and the journal that applies each id once. */
export interface JournaledWrite {
  id: string;
  journal: WriteJournal;
}

export async function answer(handlers: Handlers, channel: unknown, payload: unknown, internal?: InternalHandlers, write?: JournaledWrite): Promise<Result<unknown>> {
  if (internal && isInternalChannel(channel)) {
    const request = parseUnknown(internalChannels[channel].request, payload);
    if (!request.ok) return request;
    return run(channel, internal[channel] as AnyHandler, request.value);
  }
  // Main answers its own channels (backups); one arriving here is not for the store.
  if (!isChannel(channel) || isMainChannel(channel)) return fail('unknown-channel', `Unknown request "${describeChannel(channel)}".`);
  const request = parseUnknown(channels[channel].request, payload);
  if (!request.ok) return request;
  // The map is keyed by channel, so this lookup pairs each request with its own handler.
  const apply = () => run(channel, handlers[channel] as AnyHandler, request.value);
  if (!write || !isWriteChannel(channel)) return apply();
  const read = (source: StoreChannel) => run(source, handlers[source] as AnyHandler, {});
  try {
    return await write.journal.once(write.id, channel, apply, read);
  } catch (error) {
    return fail('internal', `The data store could not complete "${channel}": ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function handleStoreMessage(
  handlers: Handlers,
  port: PortLike,
  message: unknown,
  internal?: InternalHandlers,
  outbox?: EventOutbox,
  journal?: WriteJournal,
): Promise<void> {
  const envelope = StoreRequestSchema.safeParse(message);
  if (!envelope.success) return;
  const { id, channel, payload, writeId } = envelope.data;
  const result = await answer(handlers, channel, payload, internal, journal && writeId !== undefined ? { id: writeId, journal } : undefined);
  port.postMessage({ kind: 'reply', id, result });
  outbox?.flush();
}
