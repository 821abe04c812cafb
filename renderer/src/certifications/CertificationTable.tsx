/**
 * Every certification in the content pack side by side: cost, prep time, validity, return on
 * investment, who it suits and what it covers. The learner's recommended sequence comes first
 * and is marked; retired exams come last, say when they closed and what replaced them, and are
 * never offered for planning. Every row names the document its facts come from and how current
 * that document is.
 */
import type { PlannedCertification } from '../../../shared/domain/plan';
import { useContent, type CertificationContent } from '../shared/content';
import { useDisplayFormat } from '../shared/locale';
import { costText, levelText, prepText, providerText, retiredText, validityText } from './cert-facts';
import { Chips } from '../shared/Chips';
import { SourceList, SourceNote } from '../guide/SourceNote';

const COLUMNS = ['Certification', 'Cost, prep and validity', 'Return on investment', 'Best for and focus areas', 'Your checklist'] as const;

export const rowId = (certId: string) => `certs-row-${certId.replace(/\./g, '-')}`;

interface Props {
  certs: readonly CertificationContent[];
  planned: ReadonlyMap<string, PlannedCertification>;
  inChecklist: ReadonlySet<string>;
  adding: ReadonlySet<string>;
  addErrors: ReadonlyMap<string, string>;
  highlightId: string | null;
  onAdd: (certId: string) => void;
  onShowEntry: (certId: string) => void;
  onShowCert: (certId: string) => void;
  /** Certifications with a practice bank, and opening practice for one. */
  practiceIds: ReadonlySet<string>;
  onPractise: (certId: string) => void;
}

