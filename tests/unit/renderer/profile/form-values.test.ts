/**
 * The profile form's values: what a new learner starts from, how a saved profile fills the form,
 * and the lenient conversion to a request (plain numbers become numbers; anything else is sent as
 * typed so main's validation gives the one message the learner sees).
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../shared/domain/profile';
import { defaultFormValues, formValuesFromProfile, requestFromFormValues } from '../../../../renderer/src/profile/form-values';

const TODAY = new Date(2026, 11, 3);

const saved: Profile = {
  background: 'software-developer',
  weeklyHours: 10,
  budgetUsd: 1200,
  startDate: '2027-01-04',
  targetRoleId: 'role.ml-engineer',
  cloud: 'aws',
  specialisation: 'none',
  availability: {
    timeZone: 'America/New_York',
    windows: [
      { weekday: 1, start: '18:00', end: '20:00' },
      { weekday: 6, start: '10:00', end: '12:30' },
    ],
    sessionMinutes: { min: 45, max: 90 },
  },
} as Profile;

describe('defaultFormValues', () => {
  it('starts today, in the zone given, with no background chosen and no self-rating', () => {
    const values = defaultFormValues(TODAY, 'Europe/Berlin');
    expect(values.startDate).toBe('2026-12-03');
    expect(values.timeZone).toBe('Europe/Berlin');
    expect(values.background).toBe('');
    expect(values.selfRating).toBeNull();
    expect([values.weeklyHours, values.budgetUsd, values.sessionMin, values.sessionMax]).toEqual(['8', '900', '30', '120']);
    expect(values.days).toHaveLength(7);
  });
});

describe('formValuesFromProfile', () => {
  it('fills the form from the saved profile, its own zone and only its own study days', () => {
    const values = formValuesFromProfile(saved, 'Europe/Berlin');
    expect([values.background, values.weeklyHours, values.budgetUsd, values.startDate, values.cloud]).toEqual(['software-developer', '10', '1200', '2027-01-04', 'aws']);
    expect(values.timeZone).toBe('America/New_York');
    expect(values.days.map((d) => d.enabled)).toEqual([false, true, false, false, false, false, true]);
    expect(values.days[1]).toEqual({ enabled: true, start: '18:00', end: '20:00' });
    expect(values.days[6]).toEqual({ enabled: true, start: '10:00', end: '12:30' });
    expect([values.sessionMin, values.sessionMax]).toEqual(['45', '90']);
  });

  it('keeps the default days and the computer’s zone for a profile without study windows', () => {
    const { availability: _none, ...withoutWindows } = saved;
    const values = formValuesFromProfile(withoutWindows as Profile, 'Europe/Berlin');
    expect(values.timeZone).toBe('Europe/Berlin');
    expect(values.days).toEqual(defaultFormValues(TODAY, 'Europe/Berlin').days);
  });

  it('round-trips: the request made from a saved profile’s form is that profile', () => {
    expect(requestFromFormValues(formValuesFromProfile(saved, 'Europe/Berlin'))).toEqual(saved);
  });
});

describe('requestFromFormValues', () => {
  const values = { ...defaultFormValues(TODAY, 'Europe/Berlin'), background: 'student' as const };

  it('turns plain numbers (with thousands commas) into numbers and trims text', () => {
    const request = requestFromFormValues({ ...values, weeklyHours: ' 12.5 ', budgetUsd: '1,500', startDate: ' 2027-01-04 ', timeZone: ' Europe/Berlin ' });
    expect(request['weeklyHours']).toBe(12.5);
    expect(request['budgetUsd']).toBe(1500);
    expect(request['startDate']).toBe('2027-01-04');
    expect((request['availability'] as { timeZone: string }).timeZone).toBe('Europe/Berlin');
  });

  it('sends what is not a plain number as typed, so main names the mistake', () => {
    const request = requestFromFormValues({ ...values, weeklyHours: 'ten', sessionMin: '1e3' });
    expect(request['weeklyHours']).toBe('ten');
    expect((request['availability'] as { sessionMinutes: unknown }).sessionMinutes).toEqual({ min: '1e3', max: 120 });
  });

  it('leaves out what is empty, so the error says it is required', () => {
    const request = requestFromFormValues({ ...values, background: '', weeklyHours: '  ', budgetUsd: '', startDate: ' ' });
    expect(Object.keys(request)).not.toContain('background');
    expect(Object.keys(request)).not.toContain('weeklyHours');
    expect(Object.keys(request)).not.toContain('budgetUsd');
    expect(Object.keys(request)).not.toContain('startDate');
  });

  it('numbers study windows by weekday, only for the days that are on', () => {
    const days = values.days.map((d, weekday) => ({ ...d, enabled: weekday === 2 || weekday === 4 }));
    const { windows } = requestFromFormValues({ ...values, days })['availability'] as { windows: { weekday: number }[] };
    expect(windows.map((w) => w.weekday)).toEqual([2, 4]);
  });
});
