/**
 * The renderer's data layer: every read is a TanStack Query cache entry keyed by
 * `[channel, request]` over the typed bridge, so two screens asking the same question share one
 * answer. Main's events write what they carry straight into the cache (`connectEvents`), and
 * writes put their reply there (`putAnswer`), so nothing is fetched again that an event or a
 * reply already delivered.
 *
 * Freshness: the answers main keeps current with an event (the plan, the profile, settings, the
 * calendar file's status, the desktop status) never go stale; the content pack in use is read
 * once and again only when main announces a switch of pack; every other answer is read again
 * when a screen that shows it opens, as before the cache existed, because a write on another
 * screen may have changed it without an event.
 */
import {
  notifyManager,
  QueryClient,
  queryOptions,
  useMutation,
  useMutationState,
  useQuery,
  type QueryKey,
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { Channel, EventName, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';

/** A store or main refusal, thrown so the cache records it as the query's error. */
export class PlannerError extends Error {
  readonly failure: IpcError;
  constructor(failure: IpcError) {
    super(failure.message);
    this.name = 'PlannerError';
    this.failure = failure;
  }
}

/** What a failed write reports to a screen: the store's refusal, or the fault itself in its words. */
export function failureOf(error: unknown): IpcError {
  return error instanceof PlannerError ? error.failure : { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/** The cache key of one question: the channel and exactly the request sent on it. */
export function keyOf<C extends Channel>(channel: C, request: RequestOf<C>): readonly [C, RequestOf<C>] {
  return [channel, request];
}

/** One invoke whose refusal becomes a thrown PlannerError (what a query or mutation function needs). */
export async function call<C extends Channel>(planner: PlannerBridge, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await planner.invoke(channel, request);
  if (!result.ok) throw new PlannerError(result.error);
  return result.value;
}

/** The reads main announces every change of, and the event that carries the new answer. */
export const EVENT_FED = {
  'plan:get': 'plan:changed',
  'profile:get': 'profile:changed',
  'settings:get': 'settings:changed',
  'calendar:sync-status': 'calendar:sync-changed',
  'app:desktop-status': 'app:desktop-status-changed',
  'timer:get': 'timer:changed',
} as const satisfies Partial<Record<Channel, EventName>>;

function isEventFed(channel: Channel): channel is keyof typeof EVENT_FED {
  return channel in EVENT_FED;
}

/**
 * Reads main announces every change of with an event that does not carry the new answer (a
 * switch of content pack names the new pack; the pack itself is too big for every event): the
 * event marks them stale, and any on screen are read again at once.
 */
export const EVENT_REFRESHED = {
  'content:get': 'content:changed',
  'content:status': 'content:changed',
} as const satisfies Partial<Record<Channel, EventName>>;

function isEventRefreshed(channel: Channel): channel is keyof typeof EVENT_REFRESHED {
  return channel in EVENT_REFRESHED;
}

/** The query for one channel and request: what useChannel reads and what prefetching would use. */
export function channelQuery<C extends Channel>(planner: PlannerBridge, channel: C, request: RequestOf<C>) {
  return queryOptions<ResponseOf<C>, PlannerError, ResponseOf<C>, QueryKey>({
    queryKey: keyOf(channel, request),
    queryFn: () => call(planner, channel, request),
    staleTime: isEventFed(channel) || isEventRefreshed(channel) ? Infinity : 0,
  });
}

/**
 * One channel's answer for a component, shared with every other component asking the same. Read
 * only `status`, `data`, `error` and `refetch` from it: the component then renders again only
 * when one of those changes, not when an event rewrites an equal answer.
 */
export function useChannel<C extends Channel>(
  planner: PlannerBridge,
  channel: C,
  request: RequestOf<C>,
  options: { enabled?: boolean } = {},
): UseQueryResult<ResponseOf<C>, PlannerError> {
  return useQuery({ ...channelQuery(planner, channel, request), enabled: options.enabled ?? true });
}

/**
 * A part of one channel's answer (`select`, a function defined once outside the component): the
 * component renders again only when that part changes, however often the answer does.
 */
export function useChannelPart<C extends Channel, T>(
  planner: PlannerBridge,
  channel: C,
  request: RequestOf<C>,
  select: (answer: ResponseOf<C>) => T,
): UseQueryResult<T, PlannerError> {
  return useQuery({ ...channelQuery(planner, channel, request), select });
}

/**
 * A write on one channel as a mutation keyed `[channel]`: every write of that channel under way
 * can be listed with `usePendingWrites`, which is how a screen shows a change at once (the
 * request it sent) and marks it as saving until the store answers. Nothing to undo on a refusal:
 * the pending request simply stops being shown.
 */
export function useWrite<C extends Channel>(
  planner: PlannerBridge,
  channel: C,
  options: Omit<UseMutationOptions<ResponseOf<C>, PlannerError, RequestOf<C>>, 'mutationKey' | 'mutationFn'> = {},
): UseMutationResult<ResponseOf<C>, PlannerError, RequestOf<C>> {
  return useMutation({ ...options, mutationKey: [channel], mutationFn: (request: RequestOf<C>) => call(planner, channel, request) });
}

/** The requests of every `channel` write still waiting for the store, oldest first. */
export function usePendingWrites<C extends Channel>(channel: C): RequestOf<C>[] {
  return useMutationState({
    filters: { mutationKey: [channel], status: 'pending' },
    // Mutations keyed [channel] are made only by useWrite, whose variables are that channel's requests.
    select: (mutation) => mutation.state.variables as RequestOf<C>,
  });
}

/** Puts a reply into the cache as the answer to `[channel, request]`. */
export function putAnswer<C extends Channel>(client: QueryClient, channel: C, request: RequestOf<C>, answer: ResponseOf<C>): void {
  client.setQueryData<ResponseOf<C>>(keyOf(channel, request), answer);
}

/** The answer cached for `[channel, request]`, if any. */
export function cachedAnswer<C extends Channel>(client: QueryClient, channel: C, request: RequestOf<C>): ResponseOf<C> | undefined {
  return client.getQueryData<ResponseOf<C>>(keyOf(channel, request));
}

/** An event's payload as the new answer: a read still under way is dropped, it is older than the event. */
function putEventAnswer<C extends keyof typeof EVENT_FED>(client: QueryClient, channel: C, answer: ResponseOf<C>): void {
  // Every event-fed read takes no fields: its key is the channel and the empty request.
  const queryKey = [channel, {}] as const;
  void client.cancelQueries({ queryKey, exact: true });
  client.setQueryData<ResponseOf<C>>(queryKey, answer);
}

/**
 * Resolves once the cached plan is the one built with the profile saved at `savedAt` (a saved
 * profile's plan:changed follows its reply), so a screen opened next shows that plan without
 * reading it again. Should the event not come within `waitMs`, the plan is marked stale instead:
 * the next screen then reads it.
 */
export function planBuiltFrom(client: QueryClient, savedAt: string, waitMs = 2000): Promise<void> {
  const queryKey = keyOf('plan:get', {});
  const current = () => client.getQueryData<ResponseOf<'plan:get'>>(queryKey)?.savedAt === savedAt;
  if (current()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      off();
      clearTimeout(timer);
      resolve();
    };
    const off = client.getQueryCache().subscribe(() => {
      if (current()) done();
    });
    const timer = setTimeout(() => {
      void client.invalidateQueries({ queryKey, exact: true });
      done();
    }, waitMs);
  });
}

/**
 * Main's events into the cache. A plan change also marks the weeks stale: sessions are not in
 * the plan view, so a week on screen is read again (a read already under way is reused).
 *
 * An event that comes while a write from this window still waits for its reply is held until no
 * write is waiting, then applied with the reply's own update: main sends a write's events and
 * its reply on separate paths, in either order, and a tick must not draw the new plan once for
 * the event and again for the reply. Only the latest of each event is kept. Returns the function
 * that unsubscribes.
 */
export function connectEvents(client: QueryClient, planner: PlannerBridge): () => void {
  const held = new Map<EventName, () => void>();
  const apply = (event: EventName, run: () => void) => {
    if (client.isMutating() > 0) held.set(event, run);
    else run();
  };
  // Called as each write settles, in the same batch of notifications as its reply's update.
  const offWrites = client.getMutationCache().subscribe(() => {
    if (held.size === 0 || client.isMutating() > 0) return;
    const due = [...held.values()];
    held.clear();
    for (const run of due) run();
  });
  const offs = [
    planner.on('plan:changed', (view) =>
      apply('plan:changed', () => {
        putEventAnswer(client, 'plan:get', view);
        // A week read already under way may have started before this change was stored; its
        // answer would then land last and bring back what the change removed (a missed session
        // marked done, shown as missed again). So it is replaced by a read started now.
        void client.invalidateQueries({ queryKey: ['week:get'] });
      }),
    ),
    planner.on('profile:changed', (saved) => apply('profile:changed', () => putEventAnswer(client, 'profile:get', saved))),
    planner.on('settings:changed', (settings) => apply('settings:changed', () => putEventAnswer(client, 'settings:get', settings))),
    planner.on('calendar:sync-changed', (status) => apply('calendar:sync-changed', () => putEventAnswer(client, 'calendar:sync-status', status))),
    planner.on('app:desktop-status-changed', (status) => apply('app:desktop-status-changed', () => putEventAnswer(client, 'app:desktop-status', status))),
    planner.on('timer:changed', (timer) => apply('timer:changed', () => putEventAnswer(client, 'timer:get', timer))),
    // The old pack stays on screen until the new one is read: no screen falls back to "Loading".
    planner.on('content:changed', () =>
      apply('content:changed', () => {
        for (const channel of Object.keys(EVENT_REFRESHED)) void client.invalidateQueries({ queryKey: [channel] });
      }),
    ),
  ];
  return () => {
    offWrites();
    for (const off of offs) off();
  };
}

/**
 * A scheduler for the cache's notifications that runs everything raised in one task together, a
 * moment later: a write's reply put into the cache and the write marked settled (a few promise
 * steps apart inside TanStack Query) reach React in one batch, so the screen renders once.
 */
export function coalescing(later: (run: () => void) => void): (callback: () => void) => void {
  let due: (() => void)[] = [];
  return (callback) => {
    due.push(callback);
    if (due.length > 1) return;
    later(() => {
      const now = due;
      due = [];
      for (const run of now) run();
    });
  };
}

/**
 * The app's cache. Nothing is retried by itself (a store refusal is shown with its own "Try
 * again"), nothing waits for a network (the app has none: `networkMode: 'always'`), and window
 * focus does not refetch (events keep the answers current).
 */
export function createPlannerQueryClient(): QueryClient {
  notifyManager.setScheduler(coalescing((run) => setTimeout(run, 0)));
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, networkMode: 'always', refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
