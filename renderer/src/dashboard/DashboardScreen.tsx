/**
 * The dashboard: the answers to "how am I doing and what is next?" — readiness, this week's
 * sessions and hours, the next milestone, finish date and schedule, budget, streak, the
 * next exam and the reviews due.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { SKILL_AREA_LABELS, SKILL_AREAS } from '../../../shared/domain/skill-area';
import { weeklyStreak } from '../../../shared/planner/streak';
import type { ScreenProps } from '../screens';
import { useContent } from '../shared/content';
import { scheduleStatusText } from '../shared/format';
import { useDisplayFormat, useLearnerZone } from '../shared/locale';
import './dashboard.css';
import { useDashboard, type DashboardData } from './useDashboard';
import { EmptyState, Loaded } from '../shared/LoadStates';

export function DashboardScreen({ planner, navigate }: ScreenProps) {
  return (
    <Loaded read={useDashboard(planner, useDisplayFormat().firstDayOfWeek)} what="The dashboard" loading="Loading your dashboard…">
      {(data) =>
        data.view ? (
          <Dashboard data={data} view={data.view} navigate={navigate} />
        ) : (
          <EmptyState title="Welcome to MLE Path" action="Set up your profile" onAction={() => navigate('profile')}>
            <p>Tell MLE Path where you are starting from, and it builds your roadmap, exam plan and weekly sessions.</p>
          </EmptyState>
        )
      }
    </Loaded>
  );
}

function Dashboard({ data, view, navigate }: { data: DashboardData; view: NonNullable<DashboardData['view']>; navigate: ScreenProps['navigate'] }) {
  const format = useDisplayFormat();
  const { certificationLabel } = useContent();
  const learnerZone = useLearnerZone();
  const { plan, progress, today } = view;
  const done = new Set(view.doneMilestoneIds);
  const next = plan.milestones.find((m) => m.status === 'planned' && !done.has(m.id));
  const nextExam = data.certifications
    .filter((c) => c.status === 'exam-booked' && c.examDate && c.examDate >= today)
    .sort((a, b) => (a.examDate ?? '').localeCompare(b.examDate ?? ''))[0];
  const spent = data.spending.reduce((s, x) => s + x.amountUsd, 0) + data.certifications.reduce((s, c) => s + c.spentUsd, 0);
  const activity = [
    ...data.progress.flatMap((p) => (p.done && p.doneAt ? [p.doneAt.slice(0, 10)] : [])),
    ...(data.week?.sessions ?? []).filter((s) => s.status === 'done').map((s) => s.startUtc.slice(0, 10)),
  ];
  const streak = weeklyStreak(activity, today);
  const status = scheduleStatusText(progress, format);
  const weekSessions = (data.week?.sessions ?? []).filter((s) => s.status !== 'skipped');
  const timeZone = data.week?.timeZone ?? learnerZone;
  const roundHours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

  return (
    <div className="screen">
      <div className="screen-head">
        <h1>Dashboard</h1>
        <p className="lede">
          {format.percent(progress.overallPercent)} of your roadmap done · estimated finish {format.day(plan.etaDate)}
        </p>
      </div>

      <section className="stats" aria-label="At a glance">
        <div className="card stat">
          <span className="stat-label">Schedule</span>
          <span className={`stat-value ${progress.status === 'behind' ? 'text-warning' : ''}`} data-testid="dash-status">
            {status}
          </span>
          <span className="stat-note">Finish {format.day(plan.etaDate)}</span>
        </div>
        <div className="card stat">
          <span className="stat-label">This week</span>
          <span className="stat-value" data-testid="dash-week-hours">
            {format.hours(roundHours(data.week?.doneMinutes ?? 0))} <span className="stat-of">of {format.hours(roundHours(data.week?.plannedMinutes ?? 0))}</span>
          </span>
          <span className="stat-note">
            {weekSessions.length === 0 && plan.startDate > today ? `Your plan starts ${format.day(plan.startDate)}` : `${format.number(weekSessions.length)} sessions planned`}
          </span>
        </div>
        <div className="card stat">
          <span className="stat-label">Budget used</span>
          <span className={`stat-value ${spent > plan.budget.budgetUsd ? 'text-warning' : ''}`}>
            {format.usd(spent)} <span className="stat-of">of {format.usd(plan.budget.budgetUsd)}</span>
          </span>
          <span className="stat-note">Exams planned: {format.usd(plan.budget.plannedUsd)}</span>
        </div>
        <div className="card stat">
          <span className="stat-label">Streak</span>
          <span className="stat-value" data-testid="dash-streak">
            {format.number(streak)} {streak === 1 ? 'week' : 'weeks'}
          </span>
          <span className="stat-note">Weeks in a row with study</span>
        </div>
      </section>

      <div className="dash-grid">
        <section className="card stack" aria-labelledby="readiness-title">
          <h2 id="readiness-title">Readiness</h2>
          {data.readiness ? (
            <>
              <p className="dash-score" data-testid="dash-readiness">
                {data.readiness.overall}
                <span className="stat-of"> / 100</span>
              </p>
              <ul className="dash-bars">
                {SKILL_AREAS.map((area) => (
                  <li key={area}>
                    <span className="small">
                      {SKILL_AREA_LABELS[area]}
                      {area === data.readiness?.weakest ? ' · weakest' : area === data.readiness?.strongest ? ' · strongest' : ''}
                    </span>
                    <div className="meter" role="progressbar" aria-label={SKILL_AREA_LABELS[area]} aria-valuenow={data.readiness?.byArea[area] ?? 0} aria-valuemin={0} aria-valuemax={100}>
                      <span style={{ width: `${data.readiness?.byArea[area] ?? 0}%` }} />
                    </div>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">No score yet.</p>
          )}
          <button type="button" className="button button-secondary" onClick={() => navigate('quiz')}>
            {data.readiness ? 'Practise' : 'Take the 6-question quiz'}
          </button>
        </section>

        <section className="card stack" aria-labelledby="next-title">
          <h2 id="next-title">Next milestone</h2>
          {next ? (
            <>
              <p className="dash-next" data-testid="dash-next-milestone">
                {next.title}
              </p>
              <p className="muted small">
                {format.hours(next.hours)} · planned {format.dayRange(next.startDate, next.endDate)}
              </p>
            </>
          ) : (
            <p>Every milestone is ticked off. Well done!</p>
          )}
          <button type="button" className="button button-secondary" onClick={() => navigate('roadmap')}>
            Open roadmap
          </button>
        </section>

        <section className="card stack" aria-labelledby="exam-title">
          <h2 id="exam-title">Next exam</h2>
          {nextExam?.examDate ? (
            <>
              <p className="dash-score" data-testid="dash-exam-countdown">
                {format.number(differenceInCalendarDays(parseISO(nextExam.examDate), parseISO(today)))}
                <span className="stat-of"> days</span>
              </p>
              <p className="small">
                {certificationLabel(nextExam.certId)} on {format.day(nextExam.examDate)}
              </p>
            </>
          ) : plan.certifications[0] ? (
            <p className="small">
              Not booked yet. Target: {certificationLabel(plan.certifications[0].certId)} around {format.day(plan.certifications[0].targetExamDate)}.
            </p>
          ) : (
            <p className="muted small">No exam in your plan yet.</p>
          )}
          <button type="button" className="button button-secondary" onClick={() => navigate('certifications')}>
            Certifications
          </button>
        </section>

        <section className="card stack" aria-labelledby="reviews-title">
          <h2 id="reviews-title">Reviews</h2>
          <p className="dash-score" data-testid="dash-reviews-due">
            {format.number(data.reviews.dueToday)}
            <span className="stat-of"> due today</span>
          </p>
          <p className="small">
            {data.reviews.active === 0
              ? 'Tick a milestone off and its checklist and quiz questions come here for spaced review.'
              : data.reviews.dueToday > 0
                ? `${format.number(data.reviews.dueThisWeek)} due this week, a few minutes each.`
                : data.reviews.nextDueDay
                  ? `Next review ${format.weekdayDay(data.reviews.nextDueDay)}.`
                  : 'None scheduled.'}
          </p>
          <button type="button" className={`button ${data.reviews.dueToday > 0 ? 'button-primary' : 'button-secondary'}`} onClick={() => navigate('review')}>
            {data.reviews.dueToday > 0 ? 'Start review' : 'Open review'}
          </button>
        </section>

        <section className="card stack dash-week" aria-labelledby="week-title">
          <h2 id="week-title">This week's sessions</h2>
          {weekSessions.length === 0 ? (
            <p className="muted small" data-testid="dash-week-empty">
              {plan.startDate > today
                ? `Your plan starts on ${format.day(plan.startDate)}; its first sessions are in that week's calendar.`
                : plan.etaDate < today
                  ? 'Your plan has no sessions left: it is finished.'
                  : 'No sessions this week.'}
            </p>
          ) : (
            <ul className="dash-sessions">
              {weekSessions.slice(0, 6).map((s) => (
                <li key={s.id} className={s.status === 'done' ? 'is-done' : ''}>
                  <span>{format.weekdayTime(s.startUtc, timeZone)}</span>
                  <span className="muted small">
                    {format.hours(roundHours(s.minutes))}
                    {s.milestoneId ? ` · ${plan.milestones.find((m) => m.id === s.milestoneId)?.title ?? ''}` : ''}
                    {s.status === 'done' ? ' · done' : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button button-secondary" onClick={() => navigate('week')}>
            Open week
          </button>
        </section>
      </div>
    </div>
  );
}
