/**
 * Adding an expense: date, amount, what it was for and (optionally) the certification it paid
 * for. Main validates; its messages appear next to the fields they name and nothing is stored.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Spending } from '../../../shared/domain/records';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { RequestOf } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { perPack, useContent } from '../shared/content';
import { formatMoney } from './costs-model';
import { emptyExpense, expenseErrors, requestFromExpense, type ExpenseField, type ExpenseFormValues } from './expense-form';
import { failureHeading } from '../shared/WriteStatusBanner';
import { parseIsoDate } from '../../../shared/planner/time';
import { useDisplayFormat } from '../shared/locale';

interface Props {
  planner: PlannerBridge;
  /** Certifications in the learner's plan, listed first in the picker. */
  planCertIds: readonly string[];
  onAdded: (row: Spending) => void;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'added'; row: Spending } | { kind: 'error'; error: IpcError };

const FIELD_ORDER: readonly ExpenseField[] = ['date', 'amount', 'label', 'certId'];

const activeCertIdsOf = perPack((pack) => pack.certifications.filter((c) => c.status === 'active').map((c) => c.id));

export function ExpenseForm({ planner, planCertIds, onAdded }: Props) {
  const format = useDisplayFormat();
  const { pack, certificationLabel } = useContent();
  const id = useId();
  const [values, setValues] = useState<ExpenseFormValues>(() => emptyExpense(new Date()));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const errors = status.kind === 'error' ? expenseErrors(status.error) : { byField: {}, general: [] };
  const others = activeCertIdsOf(pack).filter((c) => !planCertIds.includes(c));

  function update(field: ExpenseField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    if (status.kind === 'added') setStatus({ kind: 'idle' });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (status.kind === 'saving') return;
    setStatus({ kind: 'saving' });
    // Sent as typed: main is the one validator (see expense-form.ts).
    const result = await planner.invoke('spending:add', requestFromExpense(values) as RequestOf<'spending:add'>);
    if (result.ok) {
      setStatus({ kind: 'added', row: result.value });
      setValues((v) => ({ ...v, amount: '', label: '', certId: '' }));
      onAdded(result.value);
    } else {
      setStatus({ kind: 'error', error: result.error });
      // Take keyboard and screen-reader users to the first field main refused.
      const first = FIELD_ORDER.find((f) => expenseErrors(result.error).byField[f]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
    }
  }

  const errorId = (field: ExpenseField) => `${id}-${field}-error`;
  const fieldProps = (field: ExpenseField) => ({
    id: `${id}-${field}`,
    name: field,
    'aria-invalid': errors.byField[field] ? true : undefined,
    'aria-describedby': errors.byField[field] ? errorId(field) : undefined,
  });
  const errorText = (field: ExpenseField) =>
    errors.byField[field] ? (
      <p className="field-error" id={errorId(field)} data-testid={`expense-error-${field}`}>
        {errors.byField[field]}
      </p>
    ) : null;

  return (
    <form className="costs-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add an expense</h3>
      {status.kind === 'error' && (
        <div className="alert alert-error" role="alert" data-testid="expense-form-error">
          <strong>{failureHeading(status.error.code)}</strong>
          {Object.keys(errors.byField).length > 0 && <span>Please correct the highlighted fields.</span>}
          {errors.general.map((m) => (
            <span key={m}>{m}</span>
          ))}
        </div>
      )}
      <div className="costs-form-fields">
        <div className="field">
          <label className="label" htmlFor={`${id}-date`}>
            Date
          </label>
          <input type="date" value={values.date} onChange={(e) => update('date', e.target.value)} {...fieldProps('date')} />
          {/* In words too: the field is drawn in the system's language and order, not necessarily the learner's format. */}
          {!errors.byField.date && parseIsoDate(values.date) !== null && <p className="hint">{format.weekdayDayYear(values.date)}</p>}
          {errorText('date')}
        </div>
        <div className="field">
          <label className="label" htmlFor={`${id}-amount`}>
            Amount
          </label>
          <div className="input-affix">
            <span className="affix" aria-hidden="true">
              $
            </span>
            <input inputMode="decimal" autoComplete="off" value={values.amount} onChange={(e) => update('amount', e.target.value)} {...fieldProps('amount')} />
          </div>
          {errorText('amount')}
        </div>
        <div className="field costs-field-wide">
          <label className="label" htmlFor={`${id}-label`}>
            What it was for
          </label>
          <input autoComplete="off" value={values.label} placeholder="e.g. Exam voucher, practice tests" onChange={(e) => update('label', e.target.value)} {...fieldProps('label')} />
          {errorText('label')}
        </div>
        <div className="field costs-field-wide">
          <label className="label" htmlFor={`${id}-certId`}>
            Certification <span className="muted">(optional)</span>
          </label>
          <select value={values.certId} onChange={(e) => update('certId', e.target.value)} {...fieldProps('certId')}>
            <option value="">None: a general expense</option>
            {planCertIds.length > 0 && (
              <optgroup label="In your plan">
                {planCertIds.map((c) => (
                  <option key={c} value={c}>
                    {certificationLabel(c)}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={planCertIds.length > 0 ? 'Other certifications' : 'Certifications'}>
              {others.map((c) => (
                <option key={c} value={c}>
                  {certificationLabel(c)}
                </option>
              ))}
            </optgroup>
          </select>
          {errorText('certId')}
        </div>
      </div>
      <div className="costs-form-actions">
        {/* aria-disabled, not disabled: a disabled button would drop keyboard focus mid-save. */}
        <button type="submit" className="button button-primary" aria-disabled={status.kind === 'saving' || undefined}>
          {status.kind === 'saving' ? 'Adding…' : 'Add expense'}
        </button>
        <span className="status" role="status" aria-live="polite" data-testid="expense-status">
          {status.kind === 'added' ? `Added “${status.row.label}” (${formatMoney(status.row.amountUsd, format)}).` : ''}
        </span>
      </div>
    </form>
  );
}
