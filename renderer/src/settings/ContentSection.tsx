/**
 * Settings → Content: the study content in use (edition, version, how current its facts are,
 * built in or loaded from a file), the editions that ship with the app, and loading a newer pack
 * from a file. Choosing either shows one preview (from → to, what changes, what is kept,
 * warnings) and nothing changes until Apply. The store checks every pack; its refusal (an
 * invalid file, an older version) is shown here and nothing is changed.
 *
 * After Apply the store announces the switch; the data layer reads the new pack and every screen
 * shows it without a reload.
 */
import { useEffect, useRef, useState } from 'react';
import type { ContentPreview, ContentSummary } from '../../../shared/content/update-schema';
import type { PlannerBridge } from '../../../shared/ipc/bridge';
import type { Result } from '../../../shared/ipc/result';
import { useChannel, useWrite } from '../data/planner-query';
import { Loaded } from '../shared/LoadStates';
import { useDisplayFormat } from '../shared/locale';
import { asOfText, changeLists, isInUse, keepsText, ORIGIN_TEXT, packName } from './content-pack-text';

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'preview'; preview: ContentPreview }
  | { kind: 'applying'; preview: ContentPreview }
  | { kind: 'applied'; summary: ContentSummary }
  | { kind: 'error'; message: string };

export function ContentSection({ planner }: { planner: PlannerBridge }) {
  const status = useChannel(planner, 'content:status', {});
  const [state, setState] = useState<State>({ kind: 'idle' });
  const apply = useWrite(planner, 'content:apply');
  const busy = state.kind === 'checking' || state.kind === 'applying';

  async function choose(ask: () => Promise<Result<ContentPreview | null>>) {
    setState({ kind: 'checking' });
    const r = await ask();
    if (!r.ok) setState({ kind: 'error', message: r.error.message });
    else setState(r.value ? { kind: 'preview', preview: r.value } : { kind: 'idle' });
  }

  function confirm(preview: ContentPreview) {
    setState({ kind: 'applying', preview });
    apply.mutate(
      { token: preview.token },
      {
        onSuccess: (summary) => setState({ kind: 'applied', summary }),
        onError: (error) => setState({ kind: 'error', message: error.message }),
      },
    );
  }

  return (
    <section className="card stack" aria-labelledby="content-title" data-testid="content-section">
      <h2 id="content-title">Study content</h2>
      <p className="muted small">
        The roadmap, certifications, guides, quiz and practice questions come from a content pack. Switching packs keeps your ticks, notes,
        review cards and bookings.
      </p>
      <Loaded read={status} what="The study content" loading="Loading the study content…">
        {({ current, shipped }) => (
          <>
            <InUse current={current} />
            <div className="stack">
              <h3 className="content-subtitle">Editions that ship with MLE Path</h3>
              <ul className="content-editions">
                {shipped.map((s) => (
                  <li key={`${s.editionId} ${s.packVersion}`} data-testid={`edition-${s.editionId}`}>
                    <span>
                      <strong>{s.title}</strong> <span className="muted small">{s.packVersion}</span>
                      <span className="block small muted">{s.summary}</span>
                    </span>
                    {isInUse(s, current) ? (
                      <span className="chip">In use</span>
                    ) : (
                      <button
                        type="button"
                        className="button button-secondary"
                        disabled={busy}
                        aria-label={`${s.editionId === current.editionId ? 'Use the built-in version…' : 'Switch to this edition…'} (${s.title})`}
                        onClick={() => void choose(() => planner.invoke('content:choose-shipped', { editionId: s.editionId }))}
                      >
                        {s.editionId === current.editionId ? 'Use the built-in version…' : 'Switch to this edition…'}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </div>
            <div className="settings-row">
              <button type="button" className="button button-secondary" disabled={busy} onClick={() => void choose(() => planner.invoke('content:choose-file', {}))}>
                Load a newer pack from a file…
              </button>
            </div>
          </>
        )}
      </Loaded>
      <div role="status" aria-live="polite" data-testid="content-status">
        {state.kind === 'checking' && <p className="muted small">Checking the pack…</p>}
        {state.kind === 'applying' && <p className="muted small">Switching the study content…</p>}
        {state.kind === 'applied' && (
          <p className="status">
            Now using {packName(state.summary)} ({ORIGIN_TEXT[state.summary.origin]}). Your roadmap, checklist, guides and quiz show it, and your plan
            was made again with it.
          </p>
        )}
      </div>
      {state.kind === 'error' && (
        <p className="alert alert-error" role="alert" data-testid="content-error">
          {state.message}
        </p>
      )}
      {(state.kind === 'preview' || state.kind === 'applying') && (
        <PreviewPanel
          preview={state.preview}
          applying={state.kind === 'applying'}
          onApply={() => confirm(state.preview)}
          onCancel={() => setState({ kind: 'idle' })}
        />
      )}
    </section>
  );
}

function InUse({ current }: { current: ContentSummary }) {
  const format = useDisplayFormat();
  return (
    <dl className="settings-facts" data-testid="content-current">
      <div className="settings-row">
        <dt className="settings-label">In use</dt>
        <dd>
          <strong>{current.title}</strong>, version {current.packVersion}
        </dd>
      </div>
      <div className="settings-row">
        <dt className="settings-label">Facts as of</dt>
        <dd>{format.day(current.asOf)}</dd>
      </div>
      <div className="settings-row">
        <dt className="settings-label">Where it came from</dt>
        <dd>{current.origin === 'built-in' ? 'Built into MLE Path' : 'Loaded from a file'}</dd>
      </div>
    </dl>
  );
}

function PreviewPanel({ preview, applying, onApply, onCancel }: { preview: ContentPreview; applying: boolean; onApply: () => void; onCancel: () => void }) {
  const format = useDisplayFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel opens below the buttons: take keyboard and screen-reader users to it.
  useEffect(() => heading.current?.focus(), [preview.token]);
  const lists = changeLists(preview.changes, format);
  return (
    <div className="content-preview stack" data-testid="content-preview" aria-labelledby="content-preview-title" role="region">
      <h3 id="content-preview-title" ref={heading} tabIndex={-1}>
        Switch the study content?
      </h3>
      <p data-testid="content-preview-from-to">
        <strong>{packName(preview.from)}</strong> ({ORIGIN_TEXT[preview.from.origin]}, {asOfText(preview.from, format)}) →{' '}
        <strong>{packName(preview.to)}</strong> ({preview.fileName ? `from ${preview.fileName}` : ORIGIN_TEXT[preview.to.origin]},{' '}
        {asOfText(preview.to, format)})
      </p>
      {lists.length === 0 ? (
        <p>Nothing you track changes: the same milestones, certifications and prices.</p>
      ) : (
        lists.map((list) => (
          <div key={list.id} data-testid={`content-change-${list.id}`}>
            <h4 className="content-change-title">{list.title}</h4>
            <ul className="content-change-list">
              {list.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))
      )}
      <p data-testid="content-preview-keeps">{keepsText(preview.keeps, preview.changes)}</p>
      {preview.warnings.length > 0 && (
        <div className="alert alert-warning" data-testid="content-preview-warnings">
          <strong>Before you apply</strong>
          <ul className="content-change-list">
            {preview.warnings.map((w) => (
              <li key={w}>{format.message(w)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={applying} onClick={onApply}>
          {applying ? 'Applying…' : 'Apply'}
        </button>
        <button type="button" className="button button-secondary" disabled={applying} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
