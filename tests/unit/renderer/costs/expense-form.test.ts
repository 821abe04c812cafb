/**
 * The add-expense form: amounts as typed become numbers when they are plain ($ and thousands
 * commas allowed), anything else goes to main as typed; main's field messages land on the
 * fields, its developer-worded ones reworded for the learner.
 */
import { describe, expect, it } from 'vitest';
import { emptyExpense, expenseErrors, requestFromExpense } from '../../../../renderer/src/costs/expense-form';

describe('requestFromExpense', () => {
  const values = { ...emptyExpense(new Date(2026, 11, 3)), label: 'AWS exam', amount: '150' };

  it('starts on today with nothing else filled in', () => {
    expect(emptyExpense(new Date(2026, 11, 3))).toEqual({ date: '2026-12-03', amount: '', label: '', certId: '' });
  });

  it('reads "150", "$1,200.50" and " 12.5 " as amounts in dollars', () => {
    expect(requestFromExpense(values)['amountUsd']).toBe(150);
    expect(requestFromExpense({ ...values, amount: '$1,200.50' })['amountUsd']).toBe(1200.5);
    expect(requestFromExpense({ ...values, amount: ' 12.5 ' })['amountUsd']).toBe(12.5);
  });

  it('sends any other amount as typed, and leaves an empty one out, so main names the problem', () => {
    expect(requestFromExpense({ ...values, amount: 'twelve' })['amountUsd']).toBe('twelve');
    expect(Object.keys(requestFromExpense({ ...values, amount: '  ' }))).not.toContain('amountUsd');
  });

  it('sends no certification as null and the date trimmed', () => {
    expect(requestFromExpense({ ...values, date: ' 2026-12-01 ' })).toEqual({ date: '2026-12-01', label: 'AWS exam', certId: null, amountUsd: 150 });
    expect(requestFromExpense({ ...values, certId: 'cert.aws.mla-c01' })['certId']).toBe('cert.aws.mla-c01');
  });
});

describe('expenseErrors', () => {
  it('puts each field’s first message on it and rewords the generic type message', () => {
    const { byField, general } = expenseErrors({
      code: 'invalid-request',
      message: 'Invalid request.',
      issues: [
        { path: 'amountUsd', message: 'Invalid input: expected number, received string' },
        { path: 'amountUsd', message: 'A second message.' },
        { path: 'date', message: 'must be a date written as YYYY-MM-DD' },
        { path: 'label', message: 'Say what it was for.' },
      ],
    });
    expect(byField).toEqual({
      amount: 'Enter the amount in US dollars, for example 150.',
      date: 'Date must be a date written as YYYY-MM-DD.',
      label: 'Say what it was for.',
    });
    expect(general).toEqual([]);
  });

  it('shows a message that names no field of the form as a general one', () => {
    expect(expenseErrors({ code: 'invalid-request', message: 'x', issues: [{ path: 'id', message: 'Unrecognised key.' }] }).general).toEqual(['Unrecognised key.']);
    expect(expenseErrors({ code: 'store-unavailable', message: 'The data store stopped before answering.' })).toEqual({
      byField: {},
      general: ['The data store stopped before answering.'],
    });
  });

  it('puts an unknown certification on the certification field', () => {
    expect(expenseErrors({ code: 'not-found', message: 'Certification "cert.x" is not in the content pack.' }).byField).toEqual({
      certId: 'Certification "cert.x" is not in the content pack.',
    });
  });
});
