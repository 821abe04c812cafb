/**
 * The built-in content pack: it validates, and the seed facts the product depends on are present
 * with the values the seed documents give.
 */
import { describe, expect, it } from 'vitest';
import { BACKGROUNDS } from '../../../../shared/domain/profile';
import { SKILL_AREAS } from '../../../../shared/domain/skill-area';
import { loadPack } from '../../../../shared/content/load';
import { builtInPack } from '../../../../shared/content/pack';
import type { ContentPack } from '../../../../shared/content/schema';
import { loadBuiltIn, must } from './helpers';

const SEED_000 = '000_5f219c88f8d7aba5.txt';
const SEED_001 = '001_102de7a985a01fe3.txt';
const SEED_002 = '002_7d59a46b58d8a4e0.txt';
const SEED_004 = '004_6505122dd31ab980.txt';

const pack = loadBuiltIn();
const cert = (id: string) => must(pack.certifications.find((c) => c.id === id), id);
const salary = (id: string) => must(pack.salaryBands.find((s) => s.id === id), id);
const timeline = (bg: ContentPack['timelines'][number]['background']) =>
  must(pack.timelines.find((t) => t.background === bg), bg);

describe('built-in pack', () => {
  it('validates against the schema with no errors', () => {
    const result = loadPack(builtInPack);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has a semver version and lists the five seed files as sources', () => {
    expect(pack.packVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.values(pack.sources).map((s) => s.file).sort()).toEqual([
      SEED_000,
      SEED_001,
      SEED_002,
      '003_c05c8bcbec0fb94d.txt',
      SEED_004,
    ]);
    expect(pack.sources['source.000']?.asOf).toBe('2026-03-31');
    expect(pack.sources['source.002']?.asOf).toBe('2026-01-01');
  });
});

