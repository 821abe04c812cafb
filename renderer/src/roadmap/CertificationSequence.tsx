/** The recommended exams in order, with cost and target date, and the budget verdict. */
import type { PlanView } from '../../../shared/ipc/contract';
import { useContent } from '../shared/content';
import { useDisplayFormat } from '../shared/locale';
import { Chips } from '../shared/Chips';

export function CertificationSequence({ view }: { view: PlanView }) {
  const format = useDisplayFormat();
  const content = useContent();
  const { certificationLabel } = content;
  const { certifications, budget } = view.plan;
  return (
    <section className="card stack" aria-labelledby="certs-title">
      <h2 id="certs-title">Certification sequence</h2>
      {certifications.length === 0 ? (
        <p className="muted">No exam fits your budget yet; the plan focuses on skills and portfolio projects.</p>
      ) : (
        <ol className="roadmap-cert-list">
          {certifications.map((c) => {
            const cert = content.certification(c.certId);
            return (
              <li key={c.certId} className="roadmap-cert-item">
                <span className="roadmap-cert-order" aria-hidden="true">
                  {c.order}
                </span>
                <div className="roadmap-cert-body">
                  <span className="roadmap-cert-name">{certificationLabel(c.certId)}</span>
                  <span className="muted small">{format.message(c.reason)}</span>
                  {cert?.focusAreas && cert.focusAreas.length > 0 && (
                    <Chips items={cert.focusAreas.slice(0, 4)} />
                  )}
                </div>
                <div className="roadmap-cert-facts">
                  <span>{format.usd(c.costUsd)}</span>
                  <span className="muted small">
                    {c.booked ? 'Booked' : 'Target'} {format.day(c.targetExamDate)}
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <p className={budget.withinBudget ? 'muted small' : 'alert alert-warning'} data-testid="budget-message">
        {format.message(budget.message)}
      </p>
    </section>
  );
}
