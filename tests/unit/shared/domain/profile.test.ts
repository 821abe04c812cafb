import { describe, expect, it } from 'vitest';
import { isCalendarDate, ProfileSchema, startDateProblem } from '../../../../shared/domain/profile';
import { parseUnknown } from '../../../../shared/ipc/validate';

const valid = { background: 'data-analyst', weeklyHours: 8, budgetUsd: 900, startDate: '2026-12-07' };

function issuesOf(value: unknown) {
  const result = parseUnknown(ProfileSchema, value);
  return result.ok ? [] : (result.error.issues ?? []);
}

describe('ProfileSchema', () => {
  it('accepts a complete profile and keeps its values', () => {
    expect(parseUnknown(ProfileSchema, valid)).toEqual({ ok: true, value: valid });
  });

  it.each([
    [{ ...valid, weeklyHours: 0 }, 'weeklyHours', 'Weekly hours must be at least 1.'],
    [{ ...valid, weeklyHours: 61 }, 'weeklyHours', 'Weekly hours can be at most 60.'],
    [{ ...valid, weeklyHours: '8' }, 'weeklyHours', 'Weekly hours must be a number.'],
    [{ ...valid, weeklyHours: Number.NaN }, 'weeklyHours', 'Weekly hours must be a number.'],
    [{ ...valid, budgetUsd: -1 }, 'budgetUsd', 'Budget cannot be negative.'],
    [{ ...valid, budgetUsd: Number.POSITIVE_INFINITY }, 'budgetUsd', 'Budget must be a number of US dollars.'],
    [{ ...valid, background: 'pilot' }, 'background', expect.stringContaining('Background must be one of: New to code')],
    [{ ...valid, startDate: '07/12/2026' }, 'startDate', 'Start date must be a real date (YYYY-MM-DD).'],
    [{ ...valid, startDate: 20261207 }, 'startDate', 'Start date must be a date (YYYY-MM-DD).'],
  ])('rejects %j at %s', (value, path, message) => {
    expect(issuesOf(value)).toContainEqual({ path, message });
  });

  it('names each missing field as required', () => {
    expect(issuesOf({})).toEqual([
      { path: 'background', message: 'Background is required.' },
      { path: 'weeklyHours', message: 'Weekly hours is required.' },
      { path: 'budgetUsd', message: 'Budget is required.' },
      { path: 'startDate', message: 'Start date is required.' },
    ]);
  });

  it('refuses unknown fields by name', () => {
    expect(issuesOf({ ...valid, role: 'admin', __proto__: { x: 1 } })).toEqual([{ path: '', message: 'Unknown field(s): role, x.' }]);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-12-07T00:00', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('startDateProblem', () => {
  it('refuses a new start date in the past, and keeps the one saved before even once it has passed', () => {
    expect(startDateProblem('2026-11-20', '2026-11-23', null)).toBe('Start date cannot be in the past (today is 2026-11-23).');
    expect(startDateProblem('2026-11-20', '2026-11-23', '2026-11-01')).toBe('Start date cannot be in the past (today is 2026-11-23).');
    expect(startDateProblem('2026-11-20', '2026-11-23', '2026-11-20')).toBeNull();
    expect(startDateProblem('2026-11-23', '2026-11-23', null)).toBeNull();
  });

  it('refuses a start more than two years ahead', () => {
    expect(startDateProblem('2028-11-23', '2026-11-23', null)).toBeNull();
    expect(startDateProblem('2028-11-24', '2026-11-23', null)).toBe('Start date can be at most two years ahead (until 2028-11-23).');
  });
});
