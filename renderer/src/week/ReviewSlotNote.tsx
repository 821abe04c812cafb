/**
 * The week's review slot (shared/review/review-slot.ts): when, how long, how many reviews are due,
 * and whether it is free time or the last minutes of a session, so the learner sees it counted
 * within their weekly hours.
 */
import type { WeekView } from '../../../shared/ipc/contract';
import { useDisplayFormat } from '../shared/locale';

export function ReviewSlotNote({ slot, timeZone, sessionTitle, onOpen }: { slot: NonNullable<WeekView['reviewSlot']>; timeZone: string; sessionTitle: string | null; onOpen: () => void }) {
  const format = useDisplayFormat();
  return (
    <section className="card week-review" aria-labelledby="week-review-title" data-testid="week-review-slot">
      <div className="stack">
        <h2 id="week-review-title" className="week-review-title">
          Review slot: {format.weekdayTime(slot.startUtc, timeZone)}–{format.timeAt(slot.endUtc, timeZone)}
        </h2>
        <p className="small">
          {format.duration(slot.minutes)} for {format.number(slot.dueCount)} {slot.dueCount === 1 ? 'review' : 'reviews'} due this week,{' '}
          {slot.withinSessionId
            ? `the last minutes of ${sessionTitle ? `your “${sessionTitle}” session` : 'that session'}: your week is full, so the review comes out of its study time, not on top of your weekly hours.`
            : 'in free time inside your study windows, counted within your weekly hours.'}
        </p>
      </div>
      <button type="button" className="button button-secondary" onClick={onOpen}>
        Open review
      </button>
    </section>
  );
}
