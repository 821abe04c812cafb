/** What is stored right now, as the learner would read it back. */
import { format, parseISO } from 'date-fns';
import { BACKGROUND_LABELS } from '../../../shared/domain/profile-options';
import type { SavedProfile } from '../../../shared/ipc/contract';
import { formatUsd } from '../shared/format';

export function ProfileSummary({ saved }: { saved: SavedProfile | null }) {
  if (!saved) {
    return (
      <aside className="card summary summary-empty" aria-labelledby="summary-title">
        <h2 id="summary-title">Saved profile</h2>
        <p>Nothing saved yet. Your answers are stored on this computer only, and stay there between launches.</p>
      </aside>
    );
  }
  const { profile, savedAt } = saved;
  return (
    <aside className="card summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Saved profile</h2>
      <dl className="facts" data-testid="saved-profile">
        <div>
          <dt>Background</dt>
          <dd>{BACKGROUND_LABELS[profile.background]}</dd>
        </div>
        <div>
          <dt>Study time</dt>
          <dd>{profile.weeklyHours} hours a week</dd>
        </div>
        <div>
          <dt>Budget</dt>
          <dd>{formatUsd(profile.budgetUsd)}</dd>
        </div>
        <div>
          <dt>Start date</dt>
          <dd>{format(parseISO(profile.startDate), 'EEEE d MMMM yyyy')}</dd>
        </div>
      </dl>
      <p className="muted small">Last saved {format(parseISO(savedAt), "d MMM yyyy 'at' HH:mm")}</p>
    </aside>
  );
}
