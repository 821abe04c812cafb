/**
 * The loading, load-failure and empty states every screen shows, worded per screen by the
 * caller. `Loaded` picks between them for a read from the data layer (or several combined with
 * `allOf`), so no screen writes its own loading / error / retry switch.
 */
import type { ReactNode } from 'react';

export function LoadingCard({ children, live }: { children: ReactNode; live?: 'status' | 'polite' }) {
  return live === 'polite' ? (
    <div className="card skeleton" aria-busy="true" aria-live="polite">
      {children}
    </div>
  ) : (
    <div className="card skeleton" aria-busy="true" role="status">
      {children}
    </div>
  );
}

export function LoadError({ what, message, onRetry }: { what: string; message: string; onRetry: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <p>
        {what} could not be loaded: {message}
      </p>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

/** "Nothing here yet": a heading, why, and the one thing to do about it. */
export function EmptyState({ title, children, action, onAction }: { title: string; children: ReactNode; action: string; onAction: () => void }) {
  return (
    <div className="card empty-state">
      <h1>{title}</h1>
      {children}
      <button type="button" className="button button-primary" onClick={onAction}>
        {action}
      </button>
    </div>
  );
}

/** What `Loaded` needs of a read: TanStack Query's result has these fields. */
export type Loadable<T> =
  | { status: 'success'; data: T; error: null; refetch: () => unknown }
  | { status: 'pending' | 'error'; data: T | undefined; error: { message: string } | null; refetch: () => unknown };

/**
 * Several reads as one: pending while any is, failed if any failed (its message, and a retry
 * that asks again only what failed), else every answer.
 */
export function allOf<const T extends readonly Loadable<unknown>[]>(...reads: T): Loadable<{ [K in keyof T]: T[K] extends Loadable<infer V> ? V : never }> {
  const failed = reads.filter((r) => r.status === 'error');
  const refetch = () => {
    for (const r of failed) void r.refetch();
  };
  if (failed[0]) return { status: 'error', data: undefined, error: failed[0].error, refetch };
  if (reads.some((r) => r.status === 'pending')) return { status: 'pending', data: undefined, error: null, refetch };
  // Every read succeeded, so each `data` is its answer; map() cannot carry the tuple's types.
  const data = reads.map((r) => r.data) as { [K in keyof T]: T[K] extends Loadable<infer V> ? V : never };
  return { status: 'success', data, error: null, refetch };
}

/** A read's answer made into what a screen shows; a read under way or failed stays so. */
export function mapLoaded<T, U>(read: Loadable<T>, fn: (data: T) => U): Loadable<U> {
  return read.status === 'success' ? { ...read, data: fn(read.data) } : { status: read.status, data: undefined, error: read.error, refetch: read.refetch };
}

/**
 * A read's three states: `loading` while it is under way (and `live` for how the card is
 * announced), the failure with "Try again", else `children` with the answer.
 */
export function Loaded<T>({
  read,
  what,
  loading,
  live,
  children,
}: {
  read: Loadable<T>;
  /** The failure's subject: "Your roadmap" could not be loaded. */
  what: string;
  loading: ReactNode;
  live?: 'status' | 'polite';
  children: (data: T) => ReactNode;
}) {
  if (read.status === 'success') return <>{children(read.data)}</>;
  if (read.status === 'error') return <LoadError what={what} message={read.error?.message ?? ''} onRetry={() => void read.refetch()} />;
  return <LoadingCard {...(live ? { live } : {})}>{loading}</LoadingCard>;
}
