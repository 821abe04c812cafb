/** The loading and load-failure states every screen shows, worded per screen by the caller. */
import type { ReactNode } from 'react';

export function LoadingCard({ children }: { children: ReactNode }) {
  return (
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
