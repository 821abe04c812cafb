/**
 * The add-expense form's values (strings, as typed) and the request they become. Like the
 * profile form, nothing is validated here: the request goes to main as typed and main's
 * per-field messages are shown next to the fields. Main's schema words some messages for
 * developers (zod's generic "Invalid input: expected number…" when the amount is not a number
 * at all), so those few are reworded for the learner; every other message is shown as main
 * sends it.
 */
import { format } from 'date-fns';
import type { IpcError } from '../../../shared/ipc/result';

export interface ExpenseFormValues {
  date: string;
  amount: string;
  label: string;
  certId: string;
}

export type ExpenseField = keyof ExpenseFormValues;

/** Request field → form field. */
const FIELD_OF_PATH: Record<string, ExpenseField> = { date: 'date', amountUsd: 'amount', label: 'label', certId: 'certId' };

const LABELS: Record<ExpenseField, string> = { date: 'Date', amount: 'Amount', label: 'What it was for', certId: 'Certification' };

const TYPE_MESSAGES: Record<ExpenseField, string> = {
  date: 'Enter the date you paid.',
  amount: 'Enter the amount in US dollars, for example 150.',
  label: 'Say what the money was for.',
  certId: 'Choose a certification from the list, or none.',
};

export function emptyExpense(today: Date): ExpenseFormValues {
  return { date: format(today, 'yyyy-MM-dd'), amount: '', label: '', certId: '' };
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** "150", "$1,200.50" → numbers; anything else is sent as typed so main names the problem. */
function amountOrRaw(text: string): number | string | undefined {
  const trimmed = text.trim().replace(/,/g, '').replace(/^\$\s*/, '');
  if (trimmed === '') return undefined;
  return PLAIN_NUMBER.test(trimmed) ? Number(trimmed) : text;
}

export function requestFromExpense(values: ExpenseFormValues): Record<string, unknown> {
  const request: Record<string, unknown> = { date: values.date.trim(), label: values.label, certId: values.certId === '' ? null : values.certId };
  const amount = amountOrRaw(values.amount);
  if (amount !== undefined) request['amountUsd'] = amount;
  return request;
}

export interface ExpenseErrors {
  byField: Partial<Record<ExpenseField, string>>;
  /** Messages that name no field of the form (e.g. the store is unavailable). */
  general: string[];
}

export function expenseErrors(error: IpcError): ExpenseErrors {
  const byField: Partial<Record<ExpenseField, string>> = {};
  const general: string[] = [];
  for (const issue of error.issues ?? []) {
    const field = FIELD_OF_PATH[issue.path];
    if (!field) general.push(issue.message);
    else if (!byField[field]) byField[field] = learnerMessage(field, issue.message);
  }
  if (!error.issues?.length) {
    // A refusal without field issues that still concerns one field (an unknown certification).
    if (error.code === 'not-found' && /certification/i.test(error.message)) byField.certId = error.message;
    else general.push(error.message);
  }
  return { byField, general };
}

function learnerMessage(field: ExpenseField, message: string): string {
  if (/^Invalid input/i.test(message)) return TYPE_MESSAGES[field];
  // Shared record schemas phrase some messages as a continuation ("must be a date written as …").
  if (/^[a-z]/.test(message)) return `${LABELS[field]} ${message.replace(/\.?$/, '.')}`;
  return message;
}
