/** The four numbers a learner checks first: progress, schedule, finish date, money. */
import type { PlanView } from '../../../shared/ipc/contract';
import { scheduleStatusText } from '../shared/format';
import { useDisplayFormat } from '../shared/locale';

export function PlanSummary({ view }: { view: PlanView }) {
  const format = useDisplayFormat();
  const { plan, progress } = view;
  const status = scheduleStatusText(progress, format);
  return (
    <section className="stats" aria-label="Plan summary">
      <div className="card stat">
        <span className="stat-label">Progress</span>
        <span className="stat-value" data-testid="overall-progress">
          {format.percent(progress.overallPercent)}
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
          {format.hours(progress.achievedHours)} done of {format.hours(progress.expectedHours)} due by today
        </span>
      </div>
      <div className="card stat">
        <span className="stat-label">Estimated finish</span>
        <span className="stat-value" data-testid="eta">
          {format.day(plan.etaDate)}
        </span>
        <span className="stat-note">
          {format.number(plan.durationMonths)} months
          {plan.typicalMonths ? ` · typical for your background: ${format.number(plan.typicalMonths.min)}–${format.number(plan.typicalMonths.max)}` : ''}
        </span>
      </div>
      <div className="card stat">
        <span className="stat-label">Exam budget</span>
        <span className={`stat-value ${plan.budget.withinBudget ? '' : 'text-warning'}`}>
          {format.usd(plan.budget.plannedUsd)} <span className="stat-of">of {format.usd(plan.budget.budgetUsd)}</span>
        </span>
        <span className="stat-note">{plan.budget.withinBudget ? 'Within budget' : 'Trimmed to fit your budget'}</span>
      </div>
    </section>
  );
}
