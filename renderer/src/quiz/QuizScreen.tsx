/**
 * The readiness quiz: choose a quick quiz (two questions per area) or one area's practice set,
 * answer one question at a time, then see the score, each area, the strongest and weakest, and
 * every explanation. Below, the history of attempts with the readiness curve.
 *
 * Answers are graded and stored by main (`quiz:record`), which returns the readiness over all
 * attempts; the history comes from `quiz:history` plus the profile's self-rating (`profile:get`)
 * so the curve is computed the way main computes readiness.
 */
import { useCallback, useEffect, useState } from 'react';
import type { QuizAttempt } from '../../../shared/domain/records';
import type { ReadinessView } from '../../../shared/ipc/contract';
import type { SelfRating } from '../../../shared/planner/readiness';
import type { ScreenProps } from '../screens';
import { QuestionCard } from './QuestionCard';
import { QuizHistory } from './QuizHistory';
import { QuizResults } from './QuizResults';
import { QuizStart } from './QuizStart';
import { startPractice, startQuickQuiz, type ActiveQuiz, type SkillArea } from './quiz-model';
import './quiz.css';

export interface HistoryData {
  attempts: QuizAttempt[];
  readiness: ReadinessView | null;
  selfRating: SelfRating | null;
}

export type HistoryState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; data: HistoryData };

type Stage =
  | { kind: 'start' }
  | { kind: 'taking'; quiz: ActiveQuiz; index: number; answers: Readonly<Record<string, number>>; submitting: boolean; error: string | null }
  | { kind: 'results'; quiz: ActiveQuiz; attempt: QuizAttempt; readiness: ReadinessView };

export default function QuizScreen({ planner }: ScreenProps) {
  const [stage, setStage] = useState<Stage>({ kind: 'start' });
  const [history, setHistory] = useState<HistoryState>({ kind: 'loading' });
  const [load, setLoad] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([planner.invoke('quiz:history', {}), planner.invoke('profile:get', {})]).then(([h, p]) => {
      if (!live) return;
      if (!h.ok) setHistory({ kind: 'error', message: h.error.message });
      else if (!p.ok) setHistory({ kind: 'error', message: p.error.message });
      else setHistory({ kind: 'ready', data: { attempts: h.value.attempts, readiness: h.value.readiness, selfRating: p.value?.profile.selfRating ?? null } });
    });
    return () => {
      live = false;
    };
  }, [planner, load]);

  const reloadHistory = useCallback(() => {
    setHistory({ kind: 'loading' });
    setLoad((n) => n + 1);
  }, []);
  // After an attempt: fetch again but keep showing the old history until the new one arrives.
  const refreshHistory = useCallback(() => setLoad((n) => n + 1), []);

  const begin = (quiz: ActiveQuiz) => {
    setStage({ kind: 'taking', quiz, index: 0, answers: {}, submitting: false, error: null });
    window.scrollTo(0, 0);
  };
  const beginQuick = () => begin(startQuickQuiz(Date.now()));
  const beginPractice = (area: SkillArea) => begin(startPractice(area));

  async function submit(quiz: ActiveQuiz, answers: Readonly<Record<string, number>>) {
    setStage((s) => (s.kind === 'taking' ? { ...s, submitting: true, error: null } : s));
    const result = await planner.invoke('quiz:record', {
      kind: quiz.kind,
      answers: quiz.questions.map((q) => ({ questionId: q.id, chosenIndex: answers[q.id] ?? 0 })),
    });
    if (result.ok) {
      setStage({ kind: 'results', quiz, attempt: result.value.attempt, readiness: result.value.readiness });
      window.scrollTo(0, 0);
      refreshHistory();
    } else {
      setStage((s) => (s.kind === 'taking' ? { ...s, submitting: false, error: result.error.message } : s));
    }
  }

  if (stage.kind === 'taking') {
    const { quiz, index, answers } = stage;
    return (
      <div className="screen quiz-screen">
        <QuestionCard
          key={quiz.questions[index]?.id}
          quiz={quiz}
          index={index}
          chosen={answers[quiz.questions[index]?.id ?? '']}
          submitting={stage.submitting}
          error={stage.error}
          onChoose={(questionId, option) =>
            setStage((s) => (s.kind === 'taking' ? { ...s, answers: { ...s.answers, [questionId]: option }, error: null } : s))
          }
          onBack={() => setStage((s) => (s.kind === 'taking' ? { ...s, index: Math.max(0, s.index - 1), error: null } : s))}
          onNext={() => {
            if (index + 1 < quiz.questions.length) setStage((s) => (s.kind === 'taking' ? { ...s, index: s.index + 1 } : s));
            else void submit(quiz, answers);
          }}
          onLeave={() => setStage({ kind: 'start' })}
        />
      </div>
    );
  }

  return (
    <div className="screen quiz-screen">
      {stage.kind === 'results' ? (
        <QuizResults
          quiz={stage.quiz}
          attempt={stage.attempt}
          readiness={stage.readiness}
          onQuick={beginQuick}
          onPractice={beginPractice}
          onDone={() => setStage({ kind: 'start' })}
        />
      ) : (
        <QuizStart history={history} onQuick={beginQuick} onPractice={beginPractice} />
      )}
      <QuizHistory history={history} onRetry={reloadHistory} />
    </div>
  );
}
