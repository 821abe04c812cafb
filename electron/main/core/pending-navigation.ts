/**
 * The screen main wants the UI to show (a clicked notification or tray item) until the UI page
 * can hear it. Main's `navigate` event reaches only a page whose React tree has subscribed; sent
 * to a window that is still loading, it arrived before the subscription and was lost.
 * So a navigation for a page that is not listening yet is held, and the page takes it exactly
 * once, right after it subscribes, with `app:take-pending-navigation`. From then on the page is
 * listening and navigations go out as events. No `electron` import: index.ts and the e2e harness
 * wire it to their windows.
 */
import type { EventPayloadOf } from '../../../shared/ipc/contract';
import { ok, type Result } from '../../../shared/ipc/result';

export type Navigation = EventPayloadOf<'navigate'>;

export interface PendingNavigation {
  /**
   * Main wants `navigation` shown. 'send': the page is listening, send the `navigate` event now.
   * 'held': kept (replacing any older one; only the latest click matters) for the page to take.
   */
  request(navigation: Navigation): 'send' | 'held';
  /** The page has subscribed: returns what is held, once (null if nothing), and marks it listening. */
  take(): Navigation | null;
  /** A new UI page is on its way (a new window, a reload): not listening yet; what is held stays. */
  pageLoading(): void;
  /** The UI window closed: nobody listens, and a navigation nobody took is stale, so it is dropped. */
  windowClosed(): void;
}

export function createPendingNavigation(): PendingNavigation {
  let held: Navigation | null = null;
  let listening = false;
  return {
    request(navigation) {
      if (listening) return 'send';
      held = navigation;
      return 'held';
    },
    take() {
      const taken = held;
      held = null;
      listening = true;
      return taken;
    },
    pageLoading() {
      listening = false;
    },
    windowClosed() {
      listening = false;
      held = null;
    },
  };
}

/** The router's local handler: main answers this channel itself; the store host never sees it. */
export function navigationChannels(pending: PendingNavigation) {
  return {
    'app:take-pending-navigation': async (): Promise<Result<Navigation | null>> => ok(pending.take()),
  };
}
