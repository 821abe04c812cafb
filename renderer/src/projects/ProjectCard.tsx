/** One portfolio project: what it is, the skills it shows, examples, and its checklist. */
import type { Project } from '../../../shared/content/schema';
import { useContent } from '../shared/content';
import { SourceNote } from '../guide/SourceNote';
import { Chips } from '../shared/Chips';

type Step = Project['checklist'][number]['step'];

const STEP_LABELS: Record<Step, string> = {
  data: 'Data',
  preprocessing: 'Preprocessing',
  features: 'Features',
  training: 'Training',
  evaluation: 'Evaluation',
  deployment: 'Deployment',
  monitoring: 'Monitoring',
  readme: 'README',
};

const LEVEL_LABELS: Record<NonNullable<Project['level']>, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
  production: 'Production',
  'modern-ai': 'Modern AI',
};

interface Props {
  project: Project;
  ticked: ReadonlySet<string>;
  pending: ReadonlyMap<string, boolean>;
  onToggle: (itemId: string, checked: boolean) => void;
}

export function ProjectCard({ project, ticked, pending, onToggle }: Props) {
  const done = project.checklist.filter((i) => ticked.has(i.id)).length;
  const total = project.checklist.length;
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  const content = useContent();
  const phase = project.phaseId ? content.phase(project.phaseId) : undefined;
  const titleId = `${project.id}-title`;
  return (
    <article className={`card projects-card ${done === total ? 'is-complete' : ''}`} aria-labelledby={titleId} data-testid={`project-${project.id}`}>
      <header className="projects-head">
        <div className="projects-title">
          <h2 id={titleId}>{project.title}</h2>
          <p className="projects-tags">
            <span className={`projects-level projects-level-${project.level ?? 'any'}`}>{project.level ? LEVEL_LABELS[project.level] : 'Any level'}</span>
            {phase && <span className="muted small">Fits the {phase.title} phase</span>}
          </p>
        </div>
        <div className="progress-aside">
          <span className="small" data-testid={`project-progress-${project.id}`}>
            {done === total ? 'Complete' : `${done} of ${total} steps`}
          </span>
          <div className="meter" role="progressbar" aria-label={`${project.title} progress`} aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
            <span style={{ width: `${percent}%` }} />
          </div>
        </div>
      </header>

      <div className="projects-columns">
        <div className="projects-about">
          <p>{project.summary}</p>
          <div>
            <h3>Skills it shows</h3>
            <Chips items={project.skillsShown} />
          </div>
          {project.examples.length > 0 && (
            <div>
              <h3>Examples</h3>
              <ul className="projects-examples">
                {project.examples.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          )}
          <SourceNote source={project.source} asOf={project.asOf} />
        </div>

        <fieldset className="projects-checklist">
          <legend>Checklist</legend>
          <ul>
            {project.checklist.map((item) => {
              const checked = ticked.has(item.id);
              const saving = pending.has(item.id);
              return (
                <li key={item.id} className={checked ? 'is-done' : undefined}>
                  <label>
                    {/* Not disabled while saving: disabling the focused box would drop keyboard focus. */}
                    <input
                      type="checkbox"
                      checked={checked}
                      aria-busy={saving || undefined}
                      onChange={(e) => {
                        if (!saving) onToggle(item.id, e.target.checked);
                      }}
                    />
                    <span className="projects-item">
                      <span className="projects-step">{STEP_LABELS[item.step]}</span>
                      <span className="projects-text">{item.text}</span>
                      {saving && (
                        <span className="muted small" data-testid="checklist-saving">
                          saving…
                        </span>
                      )}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      </div>
    </article>
  );
}
