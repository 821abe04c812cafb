/**
 * The span of dates MLE Path accepts: month arithmetic on date text, the checks relative to
 * today, and the absolute bounds in the schemas the contract, the store and backups share.
 */
import { describe, expect, it } from 'vitest';
import { certificationDateIssues, isWithinYears, shiftMonths, shiftYears, yearOf } from '../../../../shared/domain/date-range';
import { ProfileSchema } from '../../../../shared/domain/profile';
import { CertificationStatusSchema, StudySessionSchema } from '../../../../shared/domain/records';
import { channels } from '../../../../shared/ipc/contract';
import { parseUnknown } from '../../../../shared/ipc/validate';

describe('month arithmetic on dates', () => {
  it('moves by months and clamps to the end of the month', () => {
    expect(shiftYears('2026-11-23', 2)).toBe('2028-11-23');
    expect(shiftYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(shiftYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(shiftMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(shiftMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(shiftMonths('2026-01-15', 18)).toBe('2027-07-15');
  });

  it('refuses to leave four-digit years instead of writing 10001-12-31', () => {
    expect(shiftYears('9999-12-31', 2)).toBeNull();
    expect(shiftYears('0000-01-01', -1)).toBeNull();
    expect(shiftYears('not a date', 1)).toBeNull();
  });

  it('reads the year of dates and instants', () => {
    expect(yearOf('2026-11-23')).toBe(2026);
    expect(yearOf('2026-11-23T18:00:00+01:00')).toBe(2026);
    expect(yearOf('+010000-01-01T00:00:00.000Z')).toBeNull();
    expect(isWithinYears('2100-12-31', 2000, 2100)).toBe(true);
    expect(isWithinYears('2101-01-01', 2000, 2100)).toBe(false);
  });
});

describe('certification dates relative to today', () => {
  const today = '2026-11-23';
  it('a pass date may not be in the future', () => {
    expect(certificationDateIssues({ status: 'passed', examDate: null, passedOn: '2026-11-24' }, today, null)).toEqual([
      { path: 'passedOn', message: 'The pass date cannot be in the future (today is 2026-11-23).' },
    ]);
    expect(certificationDateIssues({ status: 'passed', examDate: null, passedOn: today }, today, null)).toEqual([]);
  });

  it('a booking lies between a year ago and three years ahead; an unchanged booking is not checked again', () => {
    const booked = (examDate: string) => certificationDateIssues({ status: 'exam-booked', examDate, passedOn: null }, today, null);
    expect(booked('2025-11-23')).toEqual([]);
    expect(booked('2029-11-23')).toEqual([]);
    const message = 'A booked exam date must be between 2025-11-23 and 2029-11-23 (from a year ago to three years ahead).';
    expect(booked('2025-11-22')).toEqual([{ path: 'examDate', message }]);
    expect(booked('2029-11-24')).toEqual([{ path: 'examDate', message }]);
    expect(certificationDateIssues({ status: 'exam-booked', examDate: '2024-01-10', passedOn: null }, today, '2024-01-10')).toEqual([]);
    // A passed exam keeps the date it was sat on, however long ago.
    expect(certificationDateIssues({ status: 'passed', examDate: '2018-05-01', passedOn: '2018-05-01' }, today, null)).toEqual([]);
  });
});

describe('absolute bounds in the shared schemas', () => {
  const refused = (channel: 'certification:update' | 'session:update', payload: unknown) => {
    const r = parseUnknown(channels[channel].request, payload);
    return r.ok ? null : r.error.issues;
  };

  it('certification dates the learner enters lie in 2000–2100', () => {
    const base = { certId: 'cert.gcp.pmle', status: 'passed', examDate: null, spentUsd: 0 };
    expect(refused('certification:update', { ...base, passedOn: '9999-12-31' })).toEqual([
      { path: 'passedOn', message: 'Pass date must be between 2000-01-01 and 2100-12-31.' },
    ]);
    expect(refused('certification:update', { ...base, passedOn: '1999-12-31' })).toEqual([
      { path: 'passedOn', message: 'Pass date must be between 2000-01-01 and 2100-12-31.' },
    ]);
    expect(refused('certification:update', { ...base, status: 'exam-booked', passedOn: null, examDate: '0000-01-01' })).toEqual([
      { path: 'examDate', message: 'Exam date must be between 2000-01-01 and 2100-12-31.' },
    ]);
    expect(refused('certification:update', { ...base, passedOn: '2026-01-10' })).toBeNull();
  });

  it('a session move lies in the years 2000–2100', () => {
    const message = [{ path: 'startUtc', message: 'Start must be between the years 2000 and 2100.' }];
    expect(refused('session:update', { id: 's1', startUtc: '9999-12-31T23:59:00Z' })).toEqual(message);
    expect(refused('session:update', { id: 's1', startUtc: '0000-01-01T00:00:00Z' })).toEqual(message);
    expect(refused('session:update', { id: 's1', startUtc: '2026-11-30T17:00:00Z' })).toBeNull();
  });

  it('the profile start date lies in 2000–2100', () => {
    const profile = { background: 'software-developer', weeklyHours: 10, budgetUsd: 400 };
    const issues = (startDate: string) => {
      const r = ProfileSchema.safeParse({ ...profile, startDate });
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(issues('2101-01-01')).toEqual(['Start date must be between 2000-01-01 and 2100-12-31.']);
    expect(issues('1999-12-31')).toEqual(['Start date must be between 2000-01-01 and 2100-12-31.']);
    expect(issues('2026-02-30')).toEqual(['Start date must be a real date (YYYY-MM-DD).']);
    expect(issues('2100-12-31')).toEqual([]);
  });

  it('stored rows (and so backups) keep derived dates within 2000–2199', () => {
    const cert = { certId: 'cert.gcp.pmle', status: 'passed', examDate: null, passedOn: '2026-01-10', expiresOn: '2028-01-10', spentUsd: 0, updatedAt: '2026-11-23T09:30:00.000Z' };
    expect(CertificationStatusSchema.safeParse(cert).success).toBe(true);
    expect(CertificationStatusSchema.safeParse({ ...cert, passedOn: '9999-12-31', expiresOn: '9999-12-31' }).success).toBe(false);
    const session = {
      id: 's1',
      weekStart: '2026-11-30',
      startUtc: '2026-11-30T17:00:00.000Z',
      endUtc: '2026-11-30T18:00:00.000Z',
      minutes: 60,
      milestoneId: null,
      status: 'planned',
      loggedMinutes: 0,
      movedFromUtc: null,
    };
    expect(StudySessionSchema.safeParse(session).success).toBe(true);
    expect(StudySessionSchema.safeParse({ ...session, weekStart: '0000-01-03', startUtc: '0000-01-01T00:00:00.000Z' }).success).toBe(false);
  });
});
