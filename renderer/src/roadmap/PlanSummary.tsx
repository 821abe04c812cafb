/** The four numbers a learner checks first: progress, schedule, finish date, money. */
import type { PlanView } from '../../../shared/ipc/contract';
import { formatDay, formatHours, formatUsd, scheduleStatusText } from '../shared/format';

export function PlanSummary({ view }: { view: PlanView }) {
  const { plan, progress } = view;
  const status = scheduleStatusText(progress);
  return (
    <section className="stats" aria-label="Plan summary">
      <div className="card stat">
        <span className="stat-label">Progress</span>
        <span className="stat-value" data-testid="overall-progress">
          {progress.overallPercent} %
        </span>
        <div className="meter" role="progressbar" aria-label="Overall progress" aria-valuenow={progress.overallPercent} aria-valuemin={0} aria-valuemax={100}>
          <span style={{ width: `${progress.overallPercent}%` }} />
        </div>
      </div>
      <div className="card stat">
        <span className="stat-label">Schedule</span>
        <span className={`stat-value ${progress.status === 'behind' ? 'text-warning' : ''}`} data-testid="schedule-status">
          {status}
        </span>
        <span className="stat-note">
          {formatHours(progress.achievedHours)} done of {formatHours(progress.expectedHours)} due by today
        </span>
      </div>
      <div className="card stat">
        <span className="stat-label">Estimated finish</span>
        <span className="stat-value" data-testid="eta">
          {formatDay(plan.etaDate)}
        </span>
        <span className="stat-note">
          {plan.durationMonths} months
          {plan.typicalMonths ? ` · typical for your background: ${plan.typicalMonths.min}–${plan.typicalMonths.max}` : ''}
        </span>
      </div>
      <div className="card stat">
        <span className="stat-label">Exam budget</span>
        <span className={`stat-value ${plan.budget.withinBudget ? '' : 'text-warning'}`}>
          {formatUsd(plan.budget.plannedUsd)} <span className="stat-of">of {formatUsd(plan.budget.budgetUsd)}</span>
        </span>
        <span className="stat-note">{plan.budget.withinBudget ? 'Within budget' : 'Trimmed to fit your budget'}</span>
      </div>
    </section>
  );
}
