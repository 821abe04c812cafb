/**
 * The "MLOps engineer" edition: it validates, keeps every id of the built-in pack (so a learner
 * switching editions keeps all progress on shared material), changes only what the MLOps
 * emphasis changes, and every item it adds is grounded in the seed it cites.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EDITION_ID, SHIPPED_PACKS } from '../../../../shared/content/editions';
import { MLOPS_ADDITIONS, mlopsEngineerPack } from '../../../../shared/content/editions/mlops-engineer';
import { loadPack } from '../../../../shared/content/load';
import { builtInPack } from '../../../../shared/content/pack';
import { idKind, type ContentPackInput } from '../../../../shared/content/schema';
import { collectIds, loadBuiltIn, loadOrThrow, must } from './helpers';

const builtIn = loadBuiltIn();
const mlops = loadOrThrow(mlopsEngineerPack, 'MLOps edition');
const phase = (id: string) => must(mlops.phases.find((p) => p.id === id), id);
const builtInPhase = (id: string) => must(builtIn.phases.find((p) => p.id === id), id);
const milestonesOf = (pack: typeof mlops) => pack.phases.flatMap((p) => p.milestones);
const coreHours = (p: { milestones: readonly { effortHours: number; specialisation?: string | undefined }[] }) =>
  p.milestones.filter((m) => m.specialisation === undefined).reduce((s, m) => s + m.effortHours, 0);

/** Ids a learner's progress can be stored against: all of them but the edition's own id. */
const progressIds = (pack: ContentPackInput) => new Set([...collectIds(pack)].filter((id) => idKind(id) !== 'edition'));

/** Built-in ids the other pack does not have. */
const missingFrom = (other: ContentPackInput) => [...progressIds(builtInPack)].filter((id) => !progressIds(other).has(id));

