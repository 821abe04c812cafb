/**
 * The store host's lifecycle, owned by main, with no `electron` import so unit tests
 * and the e2e harness run it for real. It starts the store host at launch and connects it to the
 * store client once its page has loaded (calls made meanwhile queue in the client). When the
 * host's process is gone, every call it had pending fails with a clear error and a new host is
 * started; past MAX_RESTARTS restarts within RESTART_WINDOW_MS it stays down, and every call
 * fails at once with a message the learner can act on, instead of waiting for a host that
 * would only crash again. stop() (the app quitting) ends it for good.
 *
 * Side effects come in through a launcher: store-host.ts adapts Electron's hidden BrowserWindow
 * and MessageChannelMain, the e2e harness a Playwright page.
 */
import { StoreToMainSchema } from '../../../shared/ipc/store-protocol';
import type { StoreClient, StorePort } from './store-client';

/** Restarts allowed within RESTART_WINDOW_MS; the next crash in that window is a crash loop. */
export const MAX_RESTARTS = 5;
export const RESTART_WINDOW_MS = 60_000;
/** A host that neither says `ready` nor dies in this time is treated as gone (a hung page load). */
export const START_TIMEOUT_MS = 30_000;

/** What one store host reports. Reports from a host that was replaced or stopped are ignored. */
export interface StoreHostEvents {
  /**
   * Its page loaded and `port` reaches it. Call this before handing the page its end of the
   * channel, so the `ready` it answers with finds the port attached.
   */
  loaded(port: StorePort): void;
  /** A message arrived on the host's port. */
  message(message: unknown): void;
  /** Its process is gone (crashed, killed, closed); `reason` says how, e.g. "store host crashed". */
  gone(reason: string): void;
}

export interface StoreHostHandle {
  /** Ends this host. Called once it is gone and on stop(); must not throw if it is already gone. */
  destroy(): void;
}

export interface StoreHostLauncher {
  /** Starts a new store host (a hidden window loading the store page). */
  launch(events: StoreHostEvents): StoreHostHandle;
}

export interface SupervisorClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type SupervisorStatus = 'idle' | 'starting' | 'ready' | 'crash-loop' | 'stopped';

export interface StoreSupervisorOptions {
  client: StoreClient;
  launcher: StoreHostLauncher;
  clock: SupervisorClock;
  maxRestarts?: number;
  restartWindowMs?: number;
  startTimeoutMs?: number;
  log?: (message: string) => void;
  /** Every status change, in order (the e2e harness waits on these). */
  onStatus?: (status: SupervisorStatus) => void;
}

export interface StoreSupervisor {
  /** Starts the first store host. Refuses to run twice. */
  start(): void;
  /** The app is quitting: ends the host, fails what is waiting, never restarts. */
  stop(): void;
  readonly status: SupervisorStatus;
}

/**
 * Whether a host that just went away may be restarted: yes while fewer than `max` restarts
 * happened in the last `windowMs`. `recent` is the restart log to keep (older entries dropped,
 * `now` added when restarting), so spaced-out crashes never add up to a crash loop.
 */
export function restartDecision(restarts: readonly number[], now: number, max: number, windowMs: number): { restart: boolean; recent: number[] } {
  const recent = restarts.filter((t) => t > now - windowMs);
  return recent.length < max ? { restart: true, recent: [...recent, now] } : { restart: false, recent };
}

/** What every call answers once the host is left down: what happened, that data is safe, what to do. */
export function crashLoopMessage(crashes: number, windowMs: number): string {
  const window = windowMs === 60_000 ? 'a minute' : `${Math.round(windowMs / 1000)} seconds`;
  return (
    `MLE Path's data store stopped unexpectedly ${crashes} times within ${window}, so it is not being restarted again. ` +
    "What you saved before is safe on this computer. Quit MLE Path (Quit in its tray icon's menu) and open it again; " +
    'if this keeps happening, restart your computer.'
  );
}

