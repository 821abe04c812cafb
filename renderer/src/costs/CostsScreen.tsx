/**
 * Costs & salary: what the plan's exams cost against the budget and what the learner has
 * actually spent (chart plus a table with the same numbers), the expense list with add and
 * delete, the typical investment for the path, and salary bands by level with their sources.
 * Budget and planned exams follow re-plans through `plan:changed`.
 */
import type { PlanView } from '../../../shared/ipc/contract';
import type { ScreenProps } from '../screens';
import { useContent } from '../shared/content';
import { usePlanView } from '../shared/usePlanView';
import { SourceNote } from '../guide/SourceNote';
import { costTotals, formatMoney, type CostTotals } from './costs-model';
import { ExpenseForm } from './ExpenseForm';
import { ExpenseList } from './ExpenseList';
import { SalaryBands } from './SalaryBands';
import { SpendingChart, type ChartBar } from './SpendingChart';
import { useMoneyRecords } from './useMoneyRecords';
import './costs.css';
import { allOf, LoadError, LoadingCard } from '../shared/LoadStates';
import { useDisplayFormat } from '../shared/locale';

export default function CostsScreen({ planner, navigate }: ScreenProps) {
  const format = useDisplayFormat();
  const plan = usePlanView(planner);
  const records = useMoneyRecords(planner);

  const head = (
    <div className="screen-head">
      <h1>Costs &amp; salary</h1>
      <p className="lede">What your exams cost against your budget, what you have spent so far, and what the role pays.</p>
    </div>
  );

  const read = allOf(plan, records.read);
  if (read.status !== 'success') {
    return (
      <div className="screen">
        {head}
        {read.status === 'error' ? (
          <LoadError what="Your costs" message={read.error?.message ?? ''} onRetry={() => void read.refetch()} />
        ) : (
          <LoadingCard>Loading your costs…</LoadingCard>
        )}
      </div>
    );
  }

  const [view, [spending, certifications]] = read.data;
  const totals = costTotals(view?.plan ?? null, spending, certifications);

  return (
    <div className="screen">
      {head}
      <section className="card stack" aria-labelledby="costs-budget-title">
        <h2 id="costs-budget-title">Budget and spending</h2>
        {view ? (
          <BudgetOverview view={view} totals={totals} />
        ) : (
          <div className="empty-state">
            <p>
              You have spent <strong data-testid="cost-spent">{formatMoney(totals.spentUsd, format)}</strong> so far. Save your starting point to
              compare it with your budget and the exams your plan recommends.
            </p>
            <button type="button" className="button button-primary" onClick={() => navigate('profile')}>
              Set up your profile
            </button>
          </div>
        )}
      </section>

      <section className="card stack" aria-labelledby="costs-expenses-title">
        <h2 id="costs-expenses-title">Expenses</h2>
        <ExpenseForm planner={planner} planCertIds={view?.plan.certifications.map((c) => c.certId) ?? []} onAdded={records.added} />
        <ExpenseList planner={planner} spending={spending} onRemoved={records.removed} onAdded={records.added} />
      </section>

      <Investment plannedUsd={view?.plan.budget.plannedUsd ?? null} />
      <SalaryBands />
    </div>
  );
}

function BudgetOverview({ view, totals }: { view: PlanView; totals: CostTotals }) {
  const format = useDisplayFormat();
  const { certificationLabel } = useContent();
  const { plan } = view;
  const summary = totals.plan;
  if (!summary) return null;
  const overSpent = totals.spentUsd > summary.budgetUsd;
  const bars: ChartBar[] = [
    { label: 'Budget', valueUsd: summary.budgetUsd, tone: 'budget' },
    { label: 'Planned exams', valueUsd: summary.plannedUsd, tone: 'planned' },
    { label: 'Spent so far', valueUsd: totals.spentUsd, tone: overSpent ? 'over' : 'spent' },
  ];
  const certFeesUsd = totals.certificationFees.reduce((s, f) => s + f.amountUsd, 0);
  return (
    <>
      <div className="costs-overview">
        <SpendingChart bars={bars} />
        <table className="costs-summary" data-testid="cost-summary">
          <caption className="sr-only">Budget, planned exams and spending</caption>
          <tbody>
            <tr>
              <th scope="row">Budget</th>
              <td data-testid="cost-budget">{formatMoney(summary.budgetUsd, format)}</td>
            </tr>
            <tr>
              <th scope="row">
                Planned exams
                <span className="costs-sub">
                  {plan.certifications.length === 0 ? 'No exam in your plan' : plan.certifications.map((c) => certificationLabel(c.certId)).join(', ')}
                </span>
              </th>
              <td data-testid="cost-planned">{formatMoney(summary.plannedUsd, format)}</td>
            </tr>
            <tr>
              <th scope="row">
                Spent so far
                <span className="costs-sub">
                  {formatMoney(totals.expensesUsd, format)} in expenses
                  {certFeesUsd > 0 ? ` + ${formatMoney(certFeesUsd, format)} recorded on the Certifications screen` : ''}
                </span>
              </th>
              <td data-testid="cost-spent">{formatMoney(totals.spentUsd, format)}</td>
            </tr>
            <tr className={summary.overBudget ? 'is-over' : undefined}>
              <th scope="row">
                {summary.overBudget ? 'Over budget' : 'Left after planned exams'}
                <span className="costs-sub">Budget minus spending and exams not yet paid for</span>
              </th>
              <td data-testid="cost-remaining">{formatMoney(Math.abs(summary.remainingUsd), format)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className={plan.budget.withinBudget ? 'muted small' : 'alert alert-warning'}>{format.message(plan.budget.message)}</p>
    </>
  );
}

function Investment({ plannedUsd }: { plannedUsd: number | null }) {
  const format = useDisplayFormat();
  const inv = useContent().pack.investment;
  const { min, max } = inv.certSpendUsd;
  const count = inv.typicalCertCount;
  const comparison =
    plannedUsd === null
      ? null
      : plannedUsd < min
        ? 'below the typical range'
        : plannedUsd > max
          ? 'above the typical range'
          : 'within the typical range';
  return (
    <section className="card stack" aria-labelledby="costs-investment-title">
      <h2 id="costs-investment-title">Typical investment</h2>
      <div className="costs-investment">
        <span className="costs-big" data-testid="investment-range">
          {formatMoney(min, format)} – {formatMoney(max, format)}
        </span>
        <span className="muted">
          for {count.min}–{count.max} certifications
        </span>
      </div>
      <p className="small">{inv.covers}</p>
      {inv.leadsToRolesPayingFromUsd !== null && (
        <p className="small" data-testid="investment-leads-to">
          The source expects a path like this to build real momentum towards roles paying {formatMoney(inv.leadsToRolesPayingFromUsd, format)} or more.
        </p>
      )}
      {plannedUsd !== null && (
        <p className="small">
          The exams in your plan come to <strong>{formatMoney(plannedUsd, format)}</strong>, {comparison}.
        </p>
      )}
      <SourceNote source={inv.source} asOf={inv.asOf} />
    </section>
  );
}
