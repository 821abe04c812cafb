import { describe, expect, it } from 'vitest';
import { SKILL_AREA_LABELS } from '../../../../shared/domain/skill-area';
import { createDisplayFormat } from '../../../../shared/locale/display-format';
import {
  heatLegend,
  heatLevel,
  heatmapColumns,
  heatmapSentence,
  monthName,
  monthRows,
  readinessSentence,
  weeksSentence,
} from '../../../../renderer/src/history/history-model';

const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');
const GB = createDisplayFormat(['en-GB']);
const DE = createDisplayFormat(['de-DE']);
const US = createDisplayFormat(['en-US']);

// Thursday 4 Dec 2025 to Thursday 3 Dec 2026.
const VIEW = { from: '2025-12-04', today: '2026-12-03', days: [{ date: '2026-11-03', minutes: 130 }, { date: '2026-11-10', minutes: 25 }, { date: '2025-12-20', minutes: 60 }] };

describe('heat levels', () => {
  it('rise at 1, 30, 60 and 120 minutes, and the legend names each range', () => {
    expect([0, 1, 29, 30, 59, 60, 119, 120, 600].map(heatLevel)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(heatLegend(GB).map((l) => l.label)).toEqual(['No study', 'Under 30 min', '30 min to 1 h', '1 h to 2 h', '2 h or more']);
  });
});

describe('heatmapColumns', () => {
  it('weeks as columns from the locale’s first day: Monday in Britain, Sunday in the US', () => {
    const gb = heatmapColumns(VIEW, GB.firstDayOfWeek);
    // The first column is the week of Monday 1 Dec 2025, starting at its Thursday; the last ends today.
    expect(gb[0]!.cells[0]).toEqual({ date: '2025-12-04', minutes: 0, level: 0, row: 3 });
    expect(gb.at(-1)!.cells.at(-1)).toEqual({ date: '2026-12-03', minutes: 0, level: 0, row: 3 });
    expect(gb).toHaveLength(53);
    expect(gb.flatMap((c) => c.cells)).toHaveLength(365);
    const us = heatmapColumns(VIEW, US.firstDayOfWeek);
    // In the US, Thursday is the fifth row (Sunday first).
    expect(us[0]!.cells[0]!.row).toBe(4);
    expect(us.flatMap((c) => c.cells).find((c) => c.date === '2026-11-03')).toEqual({ date: '2026-11-03', minutes: 130, level: 4, row: 2 });
  });

  it('names the month in the column holding its first day', () => {
    const months = heatmapColumns(VIEW, 0).flatMap((c) => (c.month ? [c.month] : []));
    expect(months).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(monthName(GB, '2026-03')).toBe('Mar');
    // The short name without the year, as the locale writes it (ICU versions differ: "Mär", "März").
    expect(monthName(DE, '2026-03')).toMatch(/^Mär[a-z]?\.?$/);
  });
});

describe('the text alternatives', () => {
  it('the year by month, with the busiest day of each', () => {
    const rows = monthRows(VIEW);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual({ month: '2025-12', studyDays: 1, minutes: 60, busiest: { date: '2025-12-20', minutes: 60 } });
    expect(rows[11]).toEqual({ month: '2026-11', studyDays: 2, minutes: 155, busiest: { date: '2026-11-03', minutes: 130 } });
    expect(rows[12]).toEqual({ month: '2026-12', studyDays: 0, minutes: 0, busiest: null });
  });

  it('one sentence for the heatmap, in the learner’s format; the year only when it is not this one', () => {
    expect(plain(heatmapSentence(VIEW, GB))).toBe('Most studied: Tue 3 Nov, 2 h 10 min; 3 study days in the last year, 3 h 35 min in all.');
    expect(plain(heatmapSentence(VIEW, US))).toMatch(/^Most studied: Tue, Nov 3, 2 h 10 min; 3 study days/);
    expect(plain(heatmapSentence({ today: '2026-12-03', days: [{ date: '2025-12-20', minutes: 60 }] }, GB))).toBe(
      'Most studied: Sat, 20 Dec 2025, 1 h; 1 study day in the last year, 1 h in all.',
    );
    expect(heatmapSentence({ today: '2026-12-03', days: [] }, GB)).toBe('No study logged in the last year yet.');
  });

  it('the weeks: this one and the sum of all', () => {
    const weeks = [
      { weekStart: '2026-11-23', plannedMinutes: 300, studiedMinutes: 240 },
      { weekStart: '2026-11-30', plannedMinutes: 240, studiedMinutes: 95 },
    ];
    expect(plain(weeksSentence(weeks, GB))).toBe('This week: 1 h 35 min studied of 4 h planned. Over 2 weeks: 5 h 35 min studied of 9 h planned.');
    expect(weeksSentence([], GB)).toBe('');
  });

  it('readiness now, its strongest and weakest area, and where it started', () => {
    const points = [
      { month: '2026-01', attempts: 1, overall: 40, byArea: { 'python-foundations': 50, 'ml-modelling': 30, 'mlops-deployment': 40 } },
      { month: '2026-12', attempts: 2, overall: 72, byArea: { 'python-foundations': 80, 'ml-modelling': 85, 'mlops-deployment': 50 } },
    ];
    expect(readinessSentence(points, SKILL_AREA_LABELS, GB)).toBe(
      'Readiness now: 72 out of 100 overall; strongest ML modelling (85), weakest MLOps & deployment (50). It was 40 in January 2026.',
    );
    expect(readinessSentence(points.slice(1), SKILL_AREA_LABELS, GB)).not.toContain('It was');
  });
});
