/** What the week screen says when there is nothing to draw: no plan at all, or an empty week. */
import { EmptyState } from '../shared/LoadStates';

export function NoPlanYet({ onSetUp }: { onSetUp: () => void }) {
  return (
    <EmptyState title="No study week yet" action="Set up your profile" onAction={onSetUp}>
      <p>Your weekly sessions are built from your plan. Save your starting point and availability, and MLE Path schedules them for you.</p>
    </EmptyState>
  );
}

const REASONS = {
  past: 'The calendar keeps past weeks as they were, and it only plans sessions from the week you first open onwards, so nothing was planned for this one.',
  current: 'The sessions that fit your availability this week were already over when the calendar first opened it, or your plan has no open milestones left. Next week’s sessions are ready.',
  future: 'No study time fits into this week: your plan may be finished, or your availability has no windows left. You can change your availability in your profile.',
} as const;

export function WeekEmpty({ when, onProfile }: { when: keyof typeof REASONS; onProfile: () => void }) {
  return (
    <section className="card empty-state" aria-labelledby="week-empty-title" data-testid="week-empty">
      <h2 id="week-empty-title">No study sessions this week</h2>
      <p className="muted">{REASONS[when]}</p>
      {when === 'future' && (
        <button type="button" className="button button-secondary" onClick={onProfile}>
          Change availability
        </button>
      )}
    </section>
  );
}
