/**
 * What the costs screen adds up: the expense list, plus fees recorded on the certifications
 * screen beyond what expenses tagged with that certification cover (never counted twice), and
 * the budget comparison when there is a plan.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/domain/plan';
import type { CertificationStatus, Spending } from '../../../../shared/domain/records';
import { createDisplayFormat } from '../../../../shared/locale/display-format';
import { costTotals, formatMoney } from '../../../../renderer/src/costs/costs-model';

const spend = (id: string, amountUsd: number, certId: string | null = null) => ({ id, date: '2026-12-01', amountUsd, label: id, certId }) as Spending;
const cert = (certId: string, spentUsd: number) => ({ certId, status: 'exam-booked', examDate: '2027-02-01', passedOn: null, spentUsd }) as CertificationStatus;
// Only the fields the budget comparison reads.
const plan = { budget: { budgetUsd: 900, plannedUsd: 450 }, certifications: [{ certId: 'cert.a', costUsd: 300 }, { certId: 'cert.b', costUsd: 150 }] } as unknown as Plan;

describe('costTotals', () => {
  it('adds a certification’s recorded fee only beyond what its tagged expenses cover', () => {
    const totals = costTotals(null, [spend('book', 40), spend('exam a', 200, 'cert.a')], [cert('cert.a', 300), cert('cert.b', 0)]);
    expect(totals.expensesUsd).toBe(240);
    expect(totals.certificationFees).toEqual([{ certId: 'cert.a', amountUsd: 100 }]);
    expect(totals.spentUsd).toBe(340);
    expect(totals.plan).toBeNull();
  });

  it('never counts a fee twice when the expenses already cover it', () => {
    const totals = costTotals(null, [spend('exam a', 300, 'cert.a')], [cert('cert.a', 250)]);
    expect(totals.certificationFees).toEqual([]);
    expect(totals.spentUsd).toBe(300);
  });

  it('rounds to cents', () => {
    expect(costTotals(null, [spend('a', 0.1), spend('b', 0.2)], []).spentUsd).toBe(0.3);
  });

  it('compares with the plan: what is left once the exams not yet paid are paid', () => {
    const totals = costTotals(plan, [spend('exam a', 300, 'cert.a'), spend('course', 500)], []);
    expect(totals.plan).toEqual({ budgetUsd: 900, plannedUsd: 450, remainingUsd: -50, overBudget: true });
  });
});

describe('formatMoney', () => {
  it('writes cents only when the amount has them', () => {
    const format = createDisplayFormat(['en-US']);
    expect(formatMoney(150, format)).toBe('$150');
    expect(formatMoney(12.5, format)).toBe('$12.50');
  });
});
