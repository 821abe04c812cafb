/**
 * The guide: the content pack's advice in one readable page — the 30-day starter plan, how long
 * the path takes by background (every source's figure), why the phases run in this order, common
 * mistakes, the work in numbers, FAQ, the Kaggle practice path, LLM skills, career progression
 * and job-search tips — with an in-page table of contents. The content pack in use is read once
 * at start, so it shows at once; the profile is only read to point out the learner's own background (week-2 exam pick and
 * timeline).
 */
import { useRef, type MouseEvent } from 'react';
import { BACKGROUND_LABELS, type Background } from '../../../shared/domain/profile-options';
import type { SavedProfile } from '../../../shared/ipc/contract';
import type { ScreenProps } from '../screens';
import { useChannelPart } from '../data/planner-query';
import { useContent } from '../shared/content';
import { SourceList, SourceNote, sourceShortName, sourceTitle } from './SourceNote';
import { Chips } from '../shared/Chips';
import './guide.css';
import { useDisplayFormat } from '../shared/locale';

const SECTIONS = [
  { id: 'guide-30-days', title: '30-day action plan' },
  { id: 'guide-timelines', title: 'How long it takes' },
  { id: 'guide-order', title: 'Why this order' },
  { id: 'guide-mistakes', title: 'Common mistakes' },
  { id: 'guide-market', title: 'The work in numbers' },
  { id: 'guide-faq', title: 'Frequently asked questions' },
  { id: 'guide-kaggle', title: 'Kaggle practice path' },
  { id: 'guide-llm', title: 'LLM skills' },
  { id: 'guide-career', title: 'Career progression' },
  { id: 'guide-jobs', title: 'Job-search tips' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

const TRACK_TITLES = { 'education-route': 'Through a degree', 'role-ladder': 'Role by role', 'role-options': 'Roles the skills lead to' } as const;

const backgroundOf = (saved: SavedProfile | null): Background | null => saved?.profile.background ?? null;

/** The learner's background, to open their own track; null until known (or without a profile). */
function useBackground(planner: ScreenProps['planner']): Background | null {
  return useChannelPart(planner, 'profile:get', {}, backgroundOf).data ?? null;
}

export default function GuideScreen({ planner }: ScreenProps) {
  const format = useDisplayFormat();
  const { pack, certificationLabel, sourceByFile } = useContent();
  const background = useBackground(planner);
  const headings = useRef(new Map<SectionId, HTMLHeadingElement>());

  // In-page links scroll and move focus to the section heading without touching the URL: the
  // window's navigation is locked down, and focus must follow for keyboard and screen-reader users.
  function jump(event: MouseEvent<HTMLAnchorElement>, id: SectionId) {
    event.preventDefault();
    const heading = headings.current.get(id);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  const headingRef = (id: SectionId) => (el: HTMLHeadingElement | null) => {
    if (el) headings.current.set(id, el);
    else headings.current.delete(id);
  };

  const section = (id: SectionId) => ({
    id,
    'aria-labelledby': `${id}-title`,
    className: 'card guide-section',
  });
  const title = (id: SectionId) => (
    <h2 id={`${id}-title`} ref={headingRef(id)} tabIndex={-1}>
      {SECTIONS.find((s) => s.id === id)?.title}
    </h2>
  );

  return (
    <div className="screen">
      <div className="screen-head">
        <h1>Guide</h1>
        <p className="lede">Advice gathered from the sources behind your plan: how to start, what to avoid, and how to land the job.</p>
      </div>
      <div className="guide-layout">
        <nav className="card guide-toc" aria-label="On this page">
          <h2 className="guide-toc-title">On this page</h2>
          <ol>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} onClick={(e) => jump(e, s.id)}>
                  {s.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>

        <div className="guide-content">
          <section {...section('guide-30-days')}>
            {title('guide-30-days')}
            <p className="muted">Four weeks to turn the decision into momentum.</p>
            {pack.actionPlan30Days.length === 0 ? (
              <Empty />
            ) : (
              <ol className="guide-weeks">
                {[...pack.actionPlan30Days]
                  .sort((a, b) => a.week - b.week)
                  .map((week) => (
                    <li key={week.id} className="guide-week">
                      <span className="guide-week-number">Week {week.week}</span>
                      <h3>{week.title}</h3>
                      <p>{week.description}</p>
                      {week.certPicks.length > 0 && (
                        <ul className="guide-picks">
                          {week.certPicks.map((pick) => {
                            const yours = background !== null && pick.backgrounds.includes(background);
                            return (
                              <li key={pick.backgrounds.join()} className={yours ? 'is-yours' : undefined}>
                                <span className="guide-pick-who">
                                  {pick.backgrounds.map((b) => BACKGROUND_LABELS[b]).join(', ')}
                                  {yours && <strong className="guide-yours"> · your background</strong>}
                                </span>
                                <span>{pick.certIds.map(certificationLabel).join(' or ')}</span>
                              </li>
                            );
                          })}
                        </ul>
                      )}
                    </li>
                  ))}
              </ol>
            )}
            <SourceList items={pack.actionPlan30Days} />
          </section>

          <section {...section('guide-timelines')} data-testid="guide-timelines">
            {title('guide-timelines')}
            <p className="muted">
              Each source describes its own group of learners, so every figure is shown with the source and the group it was given for.
            </p>
            <ul className="guide-grid">
              {pack.timelines.map((t) => {
                const yours = background === t.background;
                return (
                  <li key={t.id} className={yours ? 'guide-tile is-yours' : 'guide-tile'} data-testid={`guide-timeline-${t.background}`}>
                    <h3>
                      {BACKGROUND_LABELS[t.background]}
                      {yours && <strong className="guide-yours"> · your background</strong>}
                    </h3>
                    <p className="guide-figure">{monthsText(t.months, false)}</p>
                    <p className="small">{t.basis}</p>
                    <SourceNote source={t.source} asOf={t.asOf} short />
                    {t.alternatives.length > 0 && (
                      <>
                        <h4 className="small">Other sources</h4>
                        <ul className="guide-alternatives">
                          {t.alternatives.map((alt) => (
                            <li key={alt.source} className="small">
                              <strong>{monthsText(alt.months, alt.approximate ?? false)}</strong> · {alt.basis}{' '}
                              <span className="source-note">
                                (<cite>{sourceShortName(sourceByFile, alt.source)}</cite>)
                              </span>
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
            <SourceList items={pack.timelines.flatMap((t) => [t, ...t.alternatives])} label="Documents" />
          </section>

          <section {...section('guide-order')} data-testid="guide-order">
            {title('guide-order')}
            <p>{pack.phaseOrderNote.reason}</p>
            <ul className="guide-orders">
              {pack.phaseOrderNote.views.map((view) => (
                <li key={view.id}>
                  <strong>{view.label}</strong>
                  {view.id === pack.phaseOrderNote.followedId && <span className="guide-yours"> · the order MLE Path follows</span>}
                  <span className="source-note">
                    {' '}
                    ·{' '}
                    {view.sources.map((file, i) => (
                      <span key={file}>
                        {i > 0 ? '; ' : ''}
                        <cite>{sourceTitle(sourceByFile, file)}</cite>
                      </span>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </section>

          <section {...section('guide-mistakes')}>
            {title('guide-mistakes')}
            {pack.commonMistakes.length === 0 ? (
              <Empty />
            ) : (
              <ul className="guide-mistakes">
                {pack.commonMistakes.map((m) => (
                  <li key={m.id} className="guide-mistake">
                    <h3>{m.title}</h3>
                    <dl>
                      <div>
                        <dt>Why it hurts</dt>
                        <dd>{m.whyItHurts}</dd>
                      </div>
                      <div>
                        <dt>Do this instead</dt>
                        <dd>{m.instead}</dd>
                      </div>
                    </dl>
                  </li>
                ))}
              </ul>
            )}
            <SourceList items={pack.commonMistakes} />
          </section>

          <section {...section('guide-market')} data-testid="guide-market">
            {title('guide-market')}
            {pack.marketFacts.length === 0 ? (
              <Empty />
            ) : (
              <ul className="guide-grid">
                {pack.marketFacts.map((fact) => (
                  <li key={fact.id} className="guide-tile">
                    <p className="guide-figure">
                      {fact.approximate ? 'About ' : ''}
                      {format.percent(fact.percent)}
                    </p>
                    <p>{fact.statement}</p>
                  </li>
                ))}
              </ul>
            )}
            <SourceList items={pack.marketFacts} />
          </section>

          <section {...section('guide-faq')} data-testid="guide-faq">
            {title('guide-faq')}
            {pack.faq.length === 0 ? (
              <Empty />
            ) : (
              <div className="guide-faq">
                {pack.faq.map((f) => (
                  <details key={f.id} className="guide-faq-item">
                    <summary>{f.question}</summary>
                    <p>{f.answer}</p>
                  </details>
                ))}
              </div>
            )}
            <SourceList items={pack.faq} />
          </section>

          <section {...section('guide-kaggle')}>
            {title('guide-kaggle')}
            <p className="muted">Competitions in this order build skills and interview stories without taking over your plan.</p>
            {pack.kagglePath.length === 0 ? (
              <Empty />
            ) : (
              <ol className="guide-steps">
                {[...pack.kagglePath]
                  .sort((a, b) => a.order - b.order)
                  .map((step) => (
                    <li key={step.id} className="guide-step">
                      <span className="guide-step-number" aria-hidden="true">
                        {step.order}
                      </span>
                      <div className="guide-step-body">
                        <h3>
                          {step.title}
                          {step.count && <span className="guide-count"> · {countText(step.count)}</span>}
                        </h3>
                        <p>{step.description}</p>
                        <Tools tools={step.tools} />
                      </div>
                    </li>
                  ))}
              </ol>
            )}
            <SourceList items={pack.kagglePath} />
          </section>

          <section {...section('guide-llm')}>
            {title('guide-llm')}
            <p className="muted">What employers now expect you to be able to do with foundation models.</p>
            {pack.llmSkills.length === 0 ? (
              <Empty />
            ) : (
              <ul className="guide-grid">
                {pack.llmSkills.map((skill) => (
                  <li key={skill.id} className="guide-tile">
                    <h3>{skill.title}</h3>
                    <p>{skill.description}</p>
                    <Tools tools={skill.tools} />
                  </li>
                ))}
              </ul>
            )}
            <SourceList items={pack.llmSkills} />
          </section>

          <section {...section('guide-career')}>
            {title('guide-career')}
            <p className="muted">The sources describe careers in different ways; each is shown as its source gives it rather than blended.</p>
            {pack.careerProgression.length === 0 ? (
              <Empty />
            ) : (
              <div className="guide-tracks">
                {(['role-ladder', 'education-route', 'role-options'] as const).map((track) => {
                  const stages = pack.careerProgression.filter((c) => c.track === track);
                  if (stages.length === 0) return null;
                  // A list of roles with no order is not drawn as a ladder, which would imply one.
                  if (track === 'role-options') {
                    return (
                      <div key={track} className="guide-track" data-testid="guide-role-options">
                        <h3>{TRACK_TITLES[track]}</h3>
                        {stages.map((stage) => (
                          <div key={stage.id} className="stack">
                            <p className="muted small">{stage.description}</p>
                            <Chips items={stage.roles} label="Roles" />
                          </div>
                        ))}
                        <SourceList items={stages} />
                      </div>
                    );
                  }
                  return (
                    <div key={track} className="guide-track">
                      <h3>{TRACK_TITLES[track]}</h3>
                      <ol className="guide-ladder">
                        {stages.map((stage) => (
                          <li key={stage.id}>
                            <span className="guide-stage">
                              {stage.stage}
                              {stage.yearsFromStart && <span className="muted small"> · {yearsText(stage.yearsFromStart)}</span>}
                            </span>
                            {stage.roles.length > 0 && <span className="small">{stage.roles.join(', ')}</span>}
                            <span className="muted small">{stage.description}</span>
                          </li>
                        ))}
                      </ol>
                      <SourceList items={stages} />
                    </div>
                  );
                })}
              </div>
            )}
          </section>

          <section {...section('guide-jobs')}>
            {title('guide-jobs')}
            {pack.jobSearchTips.length === 0 ? (
              <Empty />
            ) : (
              <ul className="guide-tips">
                {pack.jobSearchTips.map((tip) => (
                  <li key={tip.id}>
                    <h3>{tip.title}</h3>
                    <p>{tip.description}</p>
                  </li>
                ))}
              </ul>
            )}
            <SourceList items={pack.jobSearchTips} />
          </section>
        </div>
      </div>
    </div>
  );
}

function Empty() {
  return <p className="muted">This content pack has no entries here yet.</p>;
}

function Tools({ tools }: { tools: readonly string[] }) {
  if (tools.length === 0) return null;
  return <Chips items={tools} muted className="guide-tools" label="Tools" />;
}

function countText({ min, max }: { min: number; max: number }): string {
  const n = min === max ? `${min}` : `${min}–${max}`;
  return `${n} ${max === 1 ? 'competition' : 'competitions'}`;
}

function yearsText({ min, max }: { min: number; max: number | null }): string {
  if (max === null) return `year ${min} onwards`;
  return min === 0 ? `first ${max} years` : `years ${min}–${max}`;
}

function monthsText({ min, max }: { min: number; max: number }, approximate: boolean): string {
  const n = min === max ? `${min}` : `${min}–${max}`;
  return `${approximate ? 'About ' : ''}${n} months`;
}
