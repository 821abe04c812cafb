/** The profile screen: loads the saved profile, shows the form and what is stored. */
import { useQueryClient } from '@tanstack/react-query';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { SavedProfile } from '../../../shared/ipc/contract';
import { planBuiltFrom, putAnswer, useChannel } from '../data/planner-query';
import { Loaded } from '../shared/LoadStates';
import { ProfileForm } from './ProfileForm';
import { ProfileSummary } from './ProfileSummary';
import './profile.css';

export function ProfileScreen({ planner, onSaved }: { planner: PlannerBridge; onSaved?: (saved: SavedProfile) => void }) {
  const client = useQueryClient();
  const profile = useChannel(planner, 'profile:get', {});

  return (
    <div className="screen">
      <div className="screen-head">
        <h1>Your starting point</h1>
        <p className="lede">
          Tell MLE Path where you are starting from and what you can invest. Your roadmap, certification plan and
          weekly calendar are built from these answers, and you can change them at any time.
        </p>
      </div>
      <Loaded read={profile} what="Your profile" loading="Loading your profile…" live="polite">
        {(saved) => (
          <div className="screen-grid">
            <ProfileForm
              planner={planner}
              saved={saved}
              onSaved={(next) => {
                putAnswer(client, 'profile:get', {}, next);
                // The plan built from it arrives with plan:changed right after this reply: the
                // next screen (the roadmap) shows that plan rather than reading it again.
                if (onSaved) void planBuiltFrom(client, next.savedAt).then(() => onSaved(next));
              }}
            />
            <ProfileSummary saved={saved} />
          </div>
        )}
      </Loaded>
    </div>
  );
}
