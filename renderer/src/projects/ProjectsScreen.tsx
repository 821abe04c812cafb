/**
 * Portfolio projects from the content pack: level, summary, skills shown and examples, with a
 * lifecycle checklist per project (data → … → README) whose ticks are stored on this computer
 * and a progress count per project.
 */
import type { ScreenProps } from '../screens';
import { ProjectCard } from './ProjectCard';
import { useChecklist } from './useChecklist';
import './projects.css';
import { Loaded } from '../shared/LoadStates';
import { useContent } from '../shared/content';

export default function ProjectsScreen({ planner }: ScreenProps) {
  const { read, toggle, ticked, pending, tickError } = useChecklist(planner);
  const { projects } = useContent().pack;

  const head = (
    <div className="screen-head">
      <h1>Projects</h1>
      <p className="lede">Portfolio projects that show employers the whole machine-learning lifecycle. Tick each step as you finish it.</p>
    </div>
  );

  if (read.status !== 'success') {
    return (
      <div className="screen">
        {head}
        <Loaded read={read} what="Your project checklists" loading="Loading your project checklists…">
          {() => null}
        </Loaded>
      </div>
    );
  }
  if (projects.length === 0) {
    return (
      <div className="screen">
        {head}
        <div className="card empty-state">
          <h2>No projects in this content pack</h2>
          <p>A newer content pack will bring portfolio projects with their checklists.</p>
        </div>
      </div>
    );
  }

  const items = projects.flatMap((p) => p.checklist);
  const stepsDone = items.filter((i) => ticked.has(i.id)).length;
  const complete = projects.filter((p) => p.checklist.every((i) => ticked.has(i.id))).length;
  const started = projects.filter((p) => p.checklist.some((i) => ticked.has(i.id))).length - complete;
  const failed = tickError ? items.find((i) => i.id === tickError.itemId) : undefined;

  return (
    <div className="screen">
      {head}
      <section className="stats projects-stats" aria-label="Project progress">
        <div className="card stat">
          <span className="stat-label">Complete</span>
          <span className="stat-value" data-testid="projects-complete">
            {complete} <span className="stat-of">of {projects.length}</span>
          </span>
        </div>
        <div className="card stat">
          <span className="stat-label">In progress</span>
          <span className="stat-value">{started}</span>
        </div>
        <div className="card stat">
          <span className="stat-label">Steps done</span>
          <span className="stat-value" data-testid="projects-steps">
            {stepsDone} <span className="stat-of">of {items.length}</span>
          </span>
        </div>
      </section>
      {tickError && (
        <div className="alert alert-error" role="alert">
          “{failed?.text ?? tickError.itemId}” could not be saved: {tickError.message}
        </div>
      )}
      {projects.map((project) => (
        <ProjectCard key={project.id} project={project} ticked={ticked} pending={pending} onToggle={(id, checked) => void toggle(id, checked)} />
      ))}
    </div>
  );
}
