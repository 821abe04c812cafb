/**
 * One session in the grid: a button positioned by its local start and end. Click or Enter opens
 * its actions; it can be dragged (dnd-kit pointer sensor) or moved with the arrow keys
 * (15 minutes up/down, one day left/right), Enter to save the move, Escape to cancel.
 */
import { useDraggable } from '@dnd-kit/core';
import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { GridSession } from './grid-types';
import { useDisplayFormat } from '../shared/locale';
import { formatSpan, SNAP_MINUTES, type Placement } from './week-time';

const STATUS_WORD = { planned: 'planned', done: 'done', skipped: 'skipped' } as const;

/** Arrow key → [days, minutes] to move by. */
const NUDGES: Record<string, readonly [number, number]> = {
  ArrowUp: [0, -SNAP_MINUTES],
  ArrowDown: [0, SNAP_MINUTES],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

interface Props {
  item: GridSession;
  style: CSSProperties;
  /** True while this block is being moved with the keyboard (it is drawn at the new place). */
  moving: boolean;
  conflict: boolean;
  /** 'Monday 18:30–20:00' for a place in this week. */
  describe: (placement: Placement) => string;
  onOpen: () => void;
  onNudge: (days: number, minutes: number) => void;
  onCommit: () => void;
  onCancel: () => void;
}

export function SessionBlock({ item, style, moving, conflict, describe, onOpen, onNudge, onCommit, onCancel }: Props) {
  const { session, placement, title, saving } = item;
  const format = useDisplayFormat();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: session.id, disabled: saving });
  const ref = useRef<HTMLButtonElement | null>(null);

  // A move started from the actions dialog lands here: the arrow keys need the focus.
  useEffect(() => {
    if (moving && document.activeElement !== ref.current) ref.current?.focus();
  }, [moving]);

  // Keep a block moved with the keyboard in view as it travels through the scrolling grid.
  useEffect(() => {
    if (moving) ref.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [moving, placement.dayIndex, placement.startMin]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const nudge = NUDGES[event.key];
    if (nudge && !saving) {
      event.preventDefault();
      onNudge(nudge[0], nudge[1]);
    } else if (moving && event.key === 'Enter') {
      // Without this the button would also "click" and open the actions.
      event.preventDefault();
      onCommit();
    } else if (moving && event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  const status = STATUS_WORD[session.status];
  const label = moving
    ? `${title}, moving to ${describe(placement)}${conflict ? ', overlaps another session' : ''}. Enter to save, Escape to cancel`
    : `${title}, ${describe(placement)}, ${status}${saving ? ', saving' : ''}`;
  const short = placement.endMin - placement.startMin < 60;
  const classes = [
    'week-session',
    `is-${session.status}`,
    short ? 'is-short' : '',
    moving ? 'is-moving' : '',
    conflict ? 'is-conflict' : '',
    isDragging ? 'is-dragging' : '',
    saving ? 'is-saving' : '',
  ];
  return (
    <button
      ref={(node) => {
        ref.current = node;
        setNodeRef(node);
      }}
      type="button"
      {...attributes}
      {...listeners}
      className={classes.filter(Boolean).join(' ')}
      style={transform ? { ...style, transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : style}
      aria-label={label}
      data-session-id={session.id}
      onClick={() => {
        if (!moving) onOpen();
      }}
      onKeyDown={onKeyDown}
      onBlur={() => {
        // Leaving the block abandons a keyboard move rather than saving it by surprise.
        if (moving) onCancel();
      }}
    >
      <span className="week-session-title">{title}</span>
      <span className="week-session-time">
        {session.status === 'done' && <span aria-hidden="true">✓ </span>}
        {formatSpan(placement, format)}
      </span>
      {session.status === 'skipped' && <span className="week-session-time">Skipped</span>}
    </button>
  );
}
