/**
 * A year of study as a grid of days, weeks as columns from the locale's first weekday, each
 * day shaded by the time logged. Drawn as plain SVG: it is a grid of squares, which chartist
 * (line, bar and pie charts) does not draw. The drawing is hidden from screen readers; the
 * focusable group around it is operated with the arrow keys (a day, a week), Home and End, and
 * says the chosen day in words in a live line that sighted learners read too.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { HistoryView } from '../../../shared/ipc/contract';
import { formatIsoDate, parseIsoDate, type Weekday } from '../../../shared/planner/time';
import { useDisplayFormat } from '../shared/locale';
import { heatLegend, heatmapColumns, monthName } from './history-model';

const CELL = 12;
const STEP = 15;
const LEFT = 36;
const TOP = 18;

export function StudyHeatmap({ view, summary }: { view: HistoryView; summary: string }) {
  const format = useDisplayFormat();
  const columns = useMemo(() => heatmapColumns(view, format.firstDayOfWeek), [view, format.firstDayOfWeek]);
  const minutes = useMemo(() => new Map(view.days.map((d) => [d.date, d.minutes])), [view.days]);
  const [chosen, setChosen] = useState(view.days.at(-1)?.date ?? view.today);
  const from = parseIsoDate(view.from) ?? 0;
  const today = parseIsoDate(view.today) ?? 0;

  function move(event: KeyboardEvent) {
    const day = parseIsoDate(chosen) ?? today;
    const next: Record<string, number> = { ArrowUp: day - 1, ArrowDown: day + 1, ArrowLeft: day - 7, ArrowRight: day + 7, Home: from, End: today };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    setChosen(formatIsoDate(Math.min(today, Math.max(from, target))));
  }

  const chosenMinutes = minutes.get(chosen) ?? 0;
  const width = LEFT + columns.length * STEP;
  const height = TOP + 7 * STEP;
  return (
    <div className="history-heatmap">
      <div
        className="history-heatmap-frame"
        role="group"
        tabIndex={0}
        aria-label={`Study heatmap of the last year. ${summary} Use the arrow keys to read a day.`}
        aria-describedby="history-day"
        onKeyDown={move}
        data-testid="heatmap"
      >
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" className="history-heatmap-svg">
          {[0, 2, 4, 6].map((row) => (
            <text key={row} x={LEFT - 6} y={TOP + row * STEP + CELL - 2} textAnchor="end" className="history-heatmap-label">
              {format.weekdayName(((format.firstDayOfWeek + row) % 7) as Weekday, 'short')}
            </text>
          ))}
          {columns.map((column, x) => (
            <g key={column.cells[0]?.date ?? x}>
              {column.month && x < columns.length - 2 && (
                <text x={LEFT + x * STEP} y={TOP - 6} className="history-heatmap-label">
                  {monthName(format, column.month)}
                </text>
              )}
              {column.cells.map((cell) => (
                <rect
                  key={cell.date}
                  x={LEFT + x * STEP}
                  y={TOP + cell.row * STEP}
                  width={CELL}
                  height={CELL}
                  rx={2}
                  className={`history-cell history-level-${cell.level}${cell.date === chosen ? ' history-cell-chosen' : ''}`}
                  data-date={cell.date}
                  data-minutes={cell.minutes}
                  onClick={() => setChosen(cell.date)}
                >
                  <title>{`${format.weekdayDayYear(cell.date)}: ${cell.minutes > 0 ? format.duration(cell.minutes) : 'no study'}`}</title>
                </rect>
              ))}
            </g>
          ))}
        </svg>
      </div>
      <div className="history-heatmap-foot">
        <p id="history-day" className="small" aria-live="polite" data-testid="heatmap-day">
          {format.weekdayDayYear(chosen)}: {chosenMinutes > 0 ? `${format.duration(chosenMinutes)} studied` : 'no study logged'}
        </p>
        <ul className="history-legend" aria-label="Legend">
          {heatLegend(format).map((l) => (
            <li key={l.level}>
              <svg width={CELL} height={CELL} aria-hidden="true" className="history-legend-swatch">
                <rect width={CELL} height={CELL} rx={2} className={`history-cell history-level-${l.level}`} />
              </svg>
              {l.label}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
