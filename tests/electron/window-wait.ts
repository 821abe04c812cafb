/**
 * Finding one of the app's windows by URL. A new window is reported to Playwright while it is
 * still on about:blank and reaches app://ui a moment later, so a one-shot check (a
 * `waitForEvent('window', predicate)` predicate is tested once, on the about:blank page) can wait
 * forever. This looks again every `intervalMs` until the URL matches. No Playwright import, so
 * the unit tier tests it with plain objects.
 */
export interface HasUrl {
  url(): string;
}

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Named in the timeout error. */
  what: string;
}

export async function waitForPage<P extends HasUrl>(pages: () => readonly P[], matches: (url: string) => boolean, options: WaitOptions): Promise<P> {
  const started = Date.now();
  for (;;) {
    const found = pages().find((p) => matches(p.url()));
    if (found) return found;
    if (Date.now() - started > options.timeoutMs) {
      throw new Error(`No ${options.what} within ${options.timeoutMs / 1000} s; pages: ${pages().map((p) => p.url()).join(', ') || 'none'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
}

export const isUiUrl = (url: string) => url.startsWith('app://ui/');
export const isStoreUrl = (url: string) => url.startsWith('app://store/');
