/** Where a quiz starts: the quick quiz, one area's practice set, and the readiness so far. */
import { QUICK_QUIZ_PER_AREA } from '../../../shared/content/quick-quiz';
import type { HistoryState } from './QuizScreen';
import { useContent } from '../shared/content';
import { questionsInArea, SKILL_AREA_LABELS, SKILL_AREAS, type SkillArea } from './quiz-model';
import { AreaBars } from './AreaBars';

interface Props {
  history: HistoryState;
  onQuick: () => void;
  onPractice: (area: SkillArea) => void;
  /** Opens Exam practice, the certification question banks. */
  onExamPractice: () => void;
}

export function QuizStart({ history, onQuick, onPractice, onExamPractice }: Props) {
  const { pack } = useContent();
  const readiness = history.status === 'success' ? history.data.readiness : null;
  const quickCount = QUICK_QUIZ_PER_AREA * SKILL_AREAS.length;
  return (
    <>
      <div className="screen-head">
        <h1>Readiness quiz</h1>
        <p className="lede">Check how ready you are in the three areas the roadmap builds on. Answers stay on this computer.</p>
        <p className="small">
          Preparing for a certification?{' '}
          <button type="button" className="link-button" onClick={onExamPractice}>
            Practise its focus areas in Exam practice
          </button>
        </p>
      </div>
      <div className="quiz-start">
        <section className="card quiz-start-card" aria-labelledby="quiz-quick-title">
          <h2 id="quiz-quick-title">Quick quiz</h2>
          <p className="muted small">
            {quickCount} questions, {QUICK_QUIZ_PER_AREA} from each area, drawn fresh each time.
          </p>
          <button type="button" className="button button-primary" onClick={onQuick}>
            Start the quick quiz
          </button>
        </section>
        <section className="card quiz-start-card" aria-labelledby="quiz-practice-title">
          <h2 id="quiz-practice-title">Practise one area</h2>
          <p className="muted small">Every question of one area, with explanations at the end.</p>
          <ul className="quiz-practice-list">
            {SKILL_AREAS.map((area) => (
              <li key={area}>
                <button type="button" className="button button-secondary quiz-practice-button" onClick={() => onPractice(area)}>
                  <span>Practise {SKILL_AREA_LABELS[area]}</span>
                  <span className="quiz-count">{questionsInArea(pack, area).length} questions</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="card quiz-start-card quiz-start-now" aria-labelledby="quiz-now-title">
          <h2 id="quiz-now-title">Your readiness now</h2>
          {history.status === 'pending' && (
            <p className="muted small" role="status">
              Loading…
            </p>
          )}
          {history.status === 'error' && <p className="muted small">Not available right now (see below).</p>}
          {history.status === 'success' && !readiness && <p className="muted small">Take a quiz to get your first readiness score.</p>}
          {readiness && (
            <>
              <p className="quiz-score-line">
                <span className="quiz-score-number" data-testid="current-readiness">
                  {readiness.overall}
                </span>
                <span className="muted"> / 100</span>
              </p>
              <AreaBars byArea={readiness.byArea} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
