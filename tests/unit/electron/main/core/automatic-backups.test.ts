/**
 * The rotation of automatic backups: names, when a daily one is due, and what is kept (the
 * newest of each of the last 7 days, of each of the last 4 weeks, and the 5 newest safety
 * copies of each kind). Days and weeks are UTC here so the tests do not depend on the zone of
 * the computer running them.
 */
import { getISOWeek, getISOWeekYear } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  automaticBackupFileName,
  automaticBackups,
  backupsToDelete,
  dailyBackupDue,
  parseAutomaticBackupName,
  type Calendar,
} from '../../../../../electron/main/core/automatic-backups';

const UTC: Calendar = {
  day: (at) => at.toISOString().slice(0, 10),
  // The UTC date's ISO week: shift so the local getters date-fns uses read the UTC fields.
  week: (at) => {
    const shifted = new Date(at.getTime() + at.getTimezoneOffset() * 60_000);
    return `${getISOWeekYear(shifted)}-W${getISOWeek(shifted)}`;
  },
};

const at = (iso: string) => new Date(iso);
const daily = (iso: string) => automaticBackupFileName('daily', at(iso));

describe('names', () => {
  it('round-trips kind and instant, and refuses anything else in the folder', () => {
    const name = automaticBackupFileName('before-reset', at('2026-12-03T05:15:57.724Z'));
    expect(name).toBe('before-reset-2026-12-03T05-15-57-724Z.json');
    expect(parseAutomaticBackupName(name)).toEqual({ fileName: name, kind: 'before-reset', takenAt: '2026-12-03T05:15:57.724Z' });
    // The safety copies older versions wrote before a restore already follow the pattern.
    expect(parseAutomaticBackupName('before-restore-2026-11-20T08-00-00-000Z.json')?.kind).toBe('before-restore');
    for (const other of ['daily-2026-02-30T00-00-00-000Z.json', 'daily-2026-12-03T05-15-57-724Z.json.tmp', '../daily-2026-12-03T05-15-57-724Z.json', 'weekly-2026-12-03T05-15-57-724Z.json', 'notes.txt', '.DS_Store']) {
      expect(parseAutomaticBackupName(other), other).toBeNull();
    }
  });

  it('lists newest first', () => {
    const names = [daily('2026-12-01T10:00:00Z'), 'notes.txt', daily('2026-12-03T10:00:00Z'), automaticBackupFileName('before-restore', at('2026-12-02T10:00:00Z'))];
    expect(automaticBackups(names).map((b) => b.takenAt)).toEqual(['2026-12-03T10:00:00.000Z', '2026-12-02T10:00:00.000Z', '2026-12-01T10:00:00.000Z']);
  });
});

describe('daily backup due', () => {
  it('is due on a day without a daily backup, whatever safety copies exist', () => {
    const names = automaticBackups([daily('2026-12-02T23:59:00Z'), automaticBackupFileName('before-reset', at('2026-12-03T08:00:00Z'))]);
    expect(dailyBackupDue(names, at('2026-12-03T09:00:00Z'), UTC)).toBe(true);
    expect(dailyBackupDue(automaticBackups([daily('2026-12-03T00:01:00Z')]), at('2026-12-03T23:00:00Z'), UTC)).toBe(false);
    expect(dailyBackupDue([], at('2026-12-03T09:00:00Z'), UTC)).toBe(true);
  });

  it('follows the calendar it is given: a backup at 23:30 UTC is the next day in Berlin', () => {
    const berlin: Calendar = { day: (d) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(d), week: UTC.week };
    const names = automaticBackups([daily('2026-12-02T23:30:00Z')]);
    expect(dailyBackupDue(names, at('2026-12-03T09:00:00Z'), berlin)).toBe(false);
    expect(dailyBackupDue(names, at('2026-12-03T09:00:00Z'), UTC)).toBe(true);
  });
});

describe('rotation', () => {
  it('keeps the newest of each of the last 7 days and of each of the last 4 weeks', () => {
    // One backup a day for 60 days (ending Thursday 3 Dec 2026), plus an earlier one on the last day.
    const names: string[] = [];
    for (let i = 0; i < 60; i++) names.push(daily(new Date(Date.parse('2026-12-03T18:00:00Z') - i * 86_400_000).toISOString()));
    names.push(daily('2026-12-03T07:00:00Z'));
    const deleted = new Set(backupsToDelete(names, UTC));
    const kept = names.filter((n) => !deleted.has(n)).map((n) => parseAutomaticBackupName(n)!.takenAt.slice(0, 10)).sort();
    // Days 27 Nov – 3 Dec; the newest of the weeks of 23 Nov (its Sunday, 29 Nov, is already a
    // daily one), 16 Nov, 9 Nov and the current week (3 Dec, already kept).
    expect(kept).toEqual(['2026-11-15', '2026-11-22', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03']);
    // Of the two on 3 Dec, the later one.
    expect(deleted.has(daily('2026-12-03T07:00:00Z'))).toBe(true);
    expect(deleted.has(daily('2026-12-03T18:00:00Z'))).toBe(false);
  });

  it('keeps the 5 newest safety copies of each kind, and never touches other files', () => {
    const restores = Array.from({ length: 8 }, (_, i) => automaticBackupFileName('before-restore', at(`2026-11-0${i + 1}T10:00:00Z`)));
    const resets = Array.from({ length: 2 }, (_, i) => automaticBackupFileName('before-reset', at(`2026-10-0${i + 1}T10:00:00Z`)));
    const deleted = backupsToDelete([...restores, ...resets, 'my-own-copy.json', 'notes.txt'], UTC);
    expect(deleted.sort()).toEqual(restores.slice(0, 3).sort());
  });

  it('deletes nothing while there are fewer than the limits', () => {
    const names = [daily('2026-12-01T10:00:00Z'), daily('2026-12-02T10:00:00Z'), automaticBackupFileName('before-reset', at('2026-12-02T11:00:00Z'))];
    expect(backupsToDelete(names, UTC)).toEqual([]);
  });
});
