/**
 * What the costs screen computes from the learner's records: money spent (the expense list plus
 * fees recorded on the certifications screen that no expense accounts for yet), and how that
 * compares with the plan's exams and the budget (`costSummary` from the planner, so the numbers
 * match everywhere they are shown).
 */
import type { Plan } from '../../../shared/domain/plan';
import type { CertificationStatus, Spending } from '../../../shared/domain/records';
import type { DisplayFormat } from '../../../shared/locale/display-format';
import { costSummary, type Spend } from '../../../shared/planner/progress';

export interface CertificationFee {
  certId: string;
  amountUsd: number;
}

export interface CostTotals {
  spentUsd: number;
  /** Sum of the expense list. */
  expensesUsd: number;
  /**
   * Amounts recorded per certification (certification:update's spentUsd) beyond what expenses
   * tagged with that certification already cover, so nothing is counted twice.
   */
  certificationFees: CertificationFee[];
  /** Null when there is no plan yet (no budget to compare with). */
  plan: { budgetUsd: number; plannedUsd: number; remainingUsd: number; overBudget: boolean } | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function costTotals(plan: Plan | null, spending: readonly Spending[], certifications: readonly CertificationStatus[]): CostTotals {
  const expensesUsd = round2(spending.reduce((sum, s) => sum + s.amountUsd, 0));
  const certificationFees = certifications.flatMap((c) => {
    const tagged = spending.filter((s) => s.certId === c.certId).reduce((sum, s) => sum + s.amountUsd, 0);
    const extra = round2(c.spentUsd - tagged);
    return extra > 0 ? [{ certId: c.certId, amountUsd: extra }] : [];
  });
  const spends: Spend[] = [
    ...spending.map((s) => (s.certId ? { amountUsd: s.amountUsd, certId: s.certId } : { amountUsd: s.amountUsd })),
    ...certificationFees,
  ];
  const spentUsd = round2(spends.reduce((sum, s) => sum + s.amountUsd, 0));
  if (!plan) return { spentUsd, expensesUsd, certificationFees, plan: null };
  const summary = costSummary(plan, spends);
  return {
    spentUsd,
    expensesUsd,
    certificationFees,
    plan: { budgetUsd: summary.budgetUsd, plannedUsd: summary.plannedUsd, remainingUsd: summary.remainingUsd, overBudget: summary.overBudget },
  };
}

/** Dollars in the learner's locale, with cents only when the amount has them ($150, $12.50). */
export function formatMoney(usd: number, format: DisplayFormat): string {
  return Number.isInteger(usd) ? format.usd(usd) : format.usdCents(usd);
}
