/**
 * How the plan was made, in the learner's words: the last re-plan that reset the schedule and
 * why, how long the plan is against the sources' figure, and where each area's level (and so
 * each phase's length) came from, including what the quiz changed.
 */
import type { Plan } from '../../../shared/domain/plan';
import { useDisplayFormat } from '../shared/locale';

export function PlanBasis({ plan }: { plan: Plan }) {
  const format = useDisplayFormat();
  const levels = Object.values(plan.levels);
  return (
    <section className="card stack plan-basis" aria-labelledby="plan-basis-title">
      <h2 id="plan-basis-title">How this plan was made</h2>
      {plan.lastReplan && (
        <p data-testid="replan-note">
          Re-planned on {format.day(plan.lastReplan.on)}: finish moved from {format.day(plan.lastReplan.fromEtaDate)} to{' '}
          {format.day(plan.lastReplan.toEtaDate)} because {format.message(plan.lastReplan.reason)}. &ldquo;On track&rdquo; is measured against this plan from that day;
          ticks and bookings never reset it.
        </p>
      )}
      <p data-testid="timeline-note">{format.message(plan.timelineNote)}</p>
      <ul className="plan-basis-levels" data-testid="level-notes">
        {levels.map((l) => (
          <li key={l.note}>{format.message(l.note)}</li>
        ))}
      </ul>
      <p className="muted small">
        Sessions are placed inside your study windows week by week; each milestone&apos;s dates are the dates of its sessions, so this page, the
        timeline and the week calendar always show the same plan.
      </p>
    </section>
  );
}
