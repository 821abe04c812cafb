/**
 * What if…: the learner changes weekly hours, budget, cloud, specialisation or start date for up
 * to three plans and sees them beside their current plan (finish, hours, exams and their cost,
 * the first three months), all made by the same planner in the store and never stored. Applying
 * one is an ordinary profile save, so ticks, notes and bookings (kept by content id) stay.
 */
import { useState, type ReactNode } from 'react';
import type { Profile } from '../../../shared/domain/profile';
import { CLOUD_LABELS, CLOUD_PREFERENCES, SPECIALISATION_CHOICES, SPECIALISATION_LABELS, type CloudPreference, type SpecialisationChoice } from '../../../shared/domain/profile-options';
import { WhatIfChangeSchema, type PlanSummaryView, type ResponseOf } from '../../../shared/ipc/contract';
import { MAX_WHAT_IF_VARIANTS, applyChange, type WhatIfChange } from '../../../shared/planner/what-if';
import { useChannel } from '../data/planner-query';
import type { ScreenProps } from '../screens';
import { EmptyState, Loaded } from '../shared/LoadStates';
import { useDisplayFormat } from '../shared/locale';
import { changeOf, describeChange, draftFrom, DRAFT_NAMES, type Draft } from './whatif-model';
import './whatif.css';

type Comparison = ResponseOf<'plan:what-if'>;
interface Compared {
  changes: WhatIfChange[];
  names: string[];
  result: Comparison;
}

export default function WhatIfScreen({ planner, navigate }: ScreenProps) {
  const read = useChannel(planner, 'profile:get', {});
  return (
    <Loaded read={read} what="Your profile" loading="Loading your profile…">
      {(saved) =>
        saved ? (
          <WhatIf planner={planner} navigate={navigate} profile={saved.profile} />
        ) : (
          <EmptyState title="Nothing to compare yet" action="Set up your profile" onAction={() => navigate('profile')}>
            <p>Save your starting point first; then try other weekly hours, budgets or start dates here.</p>
          </EmptyState>
        )
      }
    </Loaded>
  );
}

