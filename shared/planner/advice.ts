/**
 * Which certifications to plan, in which order, and what to say about the budget. The rules
 * follow seed 000's advice:
 *  - Beginners (new to code, students) and career switchers from IT start with the foundational
 *    AWS AI Practitioner (AIF-C01) whatever their cloud: it is the first step the sources name
 *    for them, and its AI/ML fundamentals are not tied to AWS. A Professional exam never comes
 *    first.
 *  - Developers and data professionals go straight to the cloud ML exam: MLA-C01, or Google's
 *    PMLE on Google Cloud.
 *  - The sources name no Azure exam; Azure learners get MLA-C01, the nearest path, and are told.
 *  - Two to four credentials in all: the foundational one (when it applies), one cloud ML exam,
 *    and the optional third the sources mention: Databricks ML Associate as the MLOps credential
 *    (beside the cloud exam, never instead of it), the Deep Learning Specialization for vision
 *    and NLP, AWS's generative-AI Professional (AIP-C01) for an LLM focus on AWS.
 *  - Trimmed from the end to the budget; booked exams always stay. With nothing affordable the
 *    cheapest exam that fits is planned instead; at $0 the plan is a free path and names the
 *    first exam worth saving for.
 */
import type { Certification, ContentPack } from '../content/schema';
import type { BudgetVerdict } from '../domain/plan';
import type { Background, Profile } from '../domain/profile';
import { CLOUD_LABELS } from '../domain/profile-options';
import { DAYS_PER_MONTH } from './levels';

export type Plannable = Certification & { costUsd: number };

export interface CertPick {
  cert: Plannable;
  reason: string;
  /** Optional picks go first when the budget is short. */
  optional: boolean;
}

const BEGINNERS: readonly Background[] = ['new-to-code', 'student'];
const SWITCHERS: readonly Background[] = ['it-professional'];
export const MAX_CREDENTIALS = 4;

export const usd = (n: number) => `$${n.toLocaleString('en-US')}`;

export function certName(pack: ContentPack, id: string): string {
  const c = pack.certifications.find((x) => x.id === id);
  return c ? (c.code ? `${c.name} (${c.code})` : c.name) : id;
}

/**
 * What a credential costs the learner: the exam fee, or for a course series paid monthly, the
 * highest monthly price for every month of its longest prep time (so the budget is never short).
 */
export function credentialCost(cert: Certification): number | null {
  if (cert.format === 'proctored-exam') return cert.examCostUsd;
  if (cert.subscriptionUsdPerMonth && cert.prepWeeks) {
    return cert.subscriptionUsdPerMonth.max * Math.ceil((cert.prepWeeks.max * 7) / DAYS_PER_MONTH);
  }
  return null;
}

export function plannable(pack: ContentPack): Plannable[] {
  return pack.certifications.flatMap((c) => {
    const costUsd = credentialCost(c);
    return c.status === 'active' && c.level !== null && costUsd !== null ? [{ ...c, costUsd }] : [];
  });
}

const byId = (pool: readonly Plannable[], id: string) => pool.find((c) => c.id === id);

/** The first active exam at a level on a platform, in the pack's learning order. */
function first(pool: readonly Plannable[], test: (c: Plannable) => boolean): Plannable | undefined {
  return pool.filter(test).sort((a, b) => (a.learningOrder ?? 99) - (b.learningOrder ?? 99) || a.costUsd - b.costUsd || a.id.localeCompare(b.id))[0];
}

export function pickCertifications(pack: ContentPack, profile: Profile, warnings: string[]): CertPick[] {
  const pool = plannable(pack);
  const cloud = profile.cloud ?? 'any';
  const specialisation = profile.specialisation ?? 'none';
  const picks: CertPick[] = [];
  const add = (cert: Plannable | undefined, reason: string, optional: boolean) => {
    if (cert && !picks.some((p) => p.cert.id === cert.id) && picks.length < MAX_CREDENTIALS) picks.push({ cert, reason, optional });
  };

  const foundational = first(pool, (c) => c.level === 'foundational');
  if (BEGINNERS.includes(profile.background) || SWITCHERS.includes(profile.background)) {
    const who = SWITCHERS.includes(profile.background) ? 'career switchers' : 'beginners';
    const why =
      cloud === 'any' || (foundational && foundational.cloud === cloud)
        ? `The first exam the sources recommend for ${who}: quick to earn, and it builds the vocabulary the associate exams assume.`
        : `The first exam the sources recommend for ${who}. It is AWS's, but what it tests (AI/ML basics, generative AI, responsible AI) carries over to ${CLOUD_LABELS[cloud]}, and the sources name no foundational exam there.`;
    add(foundational, why, false);
  }

  const mlEngineer = (platform: string) => first(pool, (c) => c.cloud === platform && (c.level === 'associate' || c.level === 'professional') && c.phaseId === 'phase.mlops');
  const beginner = BEGINNERS.includes(profile.background);
  if (cloud === 'gcp') {
    const pmle = mlEngineer('gcp');
    add(
      pmle,
      beginner
        ? 'Google Cloud\'s ML engineering exam. It is a Professional exam for experienced engineers, so it comes last, once your MLOps phase is done.'
        : 'The sources send developers and data professionals on Google Cloud straight to this exam.',
      false,
    );
  } else {
    const mla = mlEngineer('aws');
    const reason =
      cloud === 'azure'
        ? 'The sources name no Azure ML exam; this is the nearest path they give: the primary ML engineering exam, with skills that carry over to Azure ML.'
        : beginner || SWITCHERS.includes(profile.background)
          ? 'The cloud ML exam that follows the foundational one: production ML, pipelines and monitoring.'
          : 'The sources send developers and data professionals straight to this exam, the primary ML engineering credential.';
    add(mla, reason, false);
    if (cloud === 'azure') {
      warnings.push('The sources name no Microsoft Azure certification. The plan uses AWS\'s MLA-C01 as the nearest path; Azure ML itself appears in the sources only as a cloud skill.');
    }
  }

  if (specialisation === 'llm' && (cloud === 'aws' || cloud === 'any')) {
    add(byId(pool, 'cert.aws.aip-c01'), 'An advanced generative-AI credential for your LLM focus, taken after the GenAI phase.', true);
  }
  if (specialisation === 'llm' && cloud === 'gcp') {
    warnings.push('Google\'s PMLE already covers generative AI (Vertex AI Agent Builder, Model Garden), so no separate GenAI exam is planned for Google Cloud.');
  }
  const databricks = byId(pool, 'cert.databricks.ml-associate');
  if (cloud === 'databricks') {
    add(databricks, 'Your platform\'s ML credential, beside the cloud ML exam: MLflow, Feature Store and Spark ML, the MLOps layer of enterprise teams.', true);
  }
  if (specialisation === 'cv-nlp') {
    add(byId(pool, 'cert.deeplearning-ai.dl-specialization'), 'The optional deep-learning credential the sources suggest beside the cloud ML exam, for your vision/NLP focus.', true);
  }
  if (!picks.some((p) => p.optional)) {
    add(databricks, 'The optional MLOps credential the sources suggest beside the cloud ML exam: MLflow and model deployment on a platform common in enterprise teams.', true);
  }
  return picks;
}

