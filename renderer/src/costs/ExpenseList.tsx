/**
 * The expenses the learner logged, newest first, each with a delete button. A deletion can be
 * undone once (the expense is added again with the same details).
 */
import { useRef, useState } from 'react';
import type { Spending } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import { useContent, type Content } from '../shared/content';
import { useDisplayFormat } from '../shared/locale';
import { formatMoney } from './costs-model';

interface Props {
  planner: PlannerBridge;
  spending: readonly Spending[];
  onRemoved: (id: string) => void;
  onAdded: (row: Spending) => void;
}

type Status = { kind: 'idle' } | { kind: 'deleted'; row: Spending } | { kind: 'error'; message: string };

function certShort(content: Content, certId: string | null): string {
  if (!certId) return '—';
  const cert = content.certification(certId);
  return cert ? (cert.code ?? cert.name) : certId;
}

export function ExpenseList({ planner, spending, onRemoved, onAdded }: Props) {
  const format = useDisplayFormat();
  const content = useContent();
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  const newestFirst = [...spending].reverse();
  const total = spending.reduce((sum, s) => sum + s.amountUsd, 0);

  async function remove(row: Spending) {
    if (pending.has(row.id)) return;
    setPending((p) => new Set(p).add(row.id));
    const result = await planner.invoke('spending:delete', { id: row.id });
    setPending((p) => {
      const next = new Set(p);
      next.delete(row.id);
      return next;
    });
    if (result.ok || result.error.code === 'not-found') {
      onRemoved(row.id);
      setStatus({ kind: 'deleted', row });
      // The button that had focus is gone; keep keyboard users in the list.
      heading.current?.focus();
    } else {
      setStatus({ kind: 'error', message: `“${row.label}” could not be deleted: ${result.error.message}` });
    }
  }

  async function undo(row: Spending) {
    const result = await planner.invoke('spending:add', { date: row.date, amountUsd: row.amountUsd, label: row.label, certId: row.certId });
    if (result.ok) {
      onAdded(result.value);
      setStatus({ kind: 'idle' });
      heading.current?.focus();
    } else {
      setStatus({ kind: 'error', message: `“${row.label}” could not be restored: ${result.error.message}` });
    }
  }

  return (
    <div className="costs-expenses">
      <h3 ref={heading} tabIndex={-1}>
        Your expenses
      </h3>
      <div role="status" aria-live="polite" className="costs-list-status">
        {status.kind === 'deleted' && (
          <p className="costs-undo">
            Deleted “{status.row.label}” ({formatMoney(status.row.amountUsd, format)}).{' '}
            <button type="button" className="costs-link" onClick={() => void undo(status.row)}>
              Undo
            </button>
          </p>
        )}
      </div>
      {status.kind === 'error' && (
        <p className="alert alert-error" role="alert">
          {status.message}
        </p>
      )}
      {spending.length === 0 ? (
        <p className="muted" data-testid="expenses-empty">
          No expenses yet. Add exam fees, vouchers, courses or books as you pay for them.
        </p>
      ) : (
        <div className="costs-table-wrap">
          <table className="costs-table" data-testid="expense-table">
            <caption className="sr-only">Expenses, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">What for</th>
                <th scope="col">Certification</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((row) => (
                <tr key={row.id} data-testid="expense-row">
                  <td className="nowrap">{format.day(row.date)}</td>
                  <td>{row.label}</td>
                  <td>{certShort(content, row.certId)}</td>
                  <td className="num">{formatMoney(row.amountUsd, format)}</td>
                  <td className="costs-actions">
                    <button
                      type="button"
                      className="button button-secondary costs-delete"
                      aria-disabled={pending.has(row.id) || undefined}
                      aria-label={`Delete “${row.label}”, ${formatMoney(row.amountUsd, format)} on ${format.day(row.date)}`}
                      onClick={() => void remove(row)}
                    >
                      {pending.has(row.id) ? 'Deleting…' : 'Delete'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  Total logged
                </th>
                <td className="num" data-testid="expense-total">
                  {formatMoney(Math.round(total * 100) / 100, format)}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
