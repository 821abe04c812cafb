/**
 * The IPC router: every request from a window passes here. It checks the sender, the channel
 * and the payload (the one check of what a window sends), then answers from main's own handlers
 * (whose answers it checks against the contract) or forwards to the store host through the typed
 * store client (which checks the store's answers as they enter main).
 * Failures come back as data and change nothing. No `electron` import, so it runs for real in
 * unit tests and in the e2e harness.
 */
import { channels, isChannel, type Channel, type RequestOf, type ResponseOf } from '../../../shared/ipc/contract';
import { describeChannel, isWriteChannel, isWriteId, MAIN_CHANNEL_NAMES, type MainChannel, type StoreChannel } from '../../../shared/ipc/names';
import { fail, resultSchema, type Result } from '../../../shared/ipc/result';
import { parseUnknown } from '../../../shared/ipc/validate';
import { isTrustedSender, type IpcSender } from './security';
import type { StoreCalls } from './store-calls';

/** Upper bound on a request's serialised size; the largest real payload is a few KB. */
export const MAX_REQUEST_BYTES = 256 * 1024;

/**
 * Store writes main wraps instead of forwarding as they are: a reset takes a backup first.
 * Main answers these and every main channel; the store host answers the rest.
 */
export const MAIN_WRAPPED_CHANNELS = ['data:reset'] as const satisfies readonly StoreChannel[];
export type MainAnsweredChannel = MainChannel | (typeof MAIN_WRAPPED_CHANNELS)[number];

/**
 * One handler per channel main answers, typed from the contract: a channel nobody wired is a
 * compile error here, not an `unknown-channel` at run time. A wrapped store write gets the
 * window's write id to pass on.
 */
export type MainHandlers = {
  [C in MainAnsweredChannel]: (request: RequestOf<C>, writeId?: string) => Promise<Result<ResponseOf<C>>>;
};

export interface RouterDeps {
  trustedOrigin: string;
  /** The store client's typed call, which checks the reply; `writeId` is set on store writes (names.ts: applied once). */
  forward: StoreCalls['call'];
  /** Channels main answers itself (file dialogs, files on disk, main's own state, wrapped writes). */
  local: MainHandlers;
}

const mainAnswered: ReadonlySet<string> = new Set<string>([...MAIN_CHANNEL_NAMES, ...MAIN_WRAPPED_CHANNELS]);
function isMainAnswered(channel: Channel): channel is MainAnsweredChannel {
  return mainAnswered.has(channel);
}

type AnyHandler = (request: unknown, writeId?: string) => Promise<Result<unknown>>;
type ForwardAny = (channel: StoreChannel, request: unknown, writeId?: string) => Promise<Result<unknown>>;

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
      try {
        // Each map is keyed by channel, so the lookup pairs the parsed request with its own
        // handler; TypeScript cannot follow that through a channel known only at run time.
        if (!isMainAnswered(channel)) return await (deps.forward as ForwardAny)(channel, request.value, writeId);
        // The store's answers were checked as they entered main (store-calls.ts); main's own are
        // checked here, once, before they leave for the window.
        const reply = await (deps.local[channel] as AnyHandler)(request.value, writeId);
        const checked = resultSchema(spec.response).safeParse(reply);
        if (!checked.success) return fail('invalid-reply', `Main's answer to "${channel}" does not match the contract.`);
        return checked.data as Result<unknown>;
      } catch (error) {
        return fail('internal', `The request failed unexpectedly: ${String(error)}`);
      }
    },
  };
}