export interface BudgetFit {
  kept: CertPick[];
  dropped: string[];
  verdict: BudgetVerdict;
}

/**
 * Keeps the picks the budget allows, optional ones given up first, booked exams always kept. When
 * nothing fits but the budget is above $0, the cheapest exam that fits is planned instead.
 */
export function fitToBudget(pack: ContentPack, picks: CertPick[], budgetUsd: number, booked: ReadonlySet<string>): BudgetFit {
  const idealUsd = picks.reduce((s, p) => s + p.cert.costUsd, 0);
  let spend = picks.filter((p) => booked.has(p.cert.id)).reduce((s, p) => s + p.cert.costUsd, 0);
  const keep = new Set(picks.filter((p) => booked.has(p.cert.id)).map((p) => p.cert.id));
  // Required picks in order, then optional ones in order: the optional third goes first.
  for (const p of [...picks.filter((x) => !x.optional), ...picks.filter((x) => x.optional)]) {
    if (keep.has(p.cert.id)) continue;
    if (spend + p.cert.costUsd <= budgetUsd) {
      keep.add(p.cert.id);
      spend += p.cert.costUsd;
    }
  }
  let kept = picks.filter((p) => keep.has(p.cert.id));
  const dropped = picks.filter((p) => !keep.has(p.cert.id)).map((p) => p.cert.id);
  const planned = new Set(picks.map((p) => p.cert.id));
  const cheapestFitting = (left: number) =>
    plannable(pack)
      .filter((c) => !planned.has(c.id) && !keep.has(c.id) && c.costUsd <= left && c.format === 'proctored-exam')
      .sort((a, b) => a.costUsd - b.costUsd || (a.learningOrder ?? 99) - (b.learningOrder ?? 99) || a.id.localeCompare(b.id))[0] ?? null;

  if (kept.length === 0 && budgetUsd > 0) {
    const substitute = cheapestFitting(budgetUsd);
    if (substitute) {
      kept = [{ cert: substitute, reason: `The exam your ${usd(budgetUsd)} budget covers now; the sequence above it is for when you can spend more.`, optional: false }];
      spend = substitute.costUsd;
      keep.add(substitute.id);
    }
  }
  const alternative = dropped.length > 0 ? cheapestFitting(budgetUsd - spend) : null;
  const withinBudget = dropped.length === 0;
  const firstWorthSaving = picks.find((p) => !keep.has(p.cert.id));
  let message: string;
  if (picks.length === 0) {
    message = 'No exam is recommended yet, so nothing is spent on certifications.';
  } else if (budgetUsd === 0 && kept.length === 0) {
    message = [
      'Free path: with a $0 budget no exam is planned. Every phase, project and quiz in MLE Path costs nothing, and the roadmap\'s resources are free.',
      firstWorthSaving ? `The first exam worth saving for is ${certName(pack, firstWorthSaving.cert.id)} at ${usd(firstWorthSaving.cert.costUsd)}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
  } else if (withinBudget) {
    message = `The recommended credentials cost ${usd(idealUsd)} of your ${usd(budgetUsd)} budget.`;
  } else {
    message = [
      `The full sequence costs ${usd(idealUsd)}, ${usd(idealUsd - budgetUsd)} over your ${usd(budgetUsd)} budget.`,
      kept.length > 0 ? `The plan keeps ${kept.map((p) => certName(pack, p.cert.id)).join(', ')} (${usd(spend)}).` : 'The plan includes no exam for now.',
      `Left out: ${dropped.map((id) => certName(pack, id)).join(', ')}.`,
      alternative ? `Cheapest exam not yet planned that fits what is left: ${certName(pack, alternative.id)} at ${usd(alternative.costUsd)}.` : '',
      firstWorthSaving ? `The next one worth saving for is ${certName(pack, firstWorthSaving.cert.id)} (${usd(firstWorthSaving.cert.costUsd)}).` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  return {
    kept,
    dropped,
    verdict: {
      budgetUsd,
      plannedUsd: spend,
      idealUsd,
      withinBudget,
      droppedCertIds: dropped,
      cheapestAlternative: alternative ? { certId: alternative.id, costUsd: alternative.costUsd } : null,
      message,
    },
  };
}