export function CertificationTable(props: Props) {
  const { certs, planned } = props;
  const { certificationLabel } = useContent();
  const sequence = [...planned.values()].sort((a, b) => a.order - b.order);
  return (
    <section className="card certs-compare" aria-labelledby="certs-compare-title">
      <div className="certs-compare-head">
        <h2 id="certs-compare-title">Compare certifications</h2>
        <p className="muted small">
          Prices and prep times are shown only where a source publishes them.{' '}
          {sequence.length > 0 ? (
            <>
              Your plan recommends{' '}
              {sequence.map((c, i) => (
                <span key={c.certId}>
                  {i > 0 ? (i === sequence.length - 1 ? ' then ' : ', ') : ''}
                  <strong>{certificationLabel(c.certId)}</strong>
                </span>
              ))}
              ; they are highlighted and listed first.
            </>
          ) : (
            'Your plan has no exam in it yet.'
          )}
        </p>
      </div>
      {/* Explicit roles: in narrow windows the rows are restyled as stacked cards, and CSS display
          changes can otherwise drop table semantics in Chromium. */}
      <div className="certs-scroll">
        <table className="certs-table" role="table" aria-labelledby="certs-compare-title">
          <thead role="rowgroup">
            <tr role="row">
              {COLUMNS.map((c) => (
                <th key={c} scope="col" role="columnheader">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {certs.map((cert) => (
              <CertificationRow key={cert.id} cert={cert} {...props} />
            ))}
          </tbody>
        </table>
      </div>
      <SourceList items={certs} label="Documents" />
    </section>
  );
}

function CertificationRow({ cert, planned, inChecklist, adding, addErrors, highlightId, onAdd, onShowEntry, onShowCert, practiceIds, onPractise }: Props & { cert: CertificationContent }) {
  const format = useDisplayFormat();
  const { certificationLabel } = useContent();
  const plan = planned.get(cert.id);
  const retired = cert.status === 'retired';
  const replacement = cert.replacedBy ?? null;
  const classes = ['certs-row', plan ? 'is-recommended' : '', retired ? 'is-retired' : '', highlightId === cert.id ? 'is-highlighted' : '']
    .filter(Boolean)
    .join(' ');
  // Each missing fact says which one it is; two bare "Not stated"s in a row would be ambiguous.
  const facts = [cert.code, providerText(cert), cert.level ? levelText(cert) : 'Level not stated'].filter(Boolean).join(' · ');
  const error = addErrors.get(cert.id);
  return (
    <tr id={rowId(cert.id)} className={classes} role="row" data-testid={`cert-row-${cert.id}`}>
      <th scope="row" role="rowheader" tabIndex={-1} className="certs-col-name">
        <span className="certs-name">{cert.name}</span>
        <span className="certs-sub">{facts}</span>
        {plan && (
          <span className="certs-badge certs-badge-plan">
            Your plan · #{plan.order} · {plan.booked ? 'booked' : 'target'} {format.day(plan.targetExamDate)}
          </span>
        )}
        {retired && (
          <span className="certs-retired">
            <span className="certs-badge certs-badge-retired">Retired{cert.retiredOn ? ` ${retiredText(cert, format)}` : ''}</span>
            {replacement ? (
              <span className="small">
                Replaced by{' '}
                <button type="button" className="link-button" onClick={() => onShowCert(replacement)}>
                  {certificationLabel(replacement)}
                </button>
              </span>
            ) : (
              <span className="small muted">No replacement announced</span>
            )}
          </span>
        )}
        {/* The publisher's name keeps the narrow column short; the full titles are listed once under the table. */}
        <div className="certs-source" data-testid={`cert-source-${cert.id}`}>
          <SourceNote source={cert.source} asOf={cert.asOf} short />
        </div>
      </th>
      <td role="cell" className={`certs-col-facts${retired ? ' certs-empty' : ''}`}>
        <CellLabel text={COLUMNS[1]} />
        {retired ? (
          <span className="muted">Not offered</span>
        ) : (
          <dl className="certs-facts">
            <div>
              <dt>Exam</dt>
              <dd>
                <Fact text={costText(cert, format)} />
              </dd>
            </div>
            <div>
              <dt>Prep</dt>
              <dd>
                <Fact text={prepText(cert)} />
              </dd>
            </div>
            <div>
              <dt>Valid</dt>
              <dd>
                <Fact text={validityText(cert)} />
              </dd>
            </div>
          </dl>
        )}
      </td>
      <td role="cell" className={`certs-col-roi${cert.roiPercent === null && !cert.roiOutlook ? ' certs-empty' : ''}`}>
        <CellLabel text={COLUMNS[2]} />
        {cert.roiPercent !== null && cert.roiPercent !== undefined && (
          <span className="certs-roi">
            <span className="certs-roi-value">{format.percent(cert.roiPercent)}</span>
            <span className="meter certs-roi-bar" aria-hidden="true">
              <span style={{ width: `${cert.roiPercent}%` }} />
            </span>
          </span>
        )}
        {cert.roiOutlook ? (
          <span className="certs-cell-text">{cert.roiOutlook}</span>
        ) : (
          cert.roiPercent === null && <span className="muted">{retired ? '—' : 'not published'}</span>
        )}
      </td>
      <td role="cell" className={`certs-col-fit${!cert.bestFor && cert.focusAreas.length === 0 ? ' certs-empty' : ''}`}>
        <CellLabel text={COLUMNS[3]} />
        {cert.bestFor && <span className="certs-cell-text">{cert.bestFor}</span>}
        {cert.focusAreas.length > 0 ? (
          <Chips items={cert.focusAreas} muted />
        ) : (
          !cert.bestFor && <span className="muted">—</span>
        )}
      </td>
      <td role="cell" className="certs-action">
        {retired ? (
          <span className="small muted">Retired: not offered for planning</span>
        ) : inChecklist.has(cert.id) ? (
          <button type="button" className="link-button" onClick={() => onShowEntry(cert.id)} aria-label={`In your checklist: show ${cert.name}`}>
            In your checklist
          </button>
        ) : (
          <button
            type="button"
            className="button button-secondary certs-add"
            disabled={adding.has(cert.id)}
            onClick={() => onAdd(cert.id)}
            aria-label={`Add to my checklist: ${cert.name}`}
          >
            {adding.has(cert.id) ? 'Adding…' : 'Add to my checklist'}
          </button>
        )}
        {error && (
          <span className="field-error small" role="alert">
            {error}
          </span>
        )}
        {!retired && practiceIds.has(cert.id) && (
          <button type="button" className="link-button certs-practise" onClick={() => onPractise(cert.id)} aria-label={`Practise for ${cert.name}`}>
            Practise questions
          </button>
        )}
      </td>
    </tr>
  );
}

/** The column name inside each cell, shown only when rows are stacked (the real header is then hidden). */
function CellLabel({ text }: { text: string }) {
  return (
    <span className="certs-cell-label" aria-hidden="true">
      {text}
    </span>
  );
}

function Fact({ text }: { text: string }) {
  return <span className={text === 'not published' || text === 'not stated' ? 'muted' : 'certs-fact'}>{text}</span>;
}
