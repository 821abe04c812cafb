/**
 * What the profile form holds (strings, as typed) and how it becomes a request. Conversion is
 * deliberately lenient: anything that is not a plain number is sent as typed, so main's
 * validation produces the one message the learner sees.
 */
import { format } from 'date-fns';
import type { Background, Profile } from '../../../shared/domain/profile';

export interface ProfileFormValues {
  background: Background | '';
  weeklyHours: string;
  budgetUsd: string;
  startDate: string;
}

export function defaultFormValues(today: Date): ProfileFormValues {
  return { background: '', weeklyHours: '8', budgetUsd: '900', startDate: format(today, 'yyyy-MM-dd') };
}

export function formValuesFromProfile(profile: Profile): ProfileFormValues {
  return {
    background: profile.background,
    weeklyHours: String(profile.weeklyHours),
    budgetUsd: String(profile.budgetUsd),
    startDate: profile.startDate,
  };
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function numberOrRaw(text: string): number | string | undefined {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return undefined;
  return PLAIN_NUMBER.test(trimmed) ? Number(trimmed) : text;
}

/** Builds the request; missing fields are left out so the error says "is required". */
export function requestFromFormValues(values: ProfileFormValues): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  if (values.background !== '') request['background'] = values.background;
  const hours = numberOrRaw(values.weeklyHours);
  if (hours !== undefined) request['weeklyHours'] = hours;
  const budget = numberOrRaw(values.budgetUsd);
  if (budget !== undefined) request['budgetUsd'] = budget;
  if (values.startDate.trim() !== '') request['startDate'] = values.startDate.trim();
  return request;
}
