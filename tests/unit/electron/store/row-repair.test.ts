/**
 * What version 7 keeps of a row an older build let in: the learner's record with only the
 * impossible value taken out; derived rows dropped; anything still unfit dropped.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../electron/store/db';
import { repairRow } from '../../../../electron/store/row-repair';
import { SCHEDULER_STATE_KEY } from '../../../../electron/store/scheduler-state';

const TODAY = '2026-12-03';
const cert = { certId: 'cert.aws.mla-c01', status: 'studying', examDate: null, passedOn: null, expiresOn: null, spentUsd: 150, updatedAt: '2026-11-20T08:00:00.000Z' };

describe('repairRow', () => {
  it('keeps a valid row as it is', () => {
    expect(repairRow('certifications', cert, TODAY)).toEqual({ action: 'kept', row: cert });
  });

  it('a pass on 9999-12-31: the date and its overflowing expiry go, the status goes back to studying, the amount stays', () => {
    const row = { ...cert, status: 'passed', passedOn: '9999-12-31', expiresOn: '10001-12-31' };
    expect(repairRow('certifications', row, TODAY)).toEqual({ action: 'repaired', row: { ...cert, status: 'studying' } });
  });

  it('an overflowing expiry beside a possible pass date: only the expiry goes', () => {
    const row = { ...cert, status: 'passed', passedOn: '2026-06-01', expiresOn: '10001-12-31' };
    expect(repairRow('certifications', row, TODAY)).toEqual({ action: 'repaired', row: { ...row, expiresOn: null } });
  });

  it('a booking in 9999 goes back to studying; a renewal without its pass date too', () => {
    expect(repairRow('certifications', { ...cert, status: 'exam-booked', examDate: '9999-12-31' }, TODAY)).toEqual({ action: 'repaired', row: cert });
    expect(repairRow('certifications', { ...cert, status: 'renewal-due', passedOn: '0000-01-01' }, TODAY)).toEqual({ action: 'repaired', row: cert });
  });

  it('a profile starting late in 9999 starts today; an expense dated in 0000 is dated today', () => {
    const profile = { key: 'me', profile: { background: 'student', weeklyHours: 8, budgetUsd: 300, startDate: '9999-12-20' }, savedAt: '2026-11-20T08:00:00.000Z' };
    expect(repairRow('profile', profile, TODAY)).toEqual({ action: 'repaired', row: { ...profile, profile: { ...profile.profile, startDate: TODAY } } });
    const expense = { id: 'spend.1', date: '0000-01-01', amountUsd: 42, label: 'Exam voucher', certId: null };
    expect(repairRow('spending', expense, TODAY)).toEqual({ action: 'repaired', row: { ...expense, date: TODAY } });
  });

  it('settings keep every field they can; a network folder becomes none', () => {
    const settings = { key: 'me', ...DEFAULT_SETTINGS, theme: 'dark', calendarFolder: '\\\\host\\share' };
    expect(repairRow('settings', settings, TODAY)).toEqual({ action: 'repaired', row: { ...settings, calendarFolder: null } });
  });

  it('derived rows are dropped: a plan, a session in year 0000, the scheduler state', () => {
    const session = { id: 'session.00000101T0000', weekStart: '-000001-12-27', startUtc: '0000-01-01T00:00:00.000Z', endUtc: '0000-01-01T01:00:00.000Z', minutes: 60, milestoneId: null, status: 'planned', loggedMinutes: 0 };
    expect(repairRow('sessions', session, TODAY)).toEqual({ action: 'dropped', row: null });
    expect(repairRow('plan', { key: 'me', plan: { etaDate: '10001-01-01' }, savedAt: 'x' }, TODAY)).toEqual({ action: 'dropped', row: null });
    expect(repairRow('settings', { key: SCHEDULER_STATE_KEY, lastCheckUtc: '+010000-01-01T00:00:00Z' }, TODAY)).toEqual({ action: 'dropped', row: null });
  });

  it('a row that cannot be made fit is dropped, never stored half-repaired', () => {
    expect(repairRow('spending', { id: 'spend.2', date: '2026-11-20', amountUsd: -5, label: '', certId: null }, TODAY)).toEqual({ action: 'dropped', row: null });
    expect(repairRow('milestoneProgress', 'not a row', TODAY)).toEqual({ action: 'dropped', row: null });
  });
});
