/**
 * Unsaved typing that must not be lost by changing screen. A form with changes registers what it
 * would lose; navigation asks before leaving. Deliberately one slot: one form is on screen at a
 * time. Pure apart from the confirm callback, which the app passes in (window.confirm).
 */
let guard: (() => string | null) | null = null;

/** Registers the current screen's check (null removes it). Returns a function that removes it. */
export function setLeaveGuard(check: (() => string | null) | null): () => void {
  guard = check;
  return () => {
    if (guard === check) guard = null;
  };
}

/** True when the screen may change: nothing unsaved, or the learner agreed to discard it. */
export function mayLeave(confirm: (message: string) => boolean): boolean {
  const message = guard?.() ?? null;
  if (message === null) return true;
  const leave = confirm(message);
  if (leave) guard = null;
  return leave;
}
