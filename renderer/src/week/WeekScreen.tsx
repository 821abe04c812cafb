/**
 * The week calendar: the learner's study sessions for one week in their own
 * time zone (WeekView.timeZone, not this computer's), starting on their locale's first day, the
 * week's planned / done / logged time, and the sessions of earlier weeks still open. Sessions are marked done (with the minutes
 * studied), skipped, undone and moved (drag and drop or keyboard); every change shows at once
 * and is reverted with the store's message if the store refuses it.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { StudySession } from '../../../shared/domain/records';
import type { PlanView, WeekView } from '../../../shared/ipc/contract';
import type { WeeklyAvailability } from '../../../shared/domain/availability';
import { defaultAvailability } from '../../../shared/planner/default-availability';
import { nextFreeRefusalMessage, nextFreeWindow, snoozeRefusalMessage, snoozeSession } from '../../../shared/planner/snooze';
import { formatIsoDate } from '../../../shared/planner/time';
import { instantToLocal, parseIsoDate } from '../../../shared/planner/time';
import type { ScreenProps } from '../screens';
import { useDisplayFormat } from '../shared/locale';
import { usePlanView } from '../shared/usePlanView';
import type { GridSession, MoveDraft } from './grid-types';
import { MissedSessions } from './MissedSessions';
import { ReflowPanel } from './ReflowPanel';
import { SessionDialog } from './SessionDialog';
import { useLearnerWeek, useNow } from './useLearnerWeek';
import { optimistic, useSessionUpdates, type SessionChange } from './useSessionUpdates';
import { fetchStoredWeeks, fetchWeek, useWeekView, type WeekRead } from './useWeekView';
import { WeekEmpty, NoPlanYet } from './WeekEmpty';
import { WeekGrid } from './WeekGrid';
import { WeekHeader } from './WeekHeader';
import { WeekTotals } from './WeekTotals';
import { ReviewSlotNote } from './ReviewSlotNote';
import {
  currentWeekStart,
  describePlacement,
  findFreeSlot,
  placeSession,
  sessionDayLabel,
  shiftWeek,
  slotToUtc,
  weekDays,
  weekStartOf,
  weekTitle,
} from './week-time';
import './week.css';
import { LoadError, Loaded } from '../shared/LoadStates';

export default function WeekScreen({ planner, navigate, detail }: ScreenProps) {
  const plan = usePlanView(planner);
  const learner = useLearnerWeek(planner);
  const { firstDayOfWeek } = useDisplayFormat();
  // A clicked reminder names a stored week (Monday to Sunday: the digest's week, a session's week)
  // and maybe a session: open the on-screen week, starting on the locale's first day, that holds it.
  const onScreenWeek = (stored: string | undefined) => (stored ? weekStartOf(stored, firstDayOfWeek) : null);
  const [chosenWeek, setChosenWeek] = useState<string | null>(onScreenWeek(detail?.weekStart));
  const [focusSessionId, setFocusSessionId] = useState<string | null>(detail?.sessionId ?? null);
  // Another reminder clicked while the week is open: follow it (React's "adjust state on a prop change").
  const [shownDetail, setShownDetail] = useState(detail);
  if (detail !== shownDetail) {
    setShownDetail(detail);
    if (detail?.weekStart) setChosenWeek(onScreenWeek(detail.weekStart));
    setFocusSessionId(detail?.sessionId ?? null);
  }
  const weekStart = chosenWeek ?? learner.weekStart;
  const week = useWeekView(planner, weekStart);

  return (
    <Loaded read={plan} what="Your plan" loading="Loading your week…">
      {(planView) =>
        planView ? (
          // Keyed by week: a move in progress or an open dialog belongs to the week it started in.
          <Week
            key={weekStart}
            planView={planView}
      planner={planner}
      weekStart={weekStart}
      zoneGuess={learner.timeZone}
      week={week}
      onWeek={setChosenWeek}
      navigate={navigate}
      availability={learner.availability}
            focusSessionId={focusSessionId}
            onFocused={() => setFocusSessionId(null)}
          />
        ) : (
          <NoPlanYet onSetUp={() => navigate('profile')} />
        )
      }
    </Loaded>
  );
}

interface WeekProps extends Pick<ScreenProps, 'planner' | 'navigate'> {
  planView: PlanView | null;
  weekStart: string;
  /** The learner's zone as read from their profile, until the week itself says. */
  zoneGuess: string;
  week: WeekRead;
  onWeek: (weekStart: string) => void;
  /** The learner's study windows; null: the defaults the plan uses. */
  availability: WeeklyAvailability | null;
  /** A session a clicked reminder asked to see: scrolled to and focused once it is on screen. */
  focusSessionId: string | null;
  onFocused: () => void;
}