function WhatIf({ planner, navigate, profile }: Pick<ScreenProps, 'planner' | 'navigate'> & { profile: Profile }) {
  const format = useDisplayFormat();
  const [drafts, setDrafts] = useState<Draft[]>([draftFrom(profile, 0)]);
  const [nextKey, setNextKey] = useState(1);
  const [problems, setProblems] = useState<Record<number, string>>({});
  const [compared, setCompared] = useState<Compared | null>(null);
  const [busy, setBusy] = useState<'compare' | number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const words = {
    hours: (n: number) => format.hours(n),
    usd: (n: number) => format.usd(n),
    day: (iso: string) => format.day(iso),
    cloud: (c: CloudPreference) => CLOUD_LABELS[c],
    specialisation: (s: SpecialisationChoice) => SPECIALISATION_LABELS[s],
  };

  const update = (key: number, patch: Partial<Draft>) => setDrafts((all) => all.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  async function compare() {
    if (busy !== null) return;
    const found: Record<number, string> = {};
    const changes: WhatIfChange[] = [];
    for (const [i, draft] of drafts.entries()) {
      const change = changeOf(draft, profile);
      const parsed = WhatIfChangeSchema.safeParse(change);
      if (!parsed.success) found[draft.key] = parsed.error.issues[0]?.message ?? 'This plan has a value MLE Path cannot use.';
      else if (Object.keys(change).length === 0) found[draft.key] = `${DRAFT_NAMES[i]} is the same as your current plan: change at least one thing.`;
      else changes.push(parsed.data);
    }
    setProblems(found);
    setApplied(null);
    if (Object.keys(found).length > 0) return;
    setBusy('compare');
    setError(null);
    const result = await planner.invoke('plan:what-if', { changes });
    setBusy(null);
    if (!result.ok) return setError(`The plans could not be compared: ${result.error.message}`);
    setCompared({ changes, names: drafts.map((_, i) => DRAFT_NAMES[i] ?? ''), result: result.value });
  }

  async function apply(index: number) {
    const change = compared?.changes[index];
    if (!compared || !change || busy !== null) return;
    setBusy(index);
    setError(null);
    // The same validated save as the profile form: the store re-plans from it and keeps every tick, note and booking.
    const result = await planner.invoke('profile:save', applyChange(profile, change));
    setBusy(null);
    if (!result.ok) return setError(`${compared.names[index]} was not applied: ${result.error.message}`);
    // The compared "current plan" is the old one now: start again from the plan just applied.
    setCompared(null);
    setDrafts([draftFrom(result.value.profile, nextKey)]);
    setNextKey((k) => k + 1);
    setApplied(`${compared.names[index]} (${describeChange(change, words)}) is now your plan. Your ticks, notes and booked exams are kept.`);
  }

  return (
    <div className="screen whatif-screen">
      <div className="screen-head">
        <h1>What if…</h1>
        <p className="lede">
          Try other weekly hours, a budget, a cloud, a specialisation or a start date. Up to three plans are worked out beside your current one by the same
          planner; nothing changes until you apply one.
        </p>
      </div>
      {applied && (
        <div className="alert alert-success row-between" role="status" data-testid="whatif-applied">
          <p>{applied}</p>
          <button type="button" className="button button-secondary" onClick={() => navigate('roadmap')}>
            Open the roadmap
          </button>
        </div>
      )}
      <section className="whatif-drafts" aria-label="Plans to compare">
        {drafts.map((draft, i) => (
          <DraftCard
            key={draft.key}
            name={DRAFT_NAMES[i] ?? ''}
            draft={draft}
            problem={problems[draft.key] ?? null}
            onChange={(patch) => update(draft.key, patch)}
            {...(drafts.length > 1 ? { onRemove: () => setDrafts((all) => all.filter((d) => d.key !== draft.key)) } : {})}
          />
        ))}
      </section>
      <div className="whatif-actions">
        {drafts.length < MAX_WHAT_IF_VARIANTS && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setDrafts((all) => [...all, draftFrom(profile, nextKey)]);
              setNextKey((k) => k + 1);
            }}
          >
            Add another plan
          </button>
        )}
        <button type="button" className="button button-primary" aria-disabled={busy !== null || undefined} onClick={() => void compare()}>
          {busy === 'compare' ? 'Comparing…' : 'Compare with my plan'}
        </button>
      </div>
      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      {compared && <ComparisonTable compared={compared} words={words} busy={busy} onApply={(i) => void apply(i)} />}
    </div>
  );
}

