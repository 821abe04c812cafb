/**
 * The IPC router: every request from a window passes here. It checks the sender, the channel
 * and the payload, forwards only valid requests to the store host, and checks the reply
 * against the contract before it goes back. Failures come back as data and change nothing.
 * No `electron` import, so it runs for real in unit tests and in the e2e harness.
 */
import { channels, isChannel, type Channel } from '../../../shared/ipc/contract';
import { describeChannel, isWriteChannel, isWriteId } from '../../../shared/ipc/names';
import { fail, resultSchema, type Result } from '../../../shared/ipc/result';
import { parseUnknown } from '../../../shared/ipc/validate';
import { isTrustedSender, type IpcSender } from './security';

/** Upper bound on a request's serialised size; the largest real payload is a few KB. */
export const MAX_REQUEST_BYTES = 256 * 1024;

export interface RouterDeps {
  trustedOrigin: string;
  /** `writeId` is set on store writes (see names.ts: the same id is applied once). */
  forward(channel: Channel, request: unknown, writeId?: string): Promise<Result<unknown>>;
  /**
   * Channels main answers itself (file dialogs, files on disk) instead of the store host; a
   * store write main wraps (a reset, which takes a backup first) gets the write id to pass on.
   */
  local?: Partial<Record<Channel, (request: unknown, writeId?: string) => Promise<Result<unknown>>>>;
}

export interface IpcRouter {
  handle(sender: IpcSender, channel: unknown, payload: unknown, writeId?: unknown): Promise<Result<unknown>>;
}

function serialisedSize(value: unknown): number | null {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? 0 : text.length;
  } catch {
    return null; // cycles or BigInt: not something a contract request can be
  }
}

export function createIpcRouter(deps: RouterDeps): IpcRouter {
  return {
    async handle(sender, channel, payload, writeId) {
      if (!isTrustedSender(sender, deps.trustedOrigin)) {
        return fail('forbidden-sender', 'Request refused: it did not come from the MLE Path window.');
      }
      if (!isChannel(channel)) {
        return fail('unknown-channel', `Unknown request "${describeChannel(channel)}".`);
      }
      const size = serialisedSize(payload);
      if (size === null) return fail('invalid-request', 'The request could not be read as plain data.');
      if (size > MAX_REQUEST_BYTES) {
        return fail('payload-too-large', `The request is too large (${Math.round(size / 1024)} KB; the limit is ${MAX_REQUEST_BYTES / 1024} KB).`);
      }
      // A write id is only meaningful on a write, and must look like one the bridge makes: it
      // becomes a key in the store's journal.
      if (writeId !== undefined && !(isWriteChannel(channel) && isWriteId(writeId))) {
        return fail('invalid-request', `The request's write id was refused (${isWriteChannel(channel) ? 'malformed' : `"${channel}" does not change data`}).`);
      }
      const spec = channels[channel];
      const request = parseUnknown(spec.request, payload);
      if (!request.ok) return request;
      let reply: Result<unknown>;
      try {
        const local = deps.local?.[channel];
        reply = local ? await local(request.value, writeId) : await deps.forward(channel, request.value, writeId);
      } catch (error) {
        return fail('internal', `The request failed unexpectedly: ${String(error)}`);
      }
      const checked = resultSchema(spec.response).safeParse(reply);
      if (!checked.success) {
        return fail('invalid-reply', `The data store sent an answer to "${channel}" that does not match the contract.`);
      }
      return checked.data as Result<unknown>;
    },
  };
}
