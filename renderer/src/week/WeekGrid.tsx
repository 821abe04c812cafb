/**
 * The week as a calendar: seven day columns (the locale's first day first), hour rows covering every session,
 * each session a block at its local start and end, and a line at the current time when the
 * week is this week. Moves are proposed here (drag and drop snapped to 15 minutes, or arrow
 * keys) and handed to the screen to save.
 *
 * All blocks live in one layer over the columns, not inside them: moving a block to another
 * day with the keyboard then only changes its position, so it keeps the focus.
 */
import {
  DndContext,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
} from '@dnd-kit/core';
import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useDisplayFormat } from '../shared/locale';
import { DayColumn } from './DayColumn';
import type { GridSession, MoveDraft } from './grid-types';
import { SessionBlock } from './SessionBlock';
import {
  assignLanes,
  clampStart,
  describePlacement,
  formatSpan,
  openingPlacement,
  overlapsAny,
  snapMinutes,
  visibleRange,
  type Placement,
  type WeekDay,
} from './week-time';

interface Props {
  items: readonly GridSession[];
  days: readonly WeekDay[];
  /** Where "now" is, when this week is the current one. */
  now: { dayIndex: number; minutes: number } | null;
  /** The keyboard move in progress, if any (the screen owns it: the actions dialog starts one). */
  moving: MoveDraft | null;
  onMovingChange: (draft: MoveDraft | null) => void;
  onMove: (item: GridSession, dayIndex: number, startMin: number) => void;
  onOpen: (item: GridSession) => void;
}

const INSTRUCTIONS =
  'Press Enter for this session’s actions. Arrow keys move it by 15 minutes or by one day; Enter saves the move, Escape cancels. With a mouse, drag it to another time.';

function draftPlacement(item: GridSession, draft: MoveDraft): Placement {
  return { dayIndex: draft.dayIndex, startMin: draft.startMin, endMin: draft.startMin + item.session.minutes };
}

function samePlace(item: GridSession, draft: MoveDraft): boolean {
  return item.placement.dayIndex === draft.dayIndex && item.placement.startMin === draft.startMin;
}

/**
 * Percent offsets inside the layer: columns are sevenths, rows the visible minutes. Blocks keep
 * a small gap to the hour and column lines (and to a neighbouring lane) so each stays distinct.
 */
function boxStyle(p: Placement, range: { firstMin: number; lastMin: number }, lane = 0, lanes = 1): CSSProperties {
  const span = range.lastMin - range.firstMin;
  const lane7 = `(100% / 7 / ${lanes})`;
  return {
    top: `calc(${((p.startMin - range.firstMin) / span) * 100}% + 1px)`,
    height: `calc(${((p.endMin - p.startMin) / span) * 100}% - 2px)`,
    left: `calc(${p.dayIndex} * 100% / 7 + ${lane} * ${lane7} + var(--space-1) / 2)`,
    width: `calc(${lane7} - var(--space-1))`,
  };
}

