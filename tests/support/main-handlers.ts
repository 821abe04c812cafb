/**
 * Fakes of main's typed store calls and handler map for unit tests.
 *
 * For router tests that wire only the channels they test: every other channel main answers gets
 * a handler that refuses with a message naming it, so the router's handler map stays complete
 * and a test that reaches an unwired channel fails with that channel's name.
 */
import { createIpcRouter, MAIN_WRAPPED_CHANNELS, type IpcRouter, type MainAnsweredChannel, type MainHandlers } from '../../electron/main/core/ipc-router';
import { MAIN_CHANNEL_NAMES } from '../../shared/ipc/names';
import { fail, type Result } from '../../shared/ipc/result';
import { storeCalls, type CallRequest, type CallResponse, type StoreCallChannel, type StoreCalls, type StoreTransport } from '../../electron/main/core/store-calls';

export function unwiredMainHandlers(): MainHandlers {
  // Each handler refuses whatever it is asked, so one shape fits every channel's signature.
  const handlers = {} as Record<MainAnsweredChannel, () => Promise<Result<never>>>;
  for (const name of [...MAIN_CHANNEL_NAMES, ...MAIN_WRAPPED_CHANNELS]) handlers[name] = async () => fail('internal', `"${name}" is not wired in this test.`);
  return handlers;
}

/**
 * Typed store calls over a hand-written fake store whose answers carry only the fields the code
 * under test reads. Replies on `checked` channels are checked as main checks every reply (so a
 * test can send a malformed one); the others are passed on as the fake wrote them: the test is
 * about what main does with an answer, and the check itself is tested over real store answers.
 */
export function fakeStoreCalls(fake: StoreTransport, checked: readonly StoreCallChannel[] = []): StoreCalls {
  const real = storeCalls(fake);
  return {
    call: <C extends StoreCallChannel>(channel: C, request: CallRequest<C>, writeId?: string) =>
      checked.includes(channel)
        ? real.call(channel, request, writeId)
        : // The fake answers in the channel's shape as far as the test needs; see above.
          (fake.request(channel, request, writeId) as Promise<Result<CallResponse<C>>>),
  };
}

/** A router whose store records each channel that reaches it and answers null: for what must be refused before forwarding. */
export function recordingRouter(trustedOrigin: string): { router: IpcRouter; forwarded: string[] } {
  const forwarded: string[] = [];
  const router = createIpcRouter({
    trustedOrigin,
    forward: storeCalls({
      request: async (channel) => {
        forwarded.push(channel);
        return { ok: true, value: null };
      },
    }).call,
    local: unwiredMainHandlers(),
  });
  return { router, forwarded };
}