export const QUIT_MESSAGE = 'MLE Path is closing, so its data store has stopped.';

export function createStoreSupervisor(options: StoreSupervisorOptions): StoreSupervisor {
  const { client, launcher, clock } = options;
  const maxRestarts = options.maxRestarts ?? MAX_RESTARTS;
  const windowMs = options.restartWindowMs ?? RESTART_WINDOW_MS;
  const startTimeoutMs = options.startTimeoutMs ?? START_TIMEOUT_MS;
  const log = options.log ?? ((message: string) => console.warn(`store host: ${message}`));

  let status: SupervisorStatus = 'idle';
  let restarts: number[] = [];
  /** Ends the current host; replaced on every launch. */
  let endCurrent: (() => void) | null = null;

  function setStatus(next: SupervisorStatus): void {
    status = next;
    options.onStatus?.(next);
  }

  function launch(): void {
    let ended = false;
    let attached = false;
    let handle: StoreHostHandle | null = null;
    let startTimer: unknown = null;
    const end = (): void => {
      if (ended) return;
      ended = true;
      if (startTimer !== null) clock.clearTimeout(startTimer);
      try {
        handle?.destroy();
      } catch (error) {
        log(`could not end the old store host: ${String(error)}`);
      }
    };
    const wentAway = (reason: string): void => {
      if (ended) return; // replaced, stopped, or already reported (a crash and a close both fire)
      end();
      onGone(reason);
    };
    endCurrent = end;
    setStatus('starting');
    startTimer = clock.setTimeout(() => {
      startTimer = null;
      wentAway(`store host did not start within ${Math.round(startTimeoutMs / 1000)} s`);
    }, startTimeoutMs);

    const events: StoreHostEvents = {
      loaded(port) {
        if (ended) {
          port.close();
          return;
        }
        // A second load of the same host (a reload) starts a new page: what the old one had
        // pending will never be answered.
        if (attached) client.detach('store host reloaded');
        attached = true;
        client.attach(port);
      },
      message(message) {
        if (ended || !attached) return;
        const parsed = StoreToMainSchema.safeParse(message);
        if (parsed.success && parsed.data.kind === 'ready') {
          if (startTimer !== null) clock.clearTimeout(startTimer);
          startTimer = null;
          client.receive(message);
          setStatus('ready');
          return;
        }
        // The store page reports a failure to open the database this way (electron/store/main.ts);
        // no call would ever be answered, so it counts as the host going away.
        if (parsed.success && parsed.data.kind === 'event' && parsed.data.event === 'store:failed') {
          wentAway(`store host could not open the database: ${String(parsed.data.payload).slice(0, 300)}`);
          return;
        }
        client.receive(message);
      },
      gone: wentAway,
    };

    try {
      handle = launcher.launch(events);
    } catch (error) {
      wentAway(`store host could not start: ${String(error)}`);
      return;
    }
    // Gone already while launching: end the handle we only now have.
    if (ended) handle.destroy();
  }

  function onGone(reason: string): void {
    client.detach(reason);
    if (status === 'stopped') return;
    const decision = restartDecision(restarts, clock.now(), maxRestarts, windowMs);
    restarts = decision.recent;
    if (!decision.restart) {
      log(`${reason}; ${maxRestarts + 1} stops within ${windowMs / 1000} s, not restarting`);
      setStatus('crash-loop');
      client.shutDown(crashLoopMessage(maxRestarts + 1, windowMs));
      return;
    }
    log(`${reason}; restarting`);
    launch();
  }

  return {
    get status() {
      return status;
    },
    start() {
      if (status !== 'idle') throw new Error(`The store supervisor was already started (${status}).`);
      launch();
    },
    stop() {
      if (status === 'stopped') return;
      setStatus('stopped');
      endCurrent?.();
      endCurrent = null;
      client.shutDown(QUIT_MESSAGE);
    },
  };
}