export function WeekGrid({ items, days, now, moving, onMovingChange, onMove, onOpen }: Props) {
  const format = useDisplayFormat();
  const describe = (p: Placement) => describePlacement(p, days, format);
  const [dragDraft, setDragDraft] = useState<MoveDraft | null>(null);
  // A small travel before a drag starts, so a click still opens the actions.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));

  const shown = items.map((item) => (moving && item.session.id === moving.sessionId ? { ...item, placement: draftPlacement(item, moving) } : item));
  const range = visibleRange(shown.map((i) => i.placement));
  const lanes = assignLanes(shown);
  const counted = (except: string) => shown.filter((i) => i.session.id !== except && i.session.status !== 'skipped');
  const find = (id: string | number) => items.find((i) => i.session.id === id);

  /** The snapped slot under a dragged block: the column under the pointer, the block's top edge. */
  function dropTarget(event: DragMoveEvent | DragEndEvent): MoveDraft | null {
    const item = find(event.active.id);
    const rect = event.active.rect.current.translated;
    const dayIndex: unknown = event.over?.data.current?.['dayIndex'];
    if (!item || !rect || !event.over || typeof dayIndex !== 'number') return null;
    const minutesPerPx = (range.lastMin - range.firstMin) / event.over.rect.height;
    const raw = range.firstMin + (rect.top - event.over.rect.top) * minutesPerPx;
    return { sessionId: item.session.id, dayIndex, startMin: clampStart(snapMinutes(raw), item.session.minutes) };
  }

  function nudge(item: GridSession, days: number, minutes: number) {
    const base = moving?.sessionId === item.session.id ? moving : { sessionId: item.session.id, ...item.placement };
    onMovingChange({
      sessionId: item.session.id,
      dayIndex: Math.min(6, Math.max(0, base.dayIndex + days)),
      startMin: clampStart(snapMinutes(base.startMin + minutes), item.session.minutes),
    });
  }

  function commit(item: GridSession) {
    if (moving && !samePlace(item, moving)) onMove(item, moving.dayIndex, moving.startMin);
    onMovingChange(null);
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${find(active.id)?.title ?? 'session'}.`,
    onDragOver: () => undefined,
    onDragEnd: ({ active }) => `Dropped ${find(active.id)?.title ?? 'session'}.`,
    onDragCancel: ({ active }) => `Move of ${find(active.id)?.title ?? 'session'} cancelled.`,
  };

  const dragged = dragDraft ? find(dragDraft.sessionId) : undefined;
  const dragPlacement = dragged && dragDraft ? draftPlacement(dragged, dragDraft) : null;
  const movingItem = moving ? shown.find((i) => i.session.id === moving.sessionId) : undefined;
  const hours = (range.lastMin - range.firstMin) / 60;

  // Open the week scrolled to its first session still ahead (less half an hour of context), once:
  // later changes must not yank the view away from what the learner is doing.
  const scrollBox = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const scrolled = useRef(false);
  const openAt = openingPlacement(items.map((i) => i.placement), now)?.startMin ?? range.firstMin;
  useLayoutEffect(() => {
    if (scrolled.current || !scrollBox.current || !body.current) return;
    scrolled.current = true;
    const pxPerMinute = body.current.offsetHeight / (range.lastMin - range.firstMin);
    scrollBox.current.scrollTop = Math.max(0, (openAt - 30 - range.firstMin) * pxPerMinute);
  }, [openAt, range.firstMin, range.lastMin]);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={pointerWithin}
      accessibility={{ screenReaderInstructions: { draggable: INSTRUCTIONS }, announcements }}
      onDragStart={() => onMovingChange(null)}
      onDragMove={(event) => setDragDraft(dropTarget(event))}
      onDragCancel={() => setDragDraft(null)}
      onDragEnd={(event) => {
        const target = dropTarget(event);
        setDragDraft(null);
        const item = find(event.active.id);
        if (item && target && !samePlace(item, target)) onMove(item, target.dayIndex, target.startMin);
      }}
    >
      <div className="week-scroll" ref={scrollBox}>
        <div className="week-grid" style={{ '--week-hours': hours } as CSSProperties}>
          <div className="week-corner" />
          {days.map((day) => (
            <div key={day.iso} className={`week-day-head ${now?.dayIndex === day.dayIndex ? 'is-today' : ''}`}>
              <span className="week-day-name">{day.short}</span>
              <span className="week-day-date">{day.date}</span>
              {now?.dayIndex === day.dayIndex && <span className="week-tag">Today</span>}
            </div>
          ))}
          <div className="week-hours" aria-hidden="true">
            {Array.from({ length: hours }, (_, i) => (
              <span key={i} className="week-hour">
                {format.hourLabel(range.firstMin + i * 60)}
              </span>
            ))}
          </div>
          <div className="week-body" ref={body}>
            {days.map((day) => (
              <DayColumn key={day.iso} day={day} today={now?.dayIndex === day.dayIndex} />
            ))}
            <div className="week-layer">
              {now && now.minutes >= range.firstMin && now.minutes <= range.lastMin && (
                <div className="week-now" style={boxStyle({ dayIndex: now.dayIndex, startMin: now.minutes, endMin: now.minutes }, range)} aria-hidden="true" />
              )}
              {dragPlacement && dragged && (
                <div
                  className={`week-drop ${overlapsAny(dragPlacement, counted(dragged.session.id)) ? 'is-conflict' : ''}`}
                  style={boxStyle(dragPlacement, range)}
                  aria-hidden="true"
                >
                  {days[dragPlacement.dayIndex]?.short} {formatSpan(dragPlacement, format)}
                </div>
              )}
              {shown.map((item) => {
                const lane = lanes.get(item) ?? { lane: 0, lanes: 1 };
                const isMoving = moving?.sessionId === item.session.id;
                return (
                  <SessionBlock
                    key={item.session.id}
                    item={item}
                    style={boxStyle(item.placement, range, isMoving ? 0 : lane.lane, isMoving ? 1 : lane.lanes)}
                    moving={isMoving}
                    conflict={isMoving && overlapsAny(item.placement, counted(item.session.id))}
                    describe={describe}
                    onOpen={() => onOpen(item)}
                    onNudge={(d, m) => nudge(items.find((i) => i.session.id === item.session.id) ?? item, d, m)}
                    onCommit={() => commit(items.find((i) => i.session.id === item.session.id) ?? item)}
                    onCancel={() => onMovingChange(null)}
                  />
                );
              })}
            </div>
          </div>
        </div>
      </div>
      <p className="sr-only" role="status">
        {movingItem
          ? `Moving ${movingItem.title} to ${describe(movingItem.placement)}${overlapsAny(movingItem.placement, counted(movingItem.session.id)) ? ', which overlaps another session' : ''}.`
          : ''}
      </p>
    </DndContext>
  );
}
