/**
 * Where the keyboard and a screen reader land after a screen change: on the new screen's heading,
 * as in a native app whose window changes page, instead of staying on the sidebar button (or
 * falling to <body> when the button that was pressed went away with the old screen). And the
 * window title names the screen, which is what the OS's window list and a screen reader say.
 */

/** "Week — MLE Path": the window title for a screen, as the OS shows it in its window list. */
export function windowTitle(screenLabel: string): string {
  return `${screenLabel} — MLE Path`;
}

/**
 * The learner has not put the focus somewhere inside the new screen themselves: it is on the
 * page (nothing focused), in the sidebar, or on an element the screen change removed.
 */
function focusIsFree(root: HTMLElement): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === root || !root.contains(active);
}

/**
 * Focuses the first <h1> inside `root` as soon as it is there: screens load their data first,
 * so the heading may come a moment after the change. Gives up after `timeoutMs` (a screen that
 * failed to load shows its alert, which is announced by itself). Returns a function that stops
 * waiting, for when the learner moves on before the heading appears.
 */
export function focusScreenHeading(root: HTMLElement, timeoutMs = 10_000): () => void {
  const tryFocus = (): boolean => {
    const heading = root.querySelector('h1');
    if (!heading) return false;
    if (focusIsFree(root)) {
      // Focusable by script only: a heading is not a Tab stop.
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = window.setTimeout(stop, timeoutMs);
  function stop(): void {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(root, { childList: true, subtree: true });
  return stop;
}

/** The skip link's target: the screen's heading if it has one yet, else the main region itself. */
export function focusMainContent(root: HTMLElement): void {
  const target: HTMLElement = root.querySelector('h1') ?? root;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
}
