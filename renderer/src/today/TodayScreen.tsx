/**
 * Today: the session to work on now (the one the focus timer runs for, the one under way, or the
 * next), its milestone and what to do in it (the milestone's resources and the phase's
 * ready-for-the-next-phase items still unticked, tickable here), the focus timer, "I studied
 * without the timer", the reviews due today (with the week's review slot when it is today), and
 * the rest of today's sessions. With nothing today it says when the next session is. Times are on
 * the learner's clock and in their locale.
 */
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import type { StudySession } from '../../../shared/domain/records';
import type { PlanView, ReviewQueue, WeekView } from '../../../shared/ipc/contract';
import { channelQuery, useChannel } from '../data/planner-query';
import { useChecklist } from '../projects/useChecklist';
import type { ScreenProps } from '../screens';
import { useContent } from '../shared/content';
import { EmptyState, LoadError, LoadingCard } from '../shared/LoadStates';
import { useDisplayFormat, useLearnerZone } from '../shared/locale';
import { useNow } from '../week/useLearnerWeek';
import { useSessionUpdates } from '../week/useSessionUpdates';
import { instantToLocal, parseInstant } from '../../../shared/planner/time';
import { sessionDayLabel, sessionSpan } from '../week/week-time';
import { FocusTimerPanel } from './FocusTimerPanel';
import { planToday, todayWeeks, type FocusKind } from './today-model';
import { useFocusTimer } from './useFocusTimer';
import './today.css';

const FOCUS_HEADINGS: Record<FocusKind, string> = { timer: 'Focus session', now: 'Now', today: 'Next today', later: 'Next session' };

export default function TodayScreen({ planner, navigate }: ScreenProps) {
  const timeZone = useLearnerZone();
  const now = useNow();
  const plan = useChannel(planner, 'plan:get', {});
  const weeks = todayWeeks(timeZone, now, plan.data?.plan.startDate);
  const reads = useQueries({ queries: weeks.map((weekStart) => channelQuery(planner, 'week:get', { weekStart })) });
  const timer = useFocusTimer(planner);
  const reviews = useChannel(planner, 'review:queue', {});

  if (plan.status === 'success' && plan.data === null) {
    return (
      <EmptyState title="Today" action="Set up your profile" onAction={() => navigate('profile')}>
        <p>Save your profile first: Today shows the study sessions of your plan.</p>
      </EmptyState>
    );
  }
  const failed = plan.status === 'error' ? plan : reviews.status === 'error' ? reviews : reads.find((r) => r.status === 'error');
  if (failed?.error) return <LoadError what="Today" message={failed.error.message} onRetry={() => void Promise.all([plan.refetch(), reviews.refetch(), ...reads.map((r) => r.refetch())])} />;
  if (!plan.data || !reviews.data || reads.some((r) => !r.data)) return <LoadingCard>Loading today…</LoadingCard>;
  const sessions = reads.flatMap((r) => r.data?.sessions ?? []);
  const slots = reads.flatMap((r) => (r.data?.reviewSlot ? [r.data.reviewSlot] : []));
  const timerSession = timer.view?.state !== 'idle' ? (timer.view?.session?.id ?? null) : null;
  return (
    <Today view={plan.data} sessions={sessions} reviews={reviews.data} reviewSlots={slots} timeZone={timeZone} now={now} timerSessionId={timerSession} timer={timer} planner={planner} navigate={navigate} />
  );
}

interface TodayProps {
  view: PlanView;
  sessions: StudySession[];
  reviews: ReviewQueue;
  reviewSlots: NonNullable<WeekView['reviewSlot']>[];
  timeZone: string;
  now: number;
  timerSessionId: string | null;
  timer: ReturnType<typeof useFocusTimer>;
  planner: ScreenProps['planner'];
  navigate: ScreenProps['navigate'];
}

