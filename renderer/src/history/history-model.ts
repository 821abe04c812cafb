/**
 * The History screen as data: the heatmap's grid (weeks as columns starting on the locale's
 * first day, a level per day), the months that stand in for it in the text alternative, and the
 * sentences each chart is summed up in. Pure, so every layout and wording rule is unit-tested.
 */
import type { HistoryView } from '../../../shared/ipc/contract';
import type { DisplayFormat } from '../../../shared/locale/display-format';
import { historySummary } from '../../../shared/planner/history';
import { formatIsoDate, parseIsoDate, weekdayOf, type Weekday } from '../../../shared/planner/time';

/** Where each heat level starts, in minutes: under 30 min, 30 min – 1 h, 1–2 h, 2 h or more. */
export const LEVEL_STARTS = [1, 30, 60, 120] as const;
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export function heatLevel(minutes: number): HeatLevel {
  let level: HeatLevel = 0;
  for (const [i, start] of LEVEL_STARTS.entries()) if (minutes >= start) level = (i + 1) as HeatLevel;
  return level;
}

/** The legend: each level with its range in the learner's words. */
export function heatLegend(format: DisplayFormat): { level: HeatLevel; label: string }[] {
  return [
    { level: 0, label: 'No study' },
    { level: 1, label: `Under ${format.duration(LEVEL_STARTS[1])}` },
    { level: 2, label: `${format.duration(LEVEL_STARTS[1])} to ${format.duration(LEVEL_STARTS[2])}` },
    { level: 3, label: `${format.duration(LEVEL_STARTS[2])} to ${format.duration(LEVEL_STARTS[3])}` },
    { level: 4, label: `${format.duration(LEVEL_STARTS[3])} or more` },
  ];
}

export interface HeatCell {
  date: string;
  minutes: number;
  level: HeatLevel;
  /** Row 0 is the locale's first day of the week. */
  row: number;
}

export interface HeatColumn {
  cells: HeatCell[];
  /** YYYY-MM when the 1st of a month falls in this column (or it is the first column). */
  month: string | null;
}

/**
 * Columns of seven days from the week holding `from` to the week holding `today`, each starting
 * on `firstDay` (0 = Monday … 6 = Sunday). Days outside from…today are not cells.
 */
export function heatmapColumns(view: Pick<HistoryView, 'from' | 'today' | 'days'>, firstDay: Weekday): HeatColumn[] {
  const from = parseIsoDate(view.from);
  const today = parseIsoDate(view.today);
  if (from === null || today === null || today < from) return [];
  const minutes = new Map(view.days.map((d) => [d.date, d.minutes]));
  const rowOf = (day: number) => (weekdayOf(day) - firstDay + 7) % 7;
  const columns: HeatColumn[] = [];
  for (let start = from - rowOf(from); start <= today; start += 7) {
    const cells: HeatCell[] = [];
    let month: string | null = null;
    for (let row = 0; row < 7; row++) {
      const day = start + row;
      if (day < from || day > today) continue;
      const date = formatIsoDate(day);
      const m = minutes.get(date) ?? 0;
      cells.push({ date, minutes: m, level: heatLevel(m), row });
      if (date.endsWith('-01') || day === from) month = date.slice(0, 7);
    }
    columns.push({ cells, month });
  }
  return columns;
}

export interface MonthRow {
  month: string;
  studyDays: number;
  minutes: number;
  busiest: { date: string; minutes: number } | null;
}

/** Each month from `from` to `today`, oldest first: the heatmap's text alternative. */
export function monthRows(view: Pick<HistoryView, 'from' | 'today' | 'days'>): MonthRow[] {
  const rows = new Map<string, MonthRow>();
  for (let m = view.from.slice(0, 7); m <= view.today.slice(0, 7); m = nextMonth(m)) rows.set(m, { month: m, studyDays: 0, minutes: 0, busiest: null });
  for (const d of view.days) {
    const row = rows.get(d.date.slice(0, 7));
    if (!row) continue;
    row.studyDays += 1;
    row.minutes += d.minutes;
    if (!row.busiest || d.minutes > row.busiest.minutes) row.busiest = d;
  }
  return [...rows.values()];
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

/** "Most studied: Tue 3 Nov, 2 h 10 min; 42 study days in the last year, 61 h 20 min in all." */
export function heatmapSentence(view: Pick<HistoryView, 'days' | 'today'>, format: DisplayFormat): string {
  const s = historySummary(view);
  if (!s.busiest) return 'No study logged in the last year yet.';
  const days = `${format.number(s.studyDays)} study ${s.studyDays === 1 ? 'day' : 'days'} in the last year`;
  // The year is named only when it is not this one: a year back, the same month appears twice.
  const busiest = s.busiest.date.slice(0, 4) === view.today.slice(0, 4) ? format.weekdayDay(s.busiest.date) : format.weekdayDayYear(s.busiest.date);
  return `Most studied: ${busiest}, ${format.duration(s.busiest.minutes)}; ${days}, ${format.duration(s.totalMinutes)} in all.`;
}

/** "This week: 1 h 35 min studied of 4 h planned. Over 26 weeks: 40 h studied of 52 h planned." */
export function weeksSentence(weeks: HistoryView['weeks'], format: DisplayFormat): string {
  const current = weeks.at(-1);
  if (!current) return '';
  const planned = weeks.reduce((sum, w) => sum + w.plannedMinutes, 0);
  const studied = weeks.reduce((sum, w) => sum + w.studiedMinutes, 0);
  const count = format.number(weeks.length);
  return (
    `This week: ${format.duration(current.studiedMinutes)} studied of ${format.duration(current.plannedMinutes)} planned. ` +
    `Over ${count} weeks: ${format.duration(studied)} studied of ${format.duration(planned)} planned.`
  );
}

/** "Readiness now: 72 out of 100 overall; strongest ML modelling (85), weakest MLOps & deployment (50)." */
export function readinessSentence(points: HistoryView['readiness'], labels: Record<string, string>, format: DisplayFormat): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return '';
  const areas = Object.entries(last.byArea).sort((a, b) => b[1] - a[1]);
  const [strong, weak] = [areas[0]!, areas.at(-1)!];
  const since = first === last ? '' : ` It was ${format.number(first.overall)} in ${format.month(first.month, 'long')}.`;
  return (
    `Readiness now: ${format.number(last.overall)} out of 100 overall; strongest ${labels[strong[0]] ?? strong[0]} (${format.number(strong[1])}), ` +
    `weakest ${labels[weak[0]] ?? weak[0]} (${format.number(weak[1])}).${since}`
  );
}

const monthNames = new Map<string, Intl.DateTimeFormat>();
/** A month's short name without its year, for chart axes: "Dec", "Dez.". */
export function monthName(format: Pick<DisplayFormat, 'locale'>, month: string): string {
  let names = monthNames.get(format.locale);
  if (!names) {
    names = new Intl.DateTimeFormat(format.locale, { month: 'short', timeZone: 'UTC' });
    monthNames.set(format.locale, names);
  }
  return names.format(new Date(`${month}-15T00:00:00Z`));
}
