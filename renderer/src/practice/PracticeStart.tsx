/**
 * Where a practice round starts: the certification (the plan's first, or the one asked for),
 * a round over all of its questions, and its focus areas weakest first, each a round of its own.
 */
import { useId } from 'react';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { Loaded, type Loadable } from '../shared/LoadStates';
import { FocusAreaList } from './FocusAreaList';
import { useContent } from '../shared/content';
import { certLabel, practiceCertificationsOf, questionCount, standingsFor } from './practice-model';

interface Props {
  certId: string;
  plannedIds: readonly string[];
  history: Loadable<ResponseOf<'practice:history'>>;
  onChoose: (certId: string) => void;
  onPractise: (focusArea: string | null) => void;
}

export function PracticeStart({ certId, plannedIds, history, onChoose, onPractise }: Props) {
  const id = useId();
  const { pack } = useContent();
  const banked = practiceCertificationsOf(pack);
  const cert = banked.find((c) => c.id === certId);
  const rounds = history.data?.attempts.filter((a) => a.certId === certId).length ?? 0;
  return (
    <>
      <div className="screen-head">
        <h1>Exam practice</h1>
        <p className="lede">
          Practise for the certifications your plan can include, one focus area or the whole exam at a time. Each answer is explained at once; your weakest
          areas come first below. Practice rounds stay on this computer and do not change your readiness score.
        </p>
      </div>

      <div className="card practice-picker">
        <label className="label" htmlFor={`${id}-cert`}>
          Certification
        </label>
        <select id={`${id}-cert`} value={certId} onChange={(e) => onChoose(e.target.value)}>
          {banked.map((c) => (
            <option key={c.id} value={c.id}>
              {certLabel(c)}
            </option>
          ))}
        </select>
        {cert && (
          <div className="practice-whole">
            <p className="small muted">
              {plannedIds.includes(certId) ? 'In your plan · ' : 'Not in your plan · '}
              {questionCount(pack, certId)} questions over {cert.focusAreas.length} focus areas · {rounds === 0 ? 'no rounds yet' : rounds === 1 ? '1 round so far' : `${rounds} rounds so far`}
            </p>
            <button type="button" className="button button-primary" onClick={() => onPractise(null)}>
              Practise all {questionCount(pack, certId)} questions
            </button>
          </div>
        )}
      </div>

      <section className="card" aria-labelledby={`${id}-areas`}>
        <h2 id={`${id}-areas`}>Focus areas, weakest first</h2>
        <p className="small muted">From your latest answer to each question you have practised for this certification.</p>
        <Loaded read={history} what="Your practice history" loading={<p>Loading your practice history…</p>}>
          {(h) => <FocusAreaList standings={standingsFor(pack, certId, h.attempts)} onPractise={(area) => onPractise(area)} />}
        </Loaded>
      </section>
    </>
  );
}