function Today({ view, sessions, reviews, reviewSlots, timeZone, now, timerSessionId, timer, planner, navigate }: TodayProps) {
  const format = useDisplayFormat();
  const today = planToday(sessions, timeZone, now, timerSessionId);
  const titleOf = (s: StudySession) => (s.milestoneId && view.plan.milestones.find((m) => m.id === s.milestoneId)?.title) || 'Study session';
  const focus = today.focus;
  return (
    <div className="screen">
      <div className="screen-head">
        <h1>Today</h1>
        <p className="lede" data-testid="today-summary">
          {format.dayLong(today.today)} ·{' '}
          {today.todayCount === 0
            ? focus
              ? `no study session today; the next is ${sessionDayLabel(focus.session, timeZone, format)}, ${sessionSpan(focus.session, timeZone, format)}`
              : 'no study session today or in the next days'
            : `${format.number(today.todayCount)} study ${today.todayCount === 1 ? 'session' : 'sessions'} today`}
        </p>
      </div>
      {focus ? (
        <FocusSession
          session={focus.session}
          heading={FOCUS_HEADINGS[focus.kind]}
          title={titleOf(focus.session)}
          phaseId={view.plan.milestones.find((m) => m.id === focus.session.milestoneId)?.phaseId ?? null}
          timeZone={timeZone}
          timer={timer}
          planner={planner}
          navigate={navigate}
        />
      ) : (
        <section className="card stack" aria-labelledby="today-none">
          <h2 id="today-none">No session coming up</h2>
          <p>
            {view.plan.etaDate < today.today
              ? 'Your plan has no sessions left: it is finished.'
              : 'There is no study session in this week or the next. The week view shows your calendar further ahead.'}
          </p>
          <button type="button" className="button button-secondary" onClick={() => navigate('week')}>
            Open week
          </button>
        </section>
      )}
      <DueReviews reviews={reviews} slot={reviewSlots.find((slot) => instantToLocal(timeZone, parseInstant(slot.startUtc) ?? 0).date === today.today) ?? null} timeZone={timeZone} navigate={navigate} />
      {today.rest.length > 0 && (
        <section className="card stack" aria-labelledby="today-rest">
          <h2 id="today-rest">{focus && today.todayCount > today.rest.length ? 'Also today' : 'Today’s sessions'}</h2>
          <ul className="today-rest">
            {today.rest.map((s) => (
              <li key={s.id} className={s.status === 'done' ? 'is-done' : ''} data-testid="today-rest-session">
                <span className="today-rest-time">{sessionSpan(s, timeZone, format)}</span>
                <span>{titleOf(s)}</span>
                <span className="muted small">{s.status === 'done' ? `done · ${format.duration(s.loggedMinutes)} logged` : format.duration(s.minutes)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

interface DueReviewsProps {
  reviews: ReviewQueue;
  /** The week's review slot when it falls today. */
  slot: NonNullable<WeekView['reviewSlot']> | null;
  timeZone: string;
  navigate: ScreenProps['navigate'];
}

/** The spaced reviews due today, and when today's review slot is, if the week placed one today. */
function DueReviews({ reviews, slot, timeZone, navigate }: DueReviewsProps) {
  const format = useDisplayFormat();
  if (reviews.active === 0) return null;
  const due = reviews.dueToday;
  return (
    <section className="card stack" aria-labelledby="today-reviews" data-testid="today-reviews">
      <h2 id="today-reviews">Reviews</h2>
      <p>
        {due === 0
          ? reviews.nextDueDay
            ? `Nothing to review today; the next review is ${format.weekdayDay(reviews.nextDueDay)}.`
            : 'Nothing to review today.'
          : `${format.number(due)} ${due === 1 ? 'review is' : 'reviews are'} due today, a few minutes each.`}
        {due > 0 && slot ? ` Your review slot is ${sessionSpan(slot, timeZone, format)}.` : ''}
      </p>
      {due > 0 && (
        <button type="button" className="button button-primary" onClick={() => navigate('review')}>
          Start review
        </button>
      )}
    </section>
  );
}

interface FocusProps {
  session: StudySession;
  heading: string;
  title: string;
  phaseId: string | null;
  timeZone: string;
  timer: ReturnType<typeof useFocusTimer>;
  planner: ScreenProps['planner'];
  navigate: ScreenProps['navigate'];
}

function FocusSession({ session, heading, title, phaseId, timeZone, timer, planner, navigate }: FocusProps) {
  const format = useDisplayFormat();
  const updates = useSessionUpdates(planner);
  const [logged, setLogged] = useState<string | null>(null);
  const content = useContent();
  const milestone = session.milestoneId ? content.milestone(session.milestoneId) : undefined;
  const phase = phaseId ? content.phase(phaseId) : undefined;
  const saving = updates.pending.has(session.id);
  const shown = updates.pending.get(session.id)?.status ?? session.status;
  const timerHere = timer.view?.session?.id === session.id && timer.view.state !== 'idle';

  async function studiedWithoutTimer() {
    setLogged(null);
    const saved = await updates.update(session, { status: 'done' }, { title, done: 'marked done', failed: 'was not marked done' });
    if (saved) setLogged(`Marked done: ${format.duration(session.minutes)} logged.`);
  }

  return (
    <>
      <section className="card stack today-focus" aria-labelledby="today-focus-title" data-testid="today-focus">
        <p className="today-kicker">{heading}</p>
        <h2 id="today-focus-title">{title}</h2>
        <p className="muted" data-testid="today-focus-when">
          {sessionDayLabel(session, timeZone, format)}, {sessionSpan(session, timeZone, format)} · {format.duration(session.minutes)}
          {shown === 'done' ? ` · done, ${format.duration(session.loggedMinutes)} logged` : ''}
          {saving ? ' · saving…' : ''}
        </p>
        <FocusTimerPanel
          session={session}
          title={title}
          timer={timer}
          onLogged={(text) => setLogged(text)}
        />
        {shown === 'planned' && !timerHere && (
          <div className="today-manual">
            <button type="button" className="button button-secondary" onClick={() => void studiedWithoutTimer()} aria-disabled={saving || undefined}>
              I studied without the timer
            </button>
            <span className="hint">Marks the session done with its {format.duration(session.minutes)}; change the minutes in the week view.</span>
          </div>
        )}
        <p role="status" className="small today-status" data-testid="today-status">
          {logged ?? ''}
        </p>
        {updates.error && (
          <p className="alert alert-error" role="alert">
            {updates.error}
          </p>
        )}
      </section>
      <div className="today-grid">
        <section className="card stack" aria-labelledby="today-todo">
          <h2 id="today-todo">What to do</h2>
          {milestone ? (
            <>
              <p>{milestone.description}</p>
              {milestone.resources.length > 0 && (
                <>
                  <h3>Resources</h3>
                  <ul className="today-resources">
                    {milestone.resources.map((r) => (
                      <li key={r.title}>
                        {r.url ? (
                          <a href={r.url} target="_blank" rel="noreferrer">
                            {r.title}
                          </a>
                        ) : (
                          r.title
                        )}{' '}
                        <span className="muted small">({r.kind})</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          ) : (
            <p className="muted">This session has no milestone of its own: use it to review or catch up.</p>
          )}
          <button type="button" className="button button-secondary" onClick={() => navigate('roadmap')}>
            Open roadmap
          </button>
        </section>
        {phase && <GateLeft planner={planner} phaseTitle={phase.title} gate={phase.gate} />}
      </div>
    </>
  );
}

/** The phase's "ready for the next phase?" items still unticked, tickable here (the same ticks as the roadmap's). */
function GateLeft({ planner, phaseTitle, gate }: { planner: ScreenProps['planner']; phaseTitle: string; gate: { title: string; items: readonly { id: string; text: string }[] } }) {
  const checklist = useChecklist(planner);
  // Items ticked on this screen stay listed (ticked) until the learner leaves, so a slip can be undone.
  const [tickedHere, setTickedHere] = useState<ReadonlySet<string>>(() => new Set());
  if (checklist.read.status === 'pending') return <LoadingCard>Loading your checklist…</LoadingCard>;
  if (checklist.read.status === 'error') return <LoadError what="Your checklist" message={checklist.read.error.message} onRetry={() => void checklist.read.refetch()} />;
  const left = gate.items.filter((item) => !checklist.ticked.has(item.id) || tickedHere.has(item.id));
  return (
    <section className="card stack" aria-labelledby="today-gate">
      <h2 id="today-gate">Checklist left</h2>
      <p className="muted small">
        {gate.title} ({phaseTitle})
      </p>
      {left.length === 0 ? (
        <p>Every item of this phase’s checklist is ticked.</p>
      ) : (
        <ul className="today-gate">
          {left.map((item) => (
            <li key={item.id}>
              <label className="inline-check">
                <input
                  type="checkbox"
                  checked={checklist.ticked.has(item.id)}
                  aria-disabled={checklist.pending.has(item.id) || undefined}
                  onChange={(e) => {
                    if (checklist.pending.has(item.id)) return;
                    setTickedHere((ids) => new Set(ids).add(item.id));
                    void checklist.toggle(item.id, e.target.checked);
                  }}
                />
                {item.text}
              </label>
            </li>
          ))}
        </ul>
      )}
      {checklist.tickError && (
        <p className="alert alert-error" role="alert">
          {checklist.tickError.message}
        </p>
      )}
    </section>
  );
}