describe('MLOps edition: a valid pack', () => {
  it('validates with loadPack', () => {
    const result = loadPack(mlopsEngineerPack);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('names its edition, its own version and a role that exists in the pack', () => {
    expect(mlops.edition).toMatchObject({ id: 'edition.mlops-engineer', title: 'MLOps engineer', roleId: 'role.mlops-engineer' });
    expect(mlops.edition.summary.length).toBeGreaterThan(40);
    expect(mlops.targetRoles.map((r) => r.id)).toContain(mlops.edition.roleId);
    expect(mlops.packVersion).toBe('1.0.0');
    expect(mlops.renamedIds).toEqual({});
  });

  it('is dated no earlier than its newest fact and no later than it needs to be', () => {
    const dates: string[] = [];
    const visit = (v: unknown, top: boolean): void => {
      if (Array.isArray(v)) v.forEach((x) => visit(x, false));
      else if (v !== null && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (!top && typeof o.asOf === 'string') dates.push(o.asOf);
        Object.values(o).forEach((x) => visit(x, false));
      }
    };
    visit(mlops, true);
    expect(mlops.asOf).toBe([...dates].sort().at(-1));
  });

  it('ships after the built-in pack, which stays the default', () => {
    expect(SHIPPED_PACKS.map((p) => p.edition.id)).toEqual(['edition.ml-engineer', 'edition.mlops-engineer']);
    expect(DEFAULT_EDITION_ID).toBe('edition.ml-engineer');
    for (const p of SHIPPED_PACKS) expect(loadPack(p).ok, p.edition.id).toBe(true);
  });
});

describe('MLOps edition: progress on shared material survives a switch', () => {
  it('contains every id of the built-in pack', () => {
    expect(progressIds(builtInPack).size).toBeGreaterThan(300);
    expect(missingFrom(mlopsEngineerPack)).toEqual([]);
  });

  it('the id walk notices an id that goes missing anywhere in the pack', () => {
    const dropMilestone = structuredClone(mlopsEngineerPack);
    const dl = must(dropMilestone.phases.find((p) => p.id === 'phase.deep-learning'), 'deep learning');
    dl.milestones = dl.milestones.filter((m) => m.id !== 'phase.deep-learning.cnns');
    expect(missingFrom(dropMilestone)).toEqual(['phase.deep-learning.cnns']);

    const dropChecklistStep = structuredClone(mlopsEngineerPack);
    const churn = must(dropChecklistStep.projects.find((p) => p.id === 'project.churn-prediction'), 'churn');
    churn.checklist = churn.checklist.filter((c) => c.id !== 'project.churn-prediction.metric');
    expect(missingFrom(dropChecklistStep)).toEqual(['project.churn-prediction.metric']);

    const dropSource = structuredClone(mlopsEngineerPack);
    delete dropSource.sources['source.003'];
    expect(missingFrom(dropSource)).toEqual(['source.003']);
  });

  it('keeps every built-in milestone in the same phase, unchanged', () => {
    for (const p of builtIn.phases) {
      const here = phase(p.id);
      for (const m of p.milestones) expect(here.milestones.find((x) => x.id === m.id), m.id).toEqual(m);
    }
  });

  it('re-prices and retires nothing: certifications, money, timelines, guides and quiz are the built-in ones', () => {
    const same = [
      'sources', 'certifications', 'salaryBands', 'salaryTrends', 'salaryPremiums', 'investment', 'timelines', 'actionPlan30Days',
      'commonMistakes', 'faq', 'kagglePath', 'llmSkills', 'careerProgression', 'targetRoles', 'jobSearchTips', 'marketFacts', 'quiz', 'practice',
    ] as const;
    for (const key of same) expect(mlops[key], key).toEqual(builtIn[key]);
    for (const project of builtIn.projects) expect(mlops.projects.find((p) => p.id === project.id), project.id).toEqual(project);
  });
});

describe('MLOps edition: what the emphasis changes', () => {
  it('puts MLOps before deep learning and says it follows the sources that do', () => {
    expect(mlops.phases.map((p) => p.id)).toEqual([
      'phase.foundations',
      'phase.core-ml',
      'phase.mlops',
      'phase.deep-learning',
      'phase.genai',
      'phase.portfolio',
    ]);
    expect(mlops.phaseOrderNote.followedId).toBe('phase-order.mlops-first');
    expect(mlops.phaseOrderNote.views).toEqual(builtIn.phaseOrderNote.views);
    expect(mlops.phaseOrderNote.reason).not.toEqual(builtIn.phaseOrderNote.reason);
  });

  it('titles each gate after the phase that now follows it', () => {
    expect(mlops.phases.map((p) => p.gate.title)).toEqual([
      'Ready for core machine learning?',
      'Ready for MLOps and deployment?',
      'Ready for deep learning?',
      'Ready for generative AI and LLMs?',
      'Ready to polish your portfolio and apply?',
      'Job-ready checklist',
    ]);
  });

  it('widens the MLOps phase: more milestones, hours, skills, tools and gate items than the built-in one', () => {
    const here = phase('phase.mlops');
    const base = builtInPhase('phase.mlops');
    expect(coreHours(here) - coreHours(base)).toBe(64);
    expect(here.milestones.map((m) => m.id)).toEqual([
      'phase.mlops.experiment-tracking',
      'phase.mlops.data-model-versioning',
      'phase.mlops.model-api',
      'phase.mlops.containerise',
      'phase.mlops.ci-cd',
      'phase.mlops.pipelines',
      'phase.mlops.feature-store',
      'phase.mlops.cloud-basics',
      'phase.mlops.kubernetes-basics',
      'phase.mlops.deploy-api',
      'phase.mlops.scaling-endpoints',
      'phase.mlops.monitoring-drift',
      'phase.mlops.automated-retraining',
      'phase.mlops.large-scale-data',
      'phase.mlops.scaled-service-project',
    ]);
    expect(here.keySkills).toEqual(expect.arrayContaining([...base.keySkills, 'Kubernetes', 'Data and model versioning', 'Automated retraining', 'Feature stores']));
    expect(here.tools).toEqual(expect.arrayContaining(['Docker', 'MLflow', 'Kubernetes', 'Apache Spark', 'Ray']));
    expect(here.tools).not.toContain('Kubernetes (basics)');
    expect(here.gate.items.map((i) => i.id)).toEqual([...base.gate.items.map((i) => i.id), 'gate.mlops.versioned', 'gate.mlops.kubernetes', 'gate.mlops.scaling', 'gate.mlops.retraining']);
  });

  it('lists milestones after their prerequisites, so a plan in pack order never starts one early', () => {
    const seen = new Set<string>();
    for (const m of milestonesOf(mlops)) {
      for (const pre of m.prerequisites) expect(seen.has(pre), `${m.id} after ${pre}`).toBe(true);
      seen.add(m.id);
    }
  });

  it('adds serving and monitoring an LLM app to generative AI, and one MLOps project', () => {
    expect(coreHours(phase('phase.genai')) - coreHours(builtInPhase('phase.genai'))).toBe(8);
    expect(phase('phase.genai').milestones.map((m) => m.id)).toContain('phase.genai.llm-serving-monitoring');
    const project = must(mlops.projects.find((p) => p.id === 'project.scaled-model-service'), 'project');
    expect(project).toMatchObject({ phaseId: 'phase.mlops', level: 'production' });
    expect(new Set(project.checklist.map((c) => c.step))).toEqual(new Set(['data', 'training', 'evaluation', 'deployment', 'monitoring', 'readme']));
  });

  it('keeps the core path within what the sources\' timelines allow at 8–10 h a week (at most 12 months × 10 h)', () => {
    const total = mlops.phases.reduce((s, p) => s + coreHours(p), 0);
    expect(total).toBe(builtIn.phases.reduce((s, p) => s + coreHours(p), 0) + 72);
    expect(total).toBeLessThanOrEqual(52 * 10);
  });
});

describe('MLOps edition: every addition is cited', () => {
  const newIds = [...progressIds(mlopsEngineerPack)].filter((id) => !progressIds(builtInPack).has(id));
  const newMilestones = milestonesOf(mlops).filter((m) => newIds.includes(m.id));
  const newProjects = mlops.projects.filter((p) => newIds.includes(p.id));
  const addition = (id: string) => must(MLOPS_ADDITIONS.find((a) => a.id === id), `citation for ${id}`);
  const seedFiles = new Set(Object.values(mlops.sources).map((s) => s.file));

  it('adds exactly the cited items (plus the new project\'s checklist steps) and nothing else', () => {
    const project = must(newProjects[0], 'new project');
    expect(new Set(newIds)).toEqual(new Set([...MLOPS_ADDITIONS.map((a) => a.id), ...project.checklist.map((c) => c.id)]));
    expect(newMilestones).toHaveLength(8);
    expect(newProjects).toHaveLength(1);
  });

  it('cites a seed of the pack for every new milestone, gate item and project', () => {
    for (const a of MLOPS_ADDITIONS) {
      expect(seedFiles.has(a.source), a.id).toBe(true);
      expect(a.terms.length, a.id).toBeGreaterThan(0);
    }
    for (const p of newProjects) expect(p.source).toBe(addition(p.id).source);
  });

  it('names each new milestone\'s seed in its phase\'s cross-references', () => {
    for (const p of mlops.phases) {
      const cited = new Set([p.source, ...p.crossReferences.map((c) => c.source)]);
      for (const m of p.milestones.filter((x) => newIds.includes(x.id))) expect(cited.has(addition(m.id).source), m.id).toBe(true);
    }
  });

  it('links only over https, with a real resource or none on every new milestone', () => {
    for (const m of newMilestones) {
      for (const r of m.resources) expect(r.url, m.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    }
  });

  // The seed documents are not part of the repository: they sit beside the checkout, as
  // shared/seeds next to it (or wherever MLE_PATH_SEEDS points).
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  const seedsDir = process.env.MLE_PATH_SEEDS ?? join(repoRoot, '..', 'shared', 'seeds');
  const haveSeeds = [...seedFiles].every((f) => existsSync(join(seedsDir, f)));
  const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

  describe.skipIf(!haveSeeds)(`against the seed text in ${seedsDir}`, () => {
    // Read only when the seeds are there: a skipped describe's body still runs to collect its tests.
    const text = new Map(haveSeeds ? [...seedFiles].map((f) => [f, normalise(readFileSync(join(seedsDir, f), 'utf8'))] as const) : []);

    it.each(MLOPS_ADDITIONS.map((a) => [a.id, a] as const))('%s: the cited seed names what it is about', (_id, a) => {
      const seed = must(text.get(a.source), a.source);
      for (const term of a.terms) expect(seed.includes(normalise(term)), `"${term}" in ${a.source}`).toBe(true);
    });

    it('the term check fails for a term the cited seed does not contain', () => {
      // Seed 002 names Kubernetes; seed 004 does not, so citing 004 for it would be caught.
      expect(must(text.get('002_7d59a46b58d8a4e0.txt'), '002').includes('kubernetes')).toBe(true);
      expect(must(text.get('004_6505122dd31ab980.txt'), '004').includes('kubernetes')).toBe(false);
    });
  });
});
