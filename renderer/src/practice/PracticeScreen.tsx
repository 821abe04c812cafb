/**
 * Exam practice: pick a certification the plan can recommend, practise all of its questions or
 * one focus area, see right or wrong with the explanation after each answer, then a summary of
 * the round. The focus areas are listed weakest first from every round taken so far.
 *
 * A round is stored when it ends, as one practice attempt for that certification
 * (`quiz:record` with `certId`); leaving a round part-way stores nothing. Past rounds come from
 * `practice:history`; they are kept apart from the readiness quiz and never change its score.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { QuizAttempt } from '../../../shared/domain/records';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { keyOf, useChannel } from '../data/planner-query';
import type { ScreenProps } from '../screens';
import { usePlanView } from '../shared/usePlanView';
import { PracticeQuestionCard } from './PracticeQuestionCard';
import { PracticeStart } from './PracticeStart';
import { PracticeSummary } from './PracticeSummary';
import { useContent } from '../shared/content';
import { initialCertId, startRound, type ActiveRound } from './practice-model';
import './practice.css';

type Stage =
  | { kind: 'start' }
  | { kind: 'taking'; round: ActiveRound; index: number; answers: Readonly<Record<string, number>>; checked: boolean; submitting: boolean; error: string | null }
  | { kind: 'summary'; round: ActiveRound; attempt: QuizAttempt };

export default function PracticeScreen({ planner, detail }: ScreenProps) {
  const client = useQueryClient();
  const { pack } = useContent();
  const plan = usePlanView(planner);
  const history = useChannel(planner, 'practice:history', {});
  const plannedIds = useMemo(() => (plan.data?.plan.certifications ?? []).map((c) => c.certId), [plan.data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const certId = chosen ?? initialCertId(pack, detail?.certId, plannedIds);
  const [stage, setStage] = useState<Stage>({ kind: 'start' });

  const begin = (focusArea: string | null) => {
    const round = startRound(pack, certId, focusArea, Date.now());
    if (round.questions.length === 0) return;
    setChosen(certId);
    setStage({ kind: 'taking', round, index: 0, answers: {}, checked: false, submitting: false, error: null });
    window.scrollTo(0, 0);
  };

  async function finish(round: ActiveRound, answers: Readonly<Record<string, number>>) {
    setStage((s) => (s.kind === 'taking' ? { ...s, submitting: true, error: null } : s));
    const result = await planner.invoke('quiz:record', {
      kind: 'practice',
      certId: round.certId,
      ...(round.focusArea !== null ? { focusArea: round.focusArea } : {}),
      answers: round.questions.map((q) => ({ questionId: q.id, chosenIndex: answers[q.id] ?? 0 })),
    });
    if (result.ok) {
      const { attempt } = result.value;
      client.setQueryData<ResponseOf<'practice:history'>>(keyOf('practice:history', {}), (h) => h && { attempts: [...h.attempts.filter((a) => a.id !== attempt.id), attempt] });
      setStage({ kind: 'summary', round, attempt });
      window.scrollTo(0, 0);
    } else {
      setStage((s) => (s.kind === 'taking' ? { ...s, submitting: false, error: result.error.message } : s));
    }
  }

  if (stage.kind === 'taking') {
    const { round, index, answers, checked } = stage;
    const question = round.questions[index];
    return (
      <div className="screen practice-screen">
        {question && (
          <PracticeQuestionCard
            key={question.id}
            round={round}
            index={index}
            chosen={answers[question.id]}
            checked={checked}
            submitting={stage.submitting}
            error={stage.error}
            onChoose={(option) => setStage((s) => (s.kind === 'taking' && !s.checked ? { ...s, answers: { ...s.answers, [question.id]: option } } : s))}
            onCheck={() => setStage((s) => (s.kind === 'taking' ? { ...s, checked: true } : s))}
            onNext={() => {
              if (index + 1 < round.questions.length) setStage((s) => (s.kind === 'taking' ? { ...s, index: s.index + 1, checked: false } : s));
              else void finish(round, answers);
            }}
            onLeave={() => setStage({ kind: 'start' })}
          />
        )}
      </div>
    );
  }

  const attempts = history.data?.attempts ?? [];
  return (
    <div className="screen practice-screen">
      {stage.kind === 'summary' ? (
        <PracticeSummary
          round={stage.round}
          attempt={stage.attempt}
          attempts={attempts}
          onPractise={(focusArea) => begin(focusArea)}
          onDone={() => setStage({ kind: 'start' })}
        />
      ) : (
        <PracticeStart certId={certId} plannedIds={plannedIds} history={history} onChoose={setChosen} onPractise={begin} />
      )}
    </div>
  );
}
