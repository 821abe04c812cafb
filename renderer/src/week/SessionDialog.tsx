/**
 * The actions for one session, in a modal dialog so they stay readable however small the block
 * is: mark done (with the minutes actually studied), snooze an hour, skip, undo, or start a
 * keyboard move.
 * A native <dialog> opened with showModal() keeps the focus inside and closes on Escape.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { GridSession } from './grid-types';
import { useDisplayFormat } from '../shared/locale';

interface Props {
  item: GridSession;
  /** 'Monday 18:30–20:00', in the week's own days. */
  when: string;
  onClose: () => void;
  onDone: (loggedMinutes: number) => void;
  onSaveMinutes: (loggedMinutes: number) => void;
  onSkip: () => void;
  onUndo: () => void;
  /** Move it one hour later, when that is still study time (shared/planner/snooze.ts). */
  onSnooze: () => void;
  /** Move it to the next free time in the study windows, this week or next (shared/planner/snooze.ts). */
  onSnoozeToFree: () => void;
  onMove: () => void;
}

const STATUS_TEXT = { planned: 'Planned', done: 'Done', skipped: 'Skipped' } as const;

/** Whole minutes from 0 to a day, or an error in the learner's words. */
function parseMinutes(text: string): { minutes: number } | { error: string } {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value)) return { error: 'Enter the minutes you studied as a whole number.' };
  if (value < 0) return { error: 'Minutes studied cannot be negative.' };
  if (value > 24 * 60) return { error: 'Minutes studied can be at most 1440 (a whole day).' };
  return { minutes: value };
}

export function SessionDialog({ item, when, onClose, onDone, onSaveMinutes, onSkip, onUndo, onSnooze, onSnoozeToFree, onMove }: Props) {
  const { session, title } = item;
  const format = useDisplayFormat();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [minutesText, setMinutesText] = useState(String(session.status === 'done' ? session.loggedMinutes : session.minutes));
  const [error, setError] = useState<string | null>(null);

  // No close() on unmount: taking an open dialog out of the document ends its modal state, and
  // a close() there would fire `close` again (and, under StrictMode, shut the dialog at once).
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function withMinutes(action: (minutes: number) => void) {
    const parsed = parseMinutes(minutesText);
    if ('error' in parsed) setError(parsed.error);
    else action(parsed.minutes);
  }

  const primary = session.status === 'done' ? () => withMinutes(onSaveMinutes) : () => withMinutes(onDone);
  return (
    <dialog ref={ref} className="week-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-meta`} onClose={onClose}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-meta`} className="muted">
        {when} · {format.duration(session.minutes)} · {STATUS_TEXT[session.status]}
        {session.status === 'done' ? `, ${format.duration(session.loggedMinutes)} logged` : ''}
      </p>
      {session.status !== 'skipped' && (
        <div className="field">
          <label className="label" htmlFor={`${id}-minutes`}>
            Minutes studied
          </label>
          <input
            id={`${id}-minutes`}
            className="week-minutes"
            type="number"
            inputMode="numeric"
            min={0}
            max={1440}
            step={5}
            value={minutesText}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            onChange={(e) => {
              setMinutesText(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') primary();
            }}
          />
          {error ? (
            <span className="field-error" id={`${id}-error`}>
              {error}
            </span>
          ) : (
            <span className="hint" id={`${id}-hint`}>
              Counts towards your logged hours and milestone progress.
            </span>
          )}
        </div>
      )}
      <div className="week-dialog-actions">
        {session.status === 'planned' && (
          <>
            <button type="button" className="button button-primary" onClick={primary} autoFocus>
              Mark done
            </button>
            <button type="button" className="button button-secondary" onClick={onSnooze}>
              Snooze 1 hour
            </button>
            <button type="button" className="button button-secondary" onClick={onSnoozeToFree}>
              Snooze to the next free window
            </button>
            <button type="button" className="button button-secondary" onClick={onSkip}>
              Skip
            </button>
          </>
        )}
        {session.status === 'done' && (
          <>
            <button type="button" className="button button-primary" onClick={primary} autoFocus>
              Save minutes
            </button>
            <button type="button" className="button button-secondary" onClick={onUndo}>
              Undo done
            </button>
          </>
        )}
        {session.status === 'skipped' && (
          <button type="button" className="button button-primary" onClick={onUndo} autoFocus>
            Undo skip
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={onMove}>
          Move
        </button>
        <button type="button" className="button button-secondary week-dialog-close" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