function Week({ planView, planner, weekStart, zoneGuess, week, onWeek, navigate, availability, focusSessionId, onFocused }: WeekProps) {
  const now = useNow();
  const format = useDisplayFormat();
  const firstDay = format.firstDayOfWeek;
  const client = useQueryClient();
  const view = week.data ?? null;
  const timeZone = view?.timeZone ?? zoneGuess;
  const thisWeek = currentWeekStart(timeZone, now, firstDay);
  const days = weekDays(weekStart, format);
  const updates = useSessionUpdates(planner);
  const [openId, setOpenId] = useState<string | null>(null);
  const [moving, setMoving] = useState<MoveDraft | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const titleOf = (session: StudySession) =>
    planView?.plan.milestones.find((m) => m.id === session.milestoneId)?.title ?? 'Study session';

  const items: GridSession[] = (view?.sessions ?? []).flatMap((stored) => {
    const override = updates.pending.get(stored.id);
    const session = override ? optimistic(stored, override) : stored;
    const placement = placeSession(session, weekStart, timeZone);
    return placement ? [{ session, placement, title: titleOf(session), saving: override !== undefined }] : [];
  });
  const openItem = items.find((i) => i.session.id === openId);

  // The week's sessions arrive after the screen mounts: focus the asked-for one once it is drawn.
  const focusReady = focusSessionId !== null && items.some((i) => i.session.id === focusSessionId);
  useEffect(() => {
    if (!focusReady || focusSessionId === null) return;
    const block = document.querySelector<HTMLElement>(`[data-session-id="${CSS.escape(focusSessionId)}"]`);
    if (block) {
      block.scrollIntoView({ block: 'center', inline: 'nearest' });
      block.focus();
    }
    onFocused();
  }, [focusReady, focusSessionId, onFocused]);

  function change(item: Pick<GridSession, 'session' | 'title'>, patch: SessionChange, done: string, failed: string) {
    void updates.update(item.session, patch, { title: item.title, done, failed });
  }

  function move(item: GridSession, dayIndex: number, startMin: number) {
    const target = { dayIndex, startMin, endMin: startMin + item.session.minutes };
    change(item, { startUtc: slotToUtc(timeZone, weekStart, dayIndex, startMin) }, `moved to ${describePlacement(target, days, format)}`, 'was not moved');
  }

  // Missed sessions come into the week on screen, or into this week when looking back.
  const targetWeek = weekStart < thisWeek ? thisWeek : weekStart;
  const targetLabel = targetWeek === thisWeek ? 'this week' : weekTitle(targetWeek, format);

  async function moveIn(session: StudySession) {
    const title = titleOf(session);
    let target: WeekView | null = targetWeek === weekStart ? view : null;
    if (!target) {
      const fetched = await fetchWeek(client, planner, targetWeek);
      if (!fetched.ok) return updates.showError(`“${title}” was not moved: ${fetched.error.message}`);
      target = fetched.value;
    }
    const slot = findFreeSlot(session, target, Date.now());
    if (!slot) return updates.showError(`“${title}” was not moved: ${targetLabel} has no free time left for ${session.minutes} minutes. Try a later week.`);
    const moved = { ...session, startUtc: slot };
    change({ session, title }, { startUtc: slot }, `moved to ${sessionDayLabel(moved, timeZone, format)}`, 'was not moved');
  }

  /** "Snooze 1 hour": the rule is shared/planner/snooze.ts, the same one a reminder's button uses. */
  function snooze(item: GridSession) {
    const result = snoozeSession({
      session: item.session,
      others: view?.sessions ?? [],
      availability: availability ?? defaultAvailability(timeZone),
      timeZone,
      nowMs: Date.now(),
    });
    if (!result.ok) return updates.showError(snoozeRefusalMessage(item.title, result.refusal));
    change(item, { startUtc: result.startUtc }, `snoozed to ${result.newSpan}`, 'was not snoozed');
  }

  /**
   * "Snooze to the next free window": the stored weeks it may go to (its own and the next, read
   * through the cache so the next week's sessions exist), then the shared rule.
   */
  async function snoozeToFree(item: GridSession) {
    const own = item.session.weekStart;
    const next = formatIsoDate((parseIsoDate(own) ?? 0) + 7);
    const weeks = await fetchStoredWeeks(client, planner, [own, next]);
    if (!weeks.ok) return updates.showError(`“${item.title}” was not snoozed: ${weeks.error.message}`);
    const result = nextFreeWindow({
      session: item.session,
      others: weeks.value.flatMap((w) => w.sessions),
      availability: availability ?? defaultAvailability(timeZone),
      timeZone,
      nowMs: Date.now(),
      weeklyMinutes: Math.floor((planView?.plan.weeklyHours ?? 0) * 60 + 1e-9),
    });
    if (!result.ok) return updates.showError(nextFreeRefusalMessage(item.title, result.refusal));
    change(item, { startUtc: result.startUtc }, `snoozed to ${format.day(result.date)} ${result.newSpan}`, 'was not snoozed');
  }

  function openActions(item: GridSession) {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpenId(item.session.id);
  }

  function closeActions() {
    setOpenId(null);
    // Back to the block the dialog was opened from, so keyboard users keep their place.
    const element = opener.current;
    requestAnimationFrame(() => {
      if (element?.isConnected) element.focus();
    });
  }

  const firstDate = parseIsoDate(weekStart) ?? 0;
  const local = instantToLocal(timeZone, now);
  const nowInWeek = weekStart === thisWeek ? { dayIndex: local.day - firstDate, minutes: local.minutes } : null;
  const planWeek = planView ? weekStartOf(planView.plan.startDate, firstDay) : null;

  return (
    <div className="screen week-screen">
      <WeekHeader
        weekStart={weekStart}
        timeZone={timeZone}
        isCurrentWeek={weekStart === thisWeek}
        onStep={(n) => onWeek(shiftWeek(weekStart, n))}
        onThisWeek={() => onWeek(thisWeek)}
      />
      {planView && planWeek && weekStart >= thisWeek && weekStart < planWeek && (
        <div className="week-note" role="note">
          <p>Your plan starts on {format.day(planView.plan.startDate)}. Sessions before then are a head start.</p>
          <button type="button" className="button button-secondary week-button-small" onClick={() => onWeek(planWeek)}>
            Go to the first week
          </button>
        </div>
      )}
      {week.status === 'pending' && (
        <div className="card skeleton" aria-busy="true" role="status">
          Loading {weekTitle(weekStart, format)}…
        </div>
      )}
      {week.failure &&
        (week.failure.code === 'not-found' ? (
          <NoPlanYet onSetUp={() => navigate('profile')} />
        ) : (
          <LoadError what="This week" message={week.failure.message} onRetry={() => void week.refetch()} />
        ))}
      {view && (
        <>
          {view.sessions.length > 0 && <WeekTotals view={view} />}
          {view.reviewSlot && (
            <ReviewSlotNote
              slot={view.reviewSlot}
              timeZone={timeZone}
              sessionTitle={(() => {
                const host = view.sessions.find((s) => s.id === view.reviewSlot?.withinSessionId);
                return host ? titleOf(host) : null;
              })()}
              onOpen={() => navigate('review')}
            />
          )}
          {updates.error && (
            <div className="alert alert-error" role="alert" data-testid="week-error">
              {updates.error}
            </div>
          )}
          {items.length > 0 ? (
            <section className="card week-card" aria-label={`Sessions, ${weekTitle(weekStart, format)}`}>
              {moving ? (
                <p className="week-hint is-moving">
                  Moving: <kbd>↑</kbd> <kbd>↓</kbd> 15 minutes, <kbd>←</kbd> <kbd>→</kbd> one day, <kbd>Enter</kbd> to save, <kbd>Esc</kbd> to cancel.
                </p>
              ) : (
                <p className="week-hint">Select a session for its actions. Drag it, or use the arrow keys, to move it.</p>
              )}
              <WeekGrid
                items={items}
                days={days}
                now={nowInWeek}
                moving={moving}
                onMovingChange={setMoving}
                onMove={move}
                onOpen={openActions}
              />
            </section>
          ) : (
            <WeekEmpty when={weekStart < thisWeek ? 'past' : weekStart === thisWeek ? 'current' : 'future'} onProfile={() => navigate('profile')} />
          )}
          <ReflowPanel planner={planner} missedCount={view.missed.length} />
          <MissedSessions
            missed={view.missed}
            timeZone={timeZone}
            titleOf={titleOf}
            targetLabel={targetLabel}
            busy={new Set(updates.pending.keys())}
            onDone={(s) => change({ session: s, title: titleOf(s) }, { status: 'done' }, 'marked done', 'could not be marked done')}
            onSkip={(s) => change({ session: s, title: titleOf(s) }, { status: 'skipped' }, 'skipped', 'could not be skipped')}
            onMoveIn={(s) => void moveIn(s)}
          />
        </>
      )}
      {openItem && (
        <SessionDialog
          key={openItem.session.id}
          item={openItem}
          when={describePlacement(openItem.placement, days, format)}
          onClose={closeActions}
          onDone={(minutes) => {
            closeActions();
            change(openItem, { status: 'done', loggedMinutes: minutes }, 'marked done', 'could not be marked done');
          }}
          onSaveMinutes={(minutes) => {
            closeActions();
            change(openItem, { loggedMinutes: minutes }, `logged as ${minutes} minutes`, 'could not be saved');
          }}
          onSkip={() => {
            closeActions();
            change(openItem, { status: 'skipped' }, 'skipped', 'could not be skipped');
          }}
          onUndo={() => {
            closeActions();
            change(openItem, { status: 'planned' }, 'is planned again', 'could not be changed back');
          }}
          onSnooze={() => {
            closeActions();
            snooze(openItem);
          }}
          onSnoozeToFree={() => {
            closeActions();
            void snoozeToFree(openItem);
          }}
          onMove={() => {
            setOpenId(null);
            setMoving({ sessionId: openItem.session.id, dayIndex: openItem.placement.dayIndex, startMin: openItem.placement.startMin });
          }}
        />
      )}
      <p className="sr-only" role="status">
        {updates.notice}
      </p>
    </div>
  );
}
