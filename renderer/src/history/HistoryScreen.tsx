/**
 * History: what the learner has done, as three pictures with their words. A year of study as a
 * heatmap, planned against studied hours for the last 26 weeks, and readiness per skill area by
 * month. The store sums it all (history:get), so the window never reads years of sessions. Each
 * picture has a sentence that says what it shows and a table with every number.
 */
import type { HistoryView } from '../../../shared/ipc/contract';
import { SKILL_AREA_LABELS, SKILL_AREAS } from '../../../shared/domain/skill-area';
import { formatIsoDate, parseIsoDate } from '../../../shared/planner/time';
import { useChannel } from '../data/planner-query';
import type { ScreenProps } from '../screens';
import { Loaded } from '../shared/LoadStates';
import { useDisplayFormat } from '../shared/locale';
import { heatmapSentence, monthRows, readinessSentence, weeksSentence } from './history-model';
import { ReadinessOverTime } from './ReadinessOverTime';
import { StudyHeatmap } from './StudyHeatmap';
import { WeeksChart } from './WeeksChart';
import './history.css';

export default function HistoryScreen({ planner, navigate }: ScreenProps) {
  const read = useChannel(planner, 'history:get', {});
  return (
    <div className="screen">
      <div className="screen-head">
        <h1>History</h1>
        <p className="lede">The days you studied over the last year, your weeks against the plan, and how your readiness has grown.</p>
      </div>
      <Loaded read={read} what="Your history" loading="Loading your history…">
        {(view) => <History view={view} navigate={navigate} />}
      </Loaded>
    </div>
  );
}

function History({ view, navigate }: { view: HistoryView; navigate: ScreenProps['navigate'] }) {
  const format = useDisplayFormat();
  const heatSummary = heatmapSentence(view, format);
  const months = monthRows(view);
  const weekEnd = (weekStart: string) => formatIsoDate((parseIsoDate(weekStart) ?? 0) + 6);

  return (
    <>
      <section className="card stack" aria-labelledby="history-year-title">
        <h2 id="history-year-title">Your year of study</h2>
        <p data-testid="heatmap-summary">{heatSummary}</p>
        {view.days.length === 0 && (
          <p className="muted">
            Each day shades in as you mark sessions done.{' '}
            <button type="button" className="link-button" onClick={() => navigate('week')}>
              Open your week
            </button>
          </p>
        )}
        <StudyHeatmap view={view} summary={heatSummary} />
        <details className="history-table-details">
          <summary>The year by month, as a table</summary>
          <div className="history-table-wrap" role="region" aria-label="The year by month" tabIndex={0}>
            <table className="history-table" data-testid="months-table">
              <caption className="sr-only">Study per month, {format.dayRange(view.from, view.today)}</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Study days</th>
                  <th scope="col">Time studied</th>
                  <th scope="col">Most studied day</th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{format.month(m.month, 'long')}</th>
                    <td className="history-num">{format.number(m.studyDays)}</td>
                    <td className="history-num">{format.duration(m.minutes)}</td>
                    <td>{m.busiest ? `${format.weekdayDay(m.busiest.date)}, ${format.duration(m.busiest.minutes)}` : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>

      <section className="card stack" aria-labelledby="history-weeks-title">
        <h2 id="history-weeks-title">Planned and studied, week by week</h2>
        <p data-testid="weeks-summary">{weeksSentence(view.weeks, format)}</p>
        <ul className="history-legend history-series-legend" aria-hidden="true">
          <li>
            <span className="history-swatch history-swatch-planned" />
            Planned
          </li>
          <li>
            <span className="history-swatch history-swatch-studied" />
            Studied
          </li>
        </ul>
        <WeeksChart weeks={view.weeks} />
        <p className="small muted">Planned counts the sessions you did not skip, as your week does; studied is the time you logged.</p>
        <details className="history-table-details">
          <summary>The weeks as a table</summary>
          <div className="history-table-wrap" role="region" aria-label="Weeks" tabIndex={0}>
            <table className="history-table" data-testid="weeks-table">
              <caption className="sr-only">Planned and studied time per week, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Week</th>
                  <th scope="col">Planned</th>
                  <th scope="col">Studied</th>
                </tr>
              </thead>
              <tbody>
                {[...view.weeks].reverse().map((w) => (
                  <tr key={w.weekStart}>
                    <th scope="row">{format.dayRange(w.weekStart, weekEnd(w.weekStart))}</th>
                    <td className="history-num">{format.duration(w.plannedMinutes)}</td>
                    <td className="history-num">{format.duration(w.studiedMinutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>

      <section className="card stack" aria-labelledby="history-readiness-title">
        <h2 id="history-readiness-title">Readiness by skill area</h2>
        {view.readiness.length === 0 ? (
          <div className="empty-state">
            <p>Take the readiness quiz and your readiness per area appears here month by month.</p>
            <button type="button" className="button button-primary" onClick={() => navigate('quiz')}>
              Take the quiz
            </button>
          </div>
        ) : (
          <>
            <p data-testid="readiness-summary">{readinessSentence(view.readiness, SKILL_AREA_LABELS, format)}</p>
            <ul className="history-legend history-series-legend" aria-hidden="true">
              {SKILL_AREAS.map((area, i) => (
                <li key={area}>
                  <span className={`history-swatch history-swatch-line history-swatch-line-${i}`} />
                  {SKILL_AREA_LABELS[area]}
                </li>
              ))}
            </ul>
            <ReadinessOverTime points={view.readiness} />
            <p className="small muted">Out of 100, from every quiz answer up to the end of each month, weighed with your self-rating as the quiz screen does.</p>
            <details className="history-table-details">
              <summary>Readiness by month, as a table</summary>
              <div className="history-table-wrap" role="region" aria-label="Readiness by month" tabIndex={0}>
                <table className="history-table" data-testid="readiness-table">
                  <caption className="sr-only">Readiness out of 100 per skill area at the end of each month</caption>
                  <thead>
                    <tr>
                      <th scope="col">Month</th>
                      {SKILL_AREAS.map((area) => (
                        <th scope="col" key={area}>
                          {SKILL_AREA_LABELS[area]}
                        </th>
                      ))}
                      <th scope="col">Overall</th>
                      <th scope="col">Quizzes taken</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...view.readiness].reverse().map((p) => (
                      <tr key={p.month}>
                        <th scope="row">{format.month(p.month, 'long')}</th>
                        {SKILL_AREAS.map((area) => (
                          <td className="history-num" key={area}>
                            {format.number(p.byArea[area])}
                          </td>
                        ))}
                        <td className="history-num">{format.number(p.overall)}</td>
                        <td className="history-num">{format.number(p.attempts)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        )}
      </section>
    </>
  );
}
