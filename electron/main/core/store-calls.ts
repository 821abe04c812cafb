/**
 * Main's one typed way to ask the store host something: `store.call('settings:get', {})`
 * answers `Result<AppSettings>`, for every channel of the window contract the store answers and
 * every main-only channel of the internal contract. The request type comes from the channel, so
 * a wrong payload is a compile error, and the reply is checked against the channel's response
 * schema here, once, where it enters main from the store host's process: whatever main does
 * with an answer afterwards (a tray menu, a calendar file, a reply to the window) works on a
 * value that matches its type.
 */
import { z } from 'zod';
import { channels, type RequestOf, type ResponseOf } from '../../../shared/ipc/contract';
import { internalChannels, isInternalChannel, type InternalChannel, type InternalRequestOf, type InternalResponseOf } from '../../../shared/ipc/internal';
import type { StoreChannel } from '../../../shared/ipc/names';
import { fail, resultSchema, type Result } from '../../../shared/ipc/result';

/** Every channel main may send to the store host. */
export type StoreCallChannel = StoreChannel | InternalChannel;

export type CallRequest<C extends StoreCallChannel> = C extends InternalChannel ? InternalRequestOf<C> : C extends StoreChannel ? RequestOf<C> : never;
export type CallResponse<C extends StoreCallChannel> = C extends InternalChannel ? InternalResponseOf<C> : C extends StoreChannel ? ResponseOf<C> : never;

/** The untyped wire underneath: the MessagePort client in the app, a fake store in unit tests. */
export interface StoreTransport {
  /** `writeId` travels with a write so the store applies it once however often it is sent. */
  request(channel: string, payload: unknown, writeId?: string): Promise<Result<unknown>>;
}

export interface StoreCalls {
  call<C extends StoreCallChannel>(channel: C, request: CallRequest<C>, writeId?: string): Promise<Result<CallResponse<C>>>;
}

/**
 * The one reply passed on as the store sent it (only its envelope is checked): a dump of every
 * table. Its users check it themselves, each its own way: an export names the row that would
 * make the file unreadable, and an automatic backup keeps whatever is there, damaged or not,
 * because refusing it would also block the restore that repairs the data.
 */
const UNCHECKED_REPLIES: ReadonlySet<StoreCallChannel> = new Set(['backup:dump']);

function responseSchema(channel: StoreCallChannel) {
  if (UNCHECKED_REPLIES.has(channel)) return z.unknown();
  return isInternalChannel(channel) ? internalChannels[channel].response : channels[channel].response;
}

/**
 * Typed, checked calls over `transport`. The transport is read at each call, so a test that
 * wraps the client's `request` (to watch what main sends) sees every call.
 */
export function storeCalls(transport: StoreTransport): StoreCalls {
  return {
    async call<C extends StoreCallChannel>(channel: C, request: CallRequest<C>, writeId?: string): Promise<Result<CallResponse<C>>> {
      let reply: unknown;
      try {
        reply = await (writeId === undefined ? transport.request(channel, request) : transport.request(channel, request, writeId));
      } catch (error) {
        return fail('store-unavailable', `Could not reach the data store: ${String(error)}`);
      }
      const checked = resultSchema(responseSchema(channel)).safeParse(reply);
      if (!checked.success) return fail('invalid-reply', `The data store sent an invalid answer to "${channel}".`);
      // The schema is the one keyed by `channel`, so its output is that channel's response type;
      // TypeScript cannot follow a lookup keyed by a generic through the union of both contracts.
      return checked.data as Result<CallResponse<C>>;
    },
  };
}
