/** The profile screen: loads the saved profile, shows the form and what is stored. */
import { useEffect, useState } from 'react';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { SavedProfile } from '../../../shared/ipc/contract';
import { ProfileForm } from './ProfileForm';
import { ProfileSummary } from './ProfileSummary';
import { LoadError } from '../shared/LoadStates';

type LoadState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; saved: SavedProfile | null };

export function ProfileScreen({ planner, onSaved }: { planner: PlannerBridge; onSaved?: (saved: SavedProfile) => void }) {
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void planner.invoke('profile:get', {}).then((result) => {
      if (!live) return;
      setState(result.ok ? { kind: 'loaded', saved: result.value } : { kind: 'error', message: result.error.message });
    });
    const off = planner.on('profile:changed', (saved) => {
      if (live) setState({ kind: 'loaded', saved });
    });
    return () => {
      live = false;
      off();
    };
  }, [planner, attempt]);

  return (
    <div className="screen">
      <div className="screen-head">
        <h1>Your starting point</h1>
        <p className="lede">
          Tell MLE Path where you are starting from and what you can invest. Your roadmap, certification plan and
          weekly calendar are built from these answers, and you can change them at any time.
        </p>
      </div>
      {state.kind === 'loading' && (
        <div className="card skeleton" aria-busy="true" aria-live="polite">
          Loading your profile…
        </div>
      )}
      {state.kind === 'error' && (
        <LoadError what="Your profile" message={state.message} onRetry={() => setAttempt((n) => n + 1)} />
      )}
      {state.kind === 'loaded' && (
        <div className="screen-grid">
          <ProfileForm
            planner={planner}
            saved={state.saved}
            onSaved={(saved) => {
              setState({ kind: 'loaded', saved });
              onSaved?.(saved);
            }}
          />
          <ProfileSummary saved={state.saved} />
        </div>
      )}
    </div>
  );
}
