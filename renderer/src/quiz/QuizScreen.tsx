/**
 * The readiness quiz: choose a quick quiz (two questions per area) or one area's practice set,
 * answer one question at a time, then see the score, each area, the strongest and weakest, and
 * every explanation. Below, the history of attempts with the readiness curve.
 *
 * Answers are graded and stored by main (`quiz:record`), which returns the readiness over all
 * attempts; the history comes from `quiz:history` plus the profile's self-rating (`profile:get`)
 * so the curve is computed the way main computes readiness.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { QuizAttempt } from '../../../shared/domain/records';
import type { ReadinessView, ResponseOf, SavedProfile } from '../../../shared/ipc/contract';
import { keyOf, useChannel, useChannelPart } from '../data/planner-query';
import { allOf, type Loadable } from '../shared/LoadStates';
import type { SelfRating } from '../../../shared/planner/readiness';
import type { ScreenProps } from '../screens';
import { QuestionCard } from './QuestionCard';
import { QuizHistory } from './QuizHistory';
import { QuizResults } from './QuizResults';
import { QuizStart } from './QuizStart';
import { useContent } from '../shared/content';
import { startPractice, startQuickQuiz, type ActiveQuiz, type SkillArea } from './quiz-model';
import './quiz.css';

export interface HistoryData {
  attempts: QuizAttempt[];
  readiness: ReadinessView | null;
  selfRating: SelfRating | null;
}

export type HistoryState = Loadable<HistoryData>;

type Stage =
  | { kind: 'start' }
  | { kind: 'taking'; quiz: ActiveQuiz; index: number; answers: Readonly<Record<string, number>>; submitting: boolean; error: string | null }
  | { kind: 'results'; quiz: ActiveQuiz; attempt: QuizAttempt; readiness: ReadinessView };

const selfRatingOf = (saved: SavedProfile | null) => saved?.profile.selfRating ?? null;

export default function QuizScreen({ planner, navigate }: ScreenProps) {
  const client = useQueryClient();
  const { pack } = useContent();
  const [stage, setStage] = useState<Stage>({ kind: 'start' });
  const attempts = useChannel(planner, 'quiz:history', {});
  const selfRating = useChannelPart(planner, 'profile:get', {}, selfRatingOf);
  const both = allOf(attempts, selfRating);
  const [answers, rating] = both.data ?? [];
  // One object per answer, so the history's chart is computed again only when an answer changes.
  const data = useMemo(() => (answers && rating !== undefined ? { attempts: answers.attempts, readiness: answers.readiness, selfRating: rating } : null), [answers, rating]);
  const history: HistoryState = data
    ? { status: 'success', data, error: null, refetch: both.refetch }
    : { status: both.status === 'error' ? 'error' : 'pending', data: undefined, error: both.error, refetch: both.refetch };

  const begin = (quiz: ActiveQuiz) => {
    setStage({ kind: 'taking', quiz, index: 0, answers: {}, submitting: false, error: null });
    window.scrollTo(0, 0);
  };
  const beginQuick = () => begin(startQuickQuiz(pack, Date.now()));
  const beginPractice = (area: SkillArea) => begin(startPractice(pack, area));

  async function submit(quiz: ActiveQuiz, answers: Readonly<Record<string, number>>) {
    setStage((s) => (s.kind === 'taking' ? { ...s, submitting: true, error: null } : s));
    const result = await planner.invoke('quiz:record', {
      kind: quiz.kind,
      answers: quiz.questions.map((q) => ({ questionId: q.id, chosenIndex: answers[q.id] ?? 0 })),
    });
    // A readiness quiz always has a score after it (its own answers count); null would be a store fault.
    const readiness = result.ok ? result.value.readiness : null;
    if (result.ok && readiness !== null) {
      const { attempt } = result.value;
      setStage({ kind: 'results', quiz, attempt, readiness });
      window.scrollTo(0, 0);
      // The reply is the history's news: the attempt (the newest, so last) and the readiness over all.
      client.setQueryData<ResponseOf<'quiz:history'>>(keyOf('quiz:history', {}), (h) => h && { attempts: [...h.attempts.filter((a) => a.id !== attempt.id), attempt], readiness });
    } else {
      const message = result.ok ? 'The readiness score could not be computed.' : result.error.message;
      setStage((s) => (s.kind === 'taking' ? { ...s, submitting: false, error: message } : s));
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
        <QuizStart history={history} onQuick={beginQuick} onPractice={beginPractice} onExamPractice={() => navigate('practice')} />
      )}
      <QuizHistory history={history} onRetry={() => void history.refetch()} />
    </div>
  );
}