function DraftCard({ name, draft, problem, onChange, onRemove }: { name: string; draft: Draft; problem: string | null; onChange: (patch: Partial<Draft>) => void; onRemove?: () => void }) {
  const id = `whatif-${draft.key}`;
  return (
    <fieldset className="card whatif-draft" aria-describedby={problem ? `${id}-problem` : undefined} data-testid="whatif-draft">
      <legend className="whatif-draft-title">{name}</legend>
      <div className="field">
        <label className="label" htmlFor={`${id}-hours`}>
          Weekly hours
        </label>
        <input id={`${id}-hours`} type="number" inputMode="numeric" min={1} max={60} value={draft.weeklyHours} onChange={(e) => onChange({ weeklyHours: e.target.value })} />
      </div>
      <div className="field">
        <label className="label" htmlFor={`${id}-budget`}>
          Budget (US$)
        </label>
        <input id={`${id}-budget`} type="number" inputMode="numeric" min={0} value={draft.budgetUsd} onChange={(e) => onChange({ budgetUsd: e.target.value })} />
      </div>
      <div className="field">
        <label className="label" htmlFor={`${id}-cloud`}>
          Cloud
        </label>
        <select id={`${id}-cloud`} value={draft.cloud} onChange={(e) => onChange({ cloud: e.target.value as CloudPreference })}>
          {CLOUD_PREFERENCES.map((c) => (
            <option key={c} value={c}>
              {CLOUD_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="label" htmlFor={`${id}-spec`}>
          Specialisation
        </label>
        <select id={`${id}-spec`} value={draft.specialisation} onChange={(e) => onChange({ specialisation: e.target.value as SpecialisationChoice })}>
          {SPECIALISATION_CHOICES.map((c) => (
            <option key={c} value={c}>
              {SPECIALISATION_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="label" htmlFor={`${id}-start`}>
          Start date
        </label>
        <input id={`${id}-start`} type="date" value={draft.startDate} onChange={(e) => onChange({ startDate: e.target.value })} />
      </div>
      {problem && (
        <p className="field-error" id={`${id}-problem`}>
          {problem}
        </p>
      )}
      {onRemove && (
        <button type="button" className="button button-secondary whatif-remove" onClick={onRemove}>
          Remove {name}
        </button>
      )}
    </fieldset>
  );
}

type Words = Parameters<typeof describeChange>[1];

function ComparisonTable({ compared, words, busy, onApply }: { compared: Compared; words: Words; busy: 'compare' | number | null; onApply: (index: number) => void }) {
  const format = useDisplayFormat();
  const { current, variants } = compared.result;
  const columns: { name: string; detail: string; summary: PlanSummaryView | null; problem: string | null }[] = [
    { name: 'Your plan now', detail: `${words.hours(current.weeklyHours)} a week`, summary: current, problem: null },
    ...variants.map((v, i) => ({
      name: compared.names[i] ?? '',
      detail: describeChange(compared.changes[i] ?? {}, words),
      summary: v.ok ? v.summary : null,
      problem: v.ok ? null : v.message,
    })),
  ];
  const cell = (render: (s: PlanSummaryView) => ReactNode) =>
    columns.map((c, i) => <td key={i}>{c.summary ? render(c.summary) : i === 0 ? null : <span className="muted">—</span>}</td>);
  const months = [0, 1, 2];
  return (
    <section className="card whatif-result" aria-labelledby="whatif-result-title">
      <h2 id="whatif-result-title">Side by side</h2>
      <div className="whatif-table-wrap">
        <table className="whatif-table" data-testid="whatif-table">
          <thead>
            <tr>
              <td />
              {columns.map((c, i) => (
                <th key={i} scope="col">
                  <span className="whatif-col-name">{c.name}</span>
                  <span className="whatif-col-detail">{c.detail}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns.some((c) => c.problem) && (
              <tr>
                <th scope="row">Could not plan</th>
                {columns.map((c, i) => (
                  <td key={i}>{c.problem && <span className="field-error">{format.message(c.problem)}</span>}</td>
                ))}
              </tr>
            )}
            <tr>
              <th scope="row">Finish</th>
              {cell((s) => (
                <strong>{format.day(s.etaDate)}</strong>
              ))}
            </tr>
            <tr>
              <th scope="row">Length</th>
              {cell((s) => `${s.durationMonths} months from ${format.day(s.startDate)}`)}
            </tr>
            <tr>
              <th scope="row">Study hours</th>
              {cell((s) => `${format.hours(s.totalHours)} at ${format.hours(s.weeklyHours)} a week`)}
            </tr>
            <tr>
              <th scope="row">Exams</th>
              {cell((s) =>
                s.exams.length === 0 ? (
                  'None for now'
                ) : (
                  <ul className="whatif-list">
                    {s.exams.map((e) => (
                      <li key={e.certId}>
                        {e.name}, {format.day(e.examDate)}
                        {e.booked ? ' (booked)' : ''}
                      </li>
                    ))}
                  </ul>
                ),
              )}
            </tr>
            <tr>
              <th scope="row">Exam cost</th>
              {cell((s) => format.usd(s.examCostUsd))}
            </tr>
            {months.map((m) => (
              <tr key={m}>
                <th scope="row">Month {m + 1}</th>
                {cell((s) => {
                  const month = s.firstMonths[m];
                  if (!month) return <span className="muted">Finished</span>;
                  return (
                    <>
                      <span className="whatif-month">
                        {format.month(month.month)} · {format.hours(month.hours)}
                      </span>
                      <ul className="whatif-list">
                        {month.milestones.map((ms) => (
                          <li key={ms.id}>{ms.title}</li>
                        ))}
                      </ul>
                    </>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">Notes</th>
              {cell((s) => (s.warnings.length > 0 ? <ul className="whatif-list whatif-notes">{s.warnings.map((w) => <li key={w}>{format.message(w)}</li>)}</ul> : null))}
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <td />
              {columns.map((c, i) => (
                <td key={i}>
                  {i > 0 && c.summary && (
                    <button type="button" className="button button-primary" aria-disabled={busy !== null || undefined} onClick={() => onApply(i - 1)}>
                      {busy === i - 1 ? 'Applying…' : `Apply ${c.name}`}
                    </button>
                  )}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
