import { describe, expect, it } from 'vitest';
import { isValidTimeZone, WeeklyAvailabilitySchema } from '../../../../shared/domain/availability';

const base = {
  timeZone: 'Europe/Berlin',
  windows: [{ weekday: 0, start: '18:00', end: '20:00' }],
  sessionMinutes: { min: 30, max: 90 },
};

function issues(input: unknown) {
  const result = WeeklyAvailabilitySchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('isValidTimeZone', () => {
  it('accepts IANA names and rejects unknown zones and raw offsets', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('+01:00')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(42)).toBe(false);
  });
});

describe('WeeklyAvailabilitySchema', () => {
  it('accepts a valid availability, touching windows and a 24:00 end', () => {
    const input = {
      ...base,
      windows: [
        { weekday: 0, start: '18:00', end: '19:00' },
        { weekday: 0, start: '19:00', end: '20:00' },
        { weekday: 6, start: '22:00', end: '24:00' },
      ],
    };
    expect(issues(input)).toEqual([]);
  });

  it('rejects an unknown time zone, naming the field', () => {
    expect(issues({ ...base, timeZone: 'Europe/Atlantis' })).toEqual([
      { path: 'timeZone', message: 'Time zone must be a known IANA time zone such as Europe/Berlin.' },
    ]);
  });

  it('rejects a weekday outside 0 (Monday) – 6 (Sunday)', () => {
    expect(issues({ ...base, windows: [{ weekday: 7, start: '18:00', end: '20:00' }] })).toEqual([
      { path: 'windows.0.weekday', message: 'Weekday must be from 0 (Monday) to 6 (Sunday).' },
    ]);
  });

  it('rejects malformed times and 24:00 as a start', () => {
    expect(issues({ ...base, windows: [{ weekday: 1, start: '24:00', end: '24:00' }] })).toEqual([
      { path: 'windows.0.start', message: 'Start time must be a time (HH:mm, 00:00–23:59).' },
    ]);
    expect(issues({ ...base, windows: [{ weekday: 1, start: '9:00', end: '10:00' }] })[0]?.path).toBe('windows.0.start');
  });

  it('requires end after start, on the end field', () => {
    expect(issues({ ...base, windows: [{ weekday: 1, start: '20:00', end: '20:00' }] })).toEqual([
      { path: 'windows.0.end', message: 'End time must be after the start time.' },
    ]);
  });

  it('rejects overlapping windows on one day, even past a shorter window in between', () => {
    const input = {
      ...base,
      windows: [
        { weekday: 2, start: '10:00', end: '20:00' },
        { weekday: 2, start: '11:00', end: '12:00' },
        { weekday: 3, start: '11:00', end: '12:00' },
        { weekday: 2, start: '13:00', end: '14:00' },
      ],
    };
    expect(issues(input)).toEqual([
      { path: 'windows.1.start', message: 'Start time: the Wednesday window 11:00–12:00 overlaps 10:00–20:00.' },
      { path: 'windows.3.start', message: 'Start time: the Wednesday window 13:00–14:00 overlaps 10:00–20:00.' },
    ]);
  });

  it('bounds session minutes to 15–240 with min ≤ max', () => {
    expect(issues({ ...base, sessionMinutes: { min: 10, max: 90 } })).toEqual([
      { path: 'sessionMinutes.min', message: 'Shortest session must be at least 15 minutes.' },
    ]);
    expect(issues({ ...base, sessionMinutes: { min: 30, max: 241 } })).toEqual([
      { path: 'sessionMinutes.max', message: 'Longest session can be at most 240 minutes.' },
    ]);
    expect(issues({ ...base, sessionMinutes: { min: 90, max: 60 } })).toEqual([
      { path: 'sessionMinutes.max', message: 'Longest session must be at least as long as the shortest session.' },
    ]);
  });

  it('requires at least one window and rejects unknown fields', () => {
    expect(issues({ ...base, windows: [] })).toEqual([{ path: 'windows', message: 'Add at least one study window.' }]);
    expect(issues({ ...base, colour: 'blue' })).toEqual([{ path: '', message: 'Unknown field(s): colour.' }]);
    expect(issues({ windows: base.windows, sessionMinutes: base.sessionMinutes })).toEqual([
      { path: 'timeZone', message: 'Time zone is required.' },
    ]);
  });
});
