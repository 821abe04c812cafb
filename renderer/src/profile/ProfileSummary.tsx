/** What is stored right now, as the learner would read it back. */
import { BACKGROUND_LABELS } from '../../../shared/domain/profile-options';
import type { SavedProfile } from '../../../shared/ipc/contract';
import { useDisplayFormat, useLearnerZone } from '../shared/locale';

export function ProfileSummary({ saved }: { saved: SavedProfile | null }) {
  const format = useDisplayFormat();
  const timeZone = useLearnerZone();
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
          <dd>{format.number(profile.weeklyHours)} hours a week</dd>
        </div>
        <div>
          <dt>Budget</dt>
          <dd>{format.usd(profile.budgetUsd)}</dd>
        </div>
        <div>
          <dt>Start date</dt>
          <dd>{format.dayLong(profile.startDate)}</dd>
        </div>
      </dl>
      <p className="muted small">Last saved {format.dateTime(savedAt, timeZone)}</p>
    </aside>
  );
}
