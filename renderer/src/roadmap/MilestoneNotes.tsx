/** A milestone's own notes and links (kept by content id, so a re-plan never loses them). */
import { memo, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { MilestoneProgress } from '../../../shared/domain/records';
import type { IpcError } from '../../../shared/ipc/result';

interface Props {
  milestoneId: string;
  title: string;
  saved: MilestoneProgress | undefined;
  /** Stable across renders (useRoadmapRecords), so a tick elsewhere leaves this editor alone. */
  onSave: (milestoneId: string, note: string, links: MilestoneProgress['links']) => Promise<IpcError | null>;
}

/**
 * Memoised: the roadmap re-renders on every tick, and each of its ~50 milestones carries one of
 * these editors (inside a closed <details>); with props that only change when this milestone's
 * own notes do, a tick re-renders the tick boxes and not 50 forms.
 */
/** Typing pauses this long before the note is written. */
const AUTOSAVE_MS = 800;

export const MilestoneNotes = memo(function MilestoneNotes({ milestoneId, title, saved, onSave }: Props) {
  const id = useId();
  const [note, setNote] = useState(saved?.note ?? '');
  const [links, setLinks] = useState(saved?.links ?? []);
  const [linkTitle, setLinkTitle] = useState('');
  const [linkUrl, setLinkUrl] = useState('');
  const [status, setStatus] = useState<{ kind: 'idle' | 'unsaved' | 'saving' | 'saved' } | { kind: 'error'; error: IpcError }>({ kind: 'idle' });
  // What is typed but not yet sent: written a moment after typing stops, and at the latest when
  // the editor goes away (another screen) or the window is closed, so typed text is never lost.
  const pending = useRef<{ note: string; links: MilestoneProgress['links'] } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  async function save(nextLinks = links, nextNote = note) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    setStatus({ kind: 'saving' });
    const error = await onSave(milestoneId, nextNote, nextLinks);
    setStatus(error ? { kind: 'error', error } : { kind: 'saved' });
    return error;
  }

  function type(value: string) {
    setNote(value);
    pending.current = { note: value, links };
    setStatus({ kind: 'unsaved' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(links, value), AUTOSAVE_MS);
  }

  useEffect(() => {
    const flush = () => {
      const unsent = pending.current;
      if (!unsent) return;
      pending.current = null;
      // Fire and forget: the write reaches the store even after this editor is gone.
      void onSave(milestoneId, unsent.note, unsent.links);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      if (timer.current) clearTimeout(timer.current);
      flush();
    };
  }, [milestoneId, onSave]);

  async function addLink(e: FormEvent) {
    e.preventDefault();
    const next = [...links, { title: linkTitle.trim(), url: linkUrl.trim() }];
    const error = await save(next);
    if (!error) {
      setLinks(next);
      setLinkTitle('');
      setLinkUrl('');
    }
  }

  const issue = status.kind === 'error' ? (status.error.issues?.[0]?.message ?? status.error.message) : null;
  return (
    <div className="notes">
      <label className="label" htmlFor={`${id}-note`}>
        Notes on {title}
      </label>
      <textarea id={`${id}-note`} className="notes-text" rows={3} spellCheck value={note} onChange={(e) => type(e.target.value)} />
      {links.length > 0 && (
        <ul className="notes-links">
          {links.map((l, i) => (
            <li key={`${l.url}-${i}`}>
              <a href={l.url} target="_blank" rel="noreferrer">
                {l.title}
              </a>
              <button
                type="button"
                className="link-button small"
                aria-label={`Remove link ${l.title}`}
                onClick={() => {
                  const next = links.filter((_, j) => j !== i);
                  setLinks(next);
                  void save(next);
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="notes-add" onSubmit={(e) => void addLink(e)} noValidate>
        <label className="sr-only" htmlFor={`${id}-lt`}>
          Link title
        </label>
        <input id={`${id}-lt`} className="text-input" placeholder="Link title" value={linkTitle} onChange={(e) => setLinkTitle(e.target.value)} />
        <label className="sr-only" htmlFor={`${id}-lu`}>
          Link address
        </label>
        <input id={`${id}-lu`} className="text-input" spellCheck={false} placeholder="https://…" value={linkUrl} onChange={(e) => setLinkUrl(e.target.value)} />
        <button type="submit" className="button button-secondary">
          Add link
        </button>
      </form>
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={status.kind === 'saving'} onClick={() => void save()}>
          {status.kind === 'saving' ? 'Saving…' : 'Save notes'}
        </button>
        <span className="status" role="status" aria-live="polite">
          {status.kind === 'saved' ? 'Saved.' : status.kind === 'unsaved' ? 'Saving shortly…' : ''}
        </span>
      </div>
      {issue && (
        <p className="field-error" role="alert">
          {issue}
        </p>
      )}
    </div>
  );
});