describe('roadmap phases', () => {
  it('runs foundations → core ML → deep learning → MLOps → GenAI → portfolio', () => {
    expect(pack.phases.map((p) => p.id)).toEqual([
      'phase.foundations',
      'phase.core-ml',
      'phase.deep-learning',
      'phase.mlops',
      'phase.genai',
      'phase.portfolio',
    ]);
    expect(pack.phases.map((p) => p.skillArea)).toEqual([
      'python-foundations',
      'ml-modelling',
      'ml-modelling',
      'mlops-deployment',
      'ml-modelling',
      'mlops-deployment',
    ]);
  });

  it('follows seed 004 for each phase\'s suggested project and tools', () => {
    const byId = new Map(pack.phases.map((p) => [p.id, p]));
    expect(byId.get('phase.foundations')?.tools).toEqual(expect.arrayContaining(['Python', 'NumPy', 'pandas', 'Jupyter Notebook']));
    expect(byId.get('phase.mlops')?.tools).toEqual(expect.arrayContaining(['Docker', 'FastAPI', 'MLflow', 'Git']));
    expect(byId.get('phase.mlops')?.suggestedProjectId).toBe('project.e2e-pipeline');
    expect(byId.get('phase.genai')?.suggestedProjectId).toBe('project.rag-app');
    for (const phase of pack.phases) expect(phase.source).toBe(SEED_004);
  });

  it('uses the seed 004 "ready for phase 2" checklist as the first gate and has a gate on every phase', () => {
    const [first, ...rest] = pack.phases;
    expect(first?.gate.source).toBe(SEED_004);
    expect(first?.gate.items).toHaveLength(5);
    for (const phase of rest) expect(phase.gate.items.length).toBeGreaterThanOrEqual(4);
  });

  it('includes the example milestone id and one optional milestone per specialisation', () => {
    const milestones = pack.phases.flatMap((p) => p.milestones);
    expect(milestones.map((m) => m.id)).toContain('phase.mlops.deploy-api');
    const specialisations = milestones.flatMap((m) => (m.specialisation ? [m.specialisation] : []));
    expect(specialisations.sort()).toEqual(['cv-nlp', 'llm', 'recsys']);
  });

  it('sizes the core path to the 9–12 month beginner timeline at 8–10 h/week (350–500 h)', () => {
    const coreHours = pack.phases
      .flatMap((p) => p.milestones)
      .filter((m) => m.specialisation === undefined)
      .reduce((sum, m) => sum + m.effortHours, 0);
    expect(coreHours).toBeGreaterThanOrEqual(350);
    expect(coreHours).toBeLessThanOrEqual(500);

    const minWeeks = pack.phases.reduce((s, p) => s + p.typicalDuration.minWeeks, 0);
    const maxWeeks = pack.phases.reduce((s, p) => s + p.typicalDuration.maxWeeks, 0);
    // 9 months ≈ 39 weeks, 12 months ≈ 52 weeks.
    expect(minWeeks).toBeGreaterThanOrEqual(39);
    expect(maxWeeks).toBeLessThanOrEqual(53);
  });

  it('only uses https resource links', () => {
    for (const m of pack.phases.flatMap((p) => p.milestones)) {
      for (const r of m.resources) if (r.url !== undefined) expect(r.url).toMatch(/^https:\/\//);
    }
  });
});

describe('certifications', () => {
  it('keeps AWS MLS-C01 as retired on 2026-03-31, replaced by MLA-C01', () => {
    const mls = cert('cert.aws.mls-c01');
    expect(mls.code).toBe('MLS-C01');
    expect(mls.status).toBe('retired');
    expect(mls.retiredOn).toBe('2026-03-31');
    expect(mls.replacedBy).toBe('cert.aws.mla-c01');
    expect(mls.source).toBe(SEED_000);
  });

  it('keeps the TensorFlow Developer Certificate as retired in May 2024 with no replacement', () => {
    const tf = cert('cert.tensorflow.developer');
    expect(tf.status).toBe('retired');
    expect(tf.retiredOn).toBe('2024-05');
    expect(tf.replacedBy).toBeNull();
  });

  it('has MLA-C01 active at $150 with 6–10 weeks of prep', () => {
    const mla = cert('cert.aws.mla-c01');
    expect(mla).toMatchObject({ code: 'MLA-C01', status: 'active', level: 'associate', examCostUsd: 150, roiPercent: 95 });
    expect(mla.prepWeeks).toEqual({ min: 6, max: 10 });
  });

  it('has the seed 000 comparison values for the other five certifications', () => {
    expect(cert('cert.aws.aif-c01')).toMatchObject({ code: 'AIF-C01', level: 'foundational', examCostUsd: 100, prepWeeks: { min: 2, max: 4 }, roiPercent: 74 });
    expect(cert('cert.gcp.pmle')).toMatchObject({ level: 'professional', examCostUsd: 200, prepWeeks: { min: 6, max: 10 }, roiPercent: 93 });
    expect(cert('cert.databricks.ml-associate')).toMatchObject({ level: 'associate', examCostUsd: 200, prepWeeks: { min: 4, max: 6 }, roiPercent: 86 });
    expect(cert('cert.deeplearning-ai.dl-specialization')).toMatchObject({
      format: 'course-series',
      examCostUsd: null,
      subscriptionUsdPerMonth: { min: 49, max: 79 },
      prepWeeks: { min: 8, max: 12 },
      roiPercent: 84,
    });
    expect(cert('cert.aws.aip-c01')).toMatchObject({ code: 'AIP-C01', level: 'professional', examCostUsd: 300, examCostApproximate: true, roiPercent: 82 });
  });

  it('orders the six seed 000 certifications in its learning sequence', () => {
    const ordered = pack.certifications
      .filter((c) => c.learningOrder !== null)
      .sort((a, b) => (a.learningOrder ?? 0) - (b.learningOrder ?? 0))
      .map((c) => c.code ?? c.id);
    expect(ordered).toEqual(['AIF-C01', 'MLA-C01', 'PMLE', 'cert.databricks.ml-associate', 'cert.deeplearning-ai.dl-specialization', 'AIP-C01']);
  });

  it('records PMLE and Databricks ML Associate as valid for 2 years and leaves unstated validity null', () => {
    expect(cert('cert.gcp.pmle').validityYears).toBe(2);
    expect(cert('cert.databricks.ml-associate').validityYears).toBe(2);
    expect(cert('cert.aws.mla-c01').validityYears).toBeNull();
  });

  it('lists the Databricks Generative AI Engineer Associate without inventing a price', () => {
    const genai = cert('cert.databricks.genai-engineer-associate');
    expect(genai.status).toBe('active');
    expect(genai.examCostUsd).toBeNull();
    expect(genai.prepWeeks).toBeNull();
  });

  it('lists the five Python Institute certifications from seed 001 with unknown prices left null', () => {
    const python = pack.certifications.filter((c) => c.cloud === 'python-institute');
    expect(python.map((c) => c.code)).toEqual(['PCEP-30-02', 'PCAP-31-03', 'PCED-30-02', 'PCAD-30-02', 'PCPP1']);
    for (const c of python) {
      expect(c.source).toBe(SEED_001);
      expect(c.examCostUsd).toBeNull();
      expect(c.prepWeeks).toBeNull();
    }
  });

  it('recommends AIF-C01 to beginners and MLA-C01/PMLE to developers and data professionals', () => {
    expect(cert('cert.aws.aif-c01').recommendedFor).toEqual(['new-to-code', 'student']);
    for (const id of ['cert.aws.mla-c01', 'cert.gcp.pmle']) {
      expect(cert(id).recommendedFor).toEqual(['software-developer', 'data-analyst', 'data-scientist']);
    }
  });

  it('gives every certification a seed source and date', () => {
    for (const c of pack.certifications) {
      expect([SEED_000, SEED_001]).toContain(c.source);
      expect(c.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('money and time', () => {
  it('puts typical certification spend at $600–$1,200', () => {
    expect(pack.investment.certSpendUsd).toEqual({ min: 600, max: 1200 });
    expect(pack.investment.typicalCertCount).toEqual({ min: 2, max: 4 });
    expect(pack.investment.source).toBe(SEED_000);
  });

  it('keeps the Glassdoor March 2026 figures from seed 000', () => {
    expect(salary('salary.us.all.glassdoor')).toMatchObject({ average: 160_347, currency: 'USD', period: 'year' });
    expect(salary('salary.us.all.glassdoor').percentiles).toContainEqual({ percentile: 90, value: 247_000 });
    expect(salary('salary.us.mid.glassdoor')).toMatchObject({ min: 128_000, max: 202_000 });
    expect(salary('salary.us.entry.tool')).toMatchObject({ min: 90_000, max: 130_000 });
    expect(salary('salary.us.senior.tool')).toMatchObject({ min: 194_000, max: 230_000, openEndedMax: true });
  });

  it('keeps disagreeing salary figures side by side with their sources', () => {
    expect(salary('salary.us.entry.faq')).toMatchObject({ min: 90_000, max: 120_000, source: SEED_000 });
    expect(salary('salary.us.all.roadmap')).toMatchObject({ min: 135_000, max: 215_000, median: 168_000, source: SEED_002 });
    expect(salary('salary.in.all.roadmap')).toMatchObject({ currency: 'INR', min: 600_000, max: 1_500_000, source: SEED_004 });
  });

  it('puts beginners with some programming at 9–12 months and developers/data people at 6–9', () => {
    expect(timeline('student')).toMatchObject({ months: { min: 9, max: 12 }, source: SEED_000 });
    for (const bg of ['software-developer', 'data-analyst', 'data-scientist'] as const) {
      expect(timeline(bg)).toMatchObject({ months: { min: 6, max: 9 }, source: SEED_000 });
    }
  });

  it('puts complete beginners at 12–18 months (seed 004) and keeps seed 004 alternatives', () => {
    expect(timeline('new-to-code')).toMatchObject({ months: { min: 12, max: 18 }, source: SEED_004 });
    expect(timeline('software-developer').alternatives).toContainEqual(
      expect.objectContaining({ months: { min: 6, max: 12 }, source: SEED_004 }),
    );
  });

  it('has exactly one timeline per background', () => {
    expect(pack.timelines.map((t) => t.background).sort()).toEqual([...BACKGROUNDS].sort());
  });
});

describe('projects and guides', () => {
  it('includes seed 000\'s three project types and seed 004\'s five levels', () => {
    const ids = pack.projects.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['project.e2e-pipeline', 'project.rag-app', 'project.drift-monitoring']));
    expect(new Set(pack.projects.flatMap((p) => (p.level ? [p.level] : [])))).toEqual(
      new Set(['beginner', 'intermediate', 'advanced', 'production', 'modern-ai']),
    );
    const e2eSteps = new Set(pack.projects.find((p) => p.id === 'project.e2e-pipeline')?.checklist.map((c) => c.step));
    expect(e2eSteps).toEqual(new Set(['data', 'preprocessing', 'features', 'training', 'evaluation', 'deployment', 'readme']));
  });

  it('has a four-week action plan whose week 2 picks match the seed', () => {
    expect(pack.actionPlan30Days.map((w) => w.week)).toEqual([1, 2, 3, 4]);
    expect(pack.actionPlan30Days[1]?.certPicks).toEqual([
      { backgrounds: ['new-to-code', 'student'], certIds: ['cert.aws.aif-c01'] },
      { backgrounds: ['software-developer', 'data-analyst', 'data-scientist'], certIds: ['cert.aws.mla-c01', 'cert.gcp.pmle'] },
    ]);
  });

  it('has the Kaggle path: 2–3 tabular competitions, then one CV/NLP competition', () => {
    expect(pack.kagglePath.map((k) => k.count)).toEqual([{ min: 2, max: 3 }, { min: 1, max: 1 }, null]);
  });

  it('lists the four target roles', () => {
    expect(pack.targetRoles.map((r) => r.id)).toEqual([
      'role.ml-engineer',
      'role.mlops-engineer',
      'role.applied-llm-engineer',
      'role.ml-platform-engineer',
    ]);
  });

  it('keeps each source\'s career track separate', () => {
    expect(new Set(pack.careerProgression.map((c) => c.track))).toEqual(new Set(['education-route', 'role-ladder', 'role-options']));
    expect(pack.careerProgression.find((c) => c.id === 'career.education.senior')?.yearsFromStart).toEqual({ min: 7, max: null });
  });

  it('fills the remaining guide sections', () => {
    expect(pack.commonMistakes.length).toBeGreaterThanOrEqual(4);
    expect(pack.faq.length).toBeGreaterThanOrEqual(8);
    expect(pack.llmSkills.length).toBeGreaterThanOrEqual(6);
    expect(pack.jobSearchTips.length).toBeGreaterThanOrEqual(3);
  });
});

describe('quiz bank', () => {
  it('has at least six four-option questions in every area', () => {
    for (const area of SKILL_AREAS) {
      const questions = pack.quiz.filter((q) => q.area === area);
      expect(questions.length, area).toBeGreaterThanOrEqual(6);
      for (const q of questions) {
        expect(q.options).toHaveLength(4);
        expect(q.correctIndex).toBeLessThan(q.options.length);
        expect(q.id.startsWith(`quiz.${area}.`)).toBe(true);
      }
    }
  });

  it('does not always put the answer in the same position', () => {
    expect(new Set(pack.quiz.map((q) => q.correctIndex))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('does not give the answer away by its length: the right option is the longest about as often as chance', () => {
    // With four options a guess at "the longest one" is right a quarter of the time; far more
    // (15 of 25 once) teaches learners to pick by length, far less teaches them to avoid it.
    const longest = pack.quiz.filter((q) => {
      const lengths = q.options.map((o) => o.length);
      const max = Math.max(...lengths);
      return lengths[q.correctIndex] === max && lengths.filter((l) => l === max).length === 1;
    }).length;
    const share = longest / pack.quiz.length;
    expect(share).toBeGreaterThanOrEqual(0.1);
    expect(share).toBeLessThanOrEqual(0.35);
  });

  // Recompute the answers that can be computed, so a slip in correctIndex cannot go unnoticed.
  it.each([
    ['quiz.python-foundations.list-comprehension', JSON.stringify([0, 1, 2].map((x) => x * 2)).replace(/,/g, ', ')],
    ['quiz.python-foundations.dot-product', String(1 * 4 + 2 * 5 + 3 * 6)],
    ['quiz.python-foundations.independent-events', String(0.5 * 0.5)],
    ['quiz.python-foundations.numpy-broadcasting', '(3, 4)'],
    ['quiz.python-foundations.mutable-default', '[1, 2]'],
    ['quiz.ml-modelling.overfitting', 'Overfitting'],
    ['quiz.mlops-deployment.canary', 'A canary release'],
  ])('%s marks %s as correct', (id, expected) => {
    const q = must(pack.quiz.find((x) => x.id === id), id);
    expect(q.options[q.correctIndex]).toBe(expected);
  });
});

describe('sources', () => {
  it('dates every seed 000 fact 2026-03-31 and every other seed fact 2026-01-01', () => {
    const facts: { source: string; asOf: string }[] = [
      ...pack.certifications,
      ...pack.salaryBands,
      ...pack.timelines,
      ...pack.projects,
      ...pack.faq,
      pack.investment,
    ];
    for (const fact of facts) expect(fact.asOf).toBe(fact.source === SEED_000 ? '2026-03-31' : '2026-01-01');
  });
});
