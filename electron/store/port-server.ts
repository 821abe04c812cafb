/**
 * Serves contract requests arriving on the store host's MessagePort: parse the envelope,
 * parse the payload against the contract again (a port is a trust boundary), run the
 * handler, post the result. A handler that throws becomes an `internal` error reply.
 */
import { channels, isChannel, type Channel } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/ipc/result';
import { StoreRequestSchema } from '../../shared/ipc/store-protocol';
import { parseUnknown } from '../../shared/ipc/validate';
import type { Handlers } from './service';

export interface PortLike {
  postMessage(message: unknown): void;
}

type AnyHandler = (request: unknown) => Promise<Result<unknown>>;

export async function answer(handlers: Handlers, channel: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('unknown-channel', `Unknown request "${String(channel).slice(0, 80)}".`);
  const request = parseUnknown(channels[channel].request, payload);
  if (!request.ok) return request;
  // The map is keyed by channel, so this lookup pairs each request with its own handler.
  const handler = handlers[channel as Channel] as AnyHandler;
  try {
    return await handler(request.value);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return fail('internal', `The data store could not complete "${channel}": ${message}`);
  }
}

export async function handleStoreMessage(handlers: Handlers, port: PortLike, message: unknown): Promise<void> {
  const envelope = StoreRequestSchema.safeParse(message);
  if (!envelope.success) return;
  const { id, channel, payload } = envelope.data;
  const result = await answer(handlers, channel, payload);
  port.postMessage({ kind: 'reply', id, result });
}
