/**
 * Broken packs are rejected, and each error names the field that caused it, so whoever edits a
 * pack can find the problem without reading zod internals.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../../shared/content/load';
import { certIndex, clonePack, expectRejected } from './helpers';

/** Writable view for deliberately wrong values the input type would not allow. */
type Loose = Record<string, unknown>;

function phaseAt(pack: ReturnType<typeof clonePack>, i: number) {
  const phase = pack.phases[i];
  if (!phase) throw new Error(`no phase ${i}`);
  return phase;
}

function milestoneIndex(pack: ReturnType<typeof clonePack>, p: number, id: string): number {
  const i = phaseAt(pack, p).milestones.findIndex((m) => m.id === id);
  if (i < 0) throw new Error(`no milestone ${id}`);
  return i;
}

describe('structural errors name the failing path', () => {
  it('wrong type', () => {
    const pack = clonePack();
    (pack.certifications[3] as Loose).examCostUsd = '200';
    expect(expectRejected(pack)).toContain('certifications[3].examCostUsd: expected number, received string');
  });

  it('missing field', () => {
    const pack = clonePack();
    delete (phaseAt(pack, 0) as Loose).title;
    expect(expectRejected(pack)).toContain('phases[0].title: missing required field (expected string)');
  });

  it('unknown field', () => {
    const pack = clonePack();
    (pack.certifications[0] as Loose).examCost = 100;
    expect(expectRejected(pack)).toContain('certifications[0].examCost: unknown field');
  });

  it('bad enum value', () => {
    const pack = clonePack();
    (pack.certifications[0] as Loose).status = 'expired';
    expect(expectRejected(pack).some((e) => e.startsWith('certifications[0].status:'))).toBe(true);
  });

  it('bad semver and impossible date', () => {
    const pack = clonePack();
    pack.packVersion = 'v1';
    pack.asOf = '2026-02-30';
    const errors = expectRejected(pack);
    expect(errors).toContain('packVersion: expected a semantic version like 1.2.3');
    expect(errors).toContain('asOf: expected a real date written as YYYY-MM-DD');
  });

  it('non-https resource link', () => {
    const pack = clonePack();
    phaseAt(pack, 0).milestones[0]!.resources[0]!.url = 'http://docs.python.org/3/tutorial/';
    expect(expectRejected(pack)).toContain('phases[0].milestones[0].resources[0].url: expected an https:// URL');
  });

  it('quotes record keys that contain dots', () => {
    const pack = clonePack();
    (pack.sources['source.001'] as Loose).file = 'not-a-seed.txt';
    expect(expectRejected(pack).some((e) => e.startsWith('sources["source.001"].file:'))).toBe(true);
  });

  it('input that is not an object at all', () => {
    expect(loadPack(null)).toEqual({ ok: false, errors: ['(pack): expected object, received null'] });
    expect(loadPack('pack').ok).toBe(false);
  });

  it('quiz with the wrong number of options', () => {
    const pack = clonePack();
    pack.quiz[2]!.options = ['a', 'b', 'c'];
    expect(expectRejected(pack)).toContain('quiz[2].options: expected exactly 4 options');
  });
});

describe('pack-wide rules', () => {
  it('rejects a duplicate id within a collection', () => {
    const pack = clonePack();
    pack.certifications[1]!.id = pack.certifications[0]!.id;
    expect(expectRejected(pack)).toContain(
      'certifications[1].id: duplicate id "cert.aws.aif-c01" (first used at certifications[0].id)',
    );
  });

  it('rejects a duplicate id across collections', () => {
    const pack = clonePack();
    pack.projects[0]!.checklist[0]!.id = pack.projects[1]!.id;
    const errors = expectRejected(pack);
    expect(errors.some((e) => e.startsWith('projects[1].id: duplicate id "project.churn-prediction"'))).toBe(true);
  });

  it('rejects a dangling prerequisite', () => {
    const pack = clonePack();
    const m = phaseAt(pack, 1).milestones[0]!;
    m.prerequisites.push('phase.core-ml.does-not-exist');
    const k = m.prerequisites.length - 1;
    expect(expectRejected(pack)).toContain(
      `phases[1].milestones[0].prerequisites[${k}]: unknown prerequisite "phase.core-ml.does-not-exist"`,
    );
  });

  it('rejects a prerequisite cycle', () => {
    const pack = clonePack();
    // data-analysis-project already depends (via numpy-pandas) on python-core; close the loop.
    const i = milestoneIndex(pack, 0, 'phase.foundations.python-core');
    phaseAt(pack, 0).milestones[i]!.prerequisites.push('phase.foundations.data-analysis-project');
    const errors = expectRejected(pack);
    const cycle = errors.find((e) => e.includes('prerequisite cycle'));
    expect(cycle).toMatch(/^phases\[0\]\.milestones\[\d+\]\.prerequisites: prerequisite cycle: /);
    expect(cycle).toContain('phase.foundations.python-core');
    expect(cycle).toContain('phase.foundations.data-analysis-project');
  });

  it('rejects a milestone that is its own prerequisite', () => {
    const pack = clonePack();
    const m = phaseAt(pack, 0).milestones[0]!;
    m.prerequisites = [m.id];
    expect(expectRejected(pack)).toContain('phases[0].milestones[0].prerequisites[0]: a milestone cannot be its own prerequisite');
  });

  it('rejects a prerequisite from a later phase', () => {
    const pack = clonePack();
    phaseAt(pack, 0).milestones[0]!.prerequisites = ['phase.mlops.deploy-api'];
    expect(expectRejected(pack)).toContain(
      'phases[0].milestones[0].prerequisites[0]: prerequisite "phase.mlops.deploy-api" belongs to a later phase',
    );
  });

  it('rejects a core milestone that depends on an optional specialisation', () => {
    const pack = clonePack();
    const p = pack.phases.findIndex((ph) => ph.id === 'phase.portfolio');
    phaseAt(pack, p).milestones[0]!.prerequisites = ['phase.genai.llm-specialisation'];
    expect(expectRejected(pack)).toContain(
      `phases[${p}].milestones[0].prerequisites[0]: core milestone depends on optional specialisation "phase.genai.llm-specialisation"`,
    );
  });

  it('rejects a milestone id outside its phase namespace', () => {
    const pack = clonePack();
    phaseAt(pack, 1).milestones[0]!.id = 'phase.foundations.misfiled';
    expect(expectRejected(pack)).toContain('phases[1].milestones[0].id: milestone id must start with "phase.core-ml."');
  });

  it('rejects replacedBy pointing at a certification that does not exist', () => {
    const pack = clonePack();
    const i = certIndex(pack, 'cert.aws.mls-c01');
    pack.certifications[i]!.replacedBy = 'cert.aws.nope';
    expect(expectRejected(pack)).toContain(`certifications[${i}].replacedBy: unknown certification "cert.aws.nope"`);
  });

  it('rejects replacedBy pointing at a retired certification', () => {
    const pack = clonePack();
    const i = certIndex(pack, 'cert.aws.mls-c01');
    pack.certifications[i]!.replacedBy = 'cert.tensorflow.developer';
    expect(expectRejected(pack)).toContain(
      `certifications[${i}].replacedBy: replacement "cert.tensorflow.developer" is not an active certification`,
    );
  });

  it('rejects a retired certification without retiredOn', () => {
    const pack = clonePack();
    const i = certIndex(pack, 'cert.tensorflow.developer');
    pack.certifications[i]!.retiredOn = null;
    expect(expectRejected(pack)).toContain(`certifications[${i}].retiredOn: a retired certification needs retiredOn`);
  });

  it('rejects an active certification that claims a replacement', () => {
    const pack = clonePack();
    const i = certIndex(pack, 'cert.aws.aif-c01');
    pack.certifications[i]!.replacedBy = 'cert.aws.mla-c01';
    expect(expectRejected(pack)).toContain(`certifications[${i}].replacedBy: an active certification cannot be replaced`);
  });

  it('rejects a quiz correctIndex outside the options', () => {
    const pack = clonePack();
    pack.quiz[0]!.correctIndex = 4;
    expect(expectRejected(pack)).toContain('quiz[0].correctIndex: correctIndex 4 is out of range for 4 options');
  });

  it('rejects a quiz with fewer than six questions in an area', () => {
    const pack = clonePack();
    const mlops = pack.quiz.filter((q) => q.area === 'mlops-deployment');
    pack.quiz = [...pack.quiz.filter((q) => q.area !== 'mlops-deployment'), ...mlops.slice(0, 5)];
    expect(expectRejected(pack)).toContain('quiz: area "mlops-deployment" has 5 questions; at least 6 are needed');
  });

  it('rejects a fact citing a file that is not in sources', () => {
    const pack = clonePack();
    pack.certifications[0]!.source = '009_0000000000000000.txt';
    expect(expectRejected(pack)).toContain(
      'certifications[0].source: unknown source "009_0000000000000000.txt" (not listed in sources)',
    );
  });

  it('rejects a fact dated after the pack', () => {
    const pack = clonePack();
    pack.faq[0]!.asOf = '2027-01-01';
    expect(expectRejected(pack)).toContain("faq[0].asOf: asOf 2027-01-01 is later than the pack's asOf 2026-03-31");
  });

  it('rejects an unknown suggested project and an unknown phase reference', () => {
    const pack = clonePack();
    phaseAt(pack, 2).suggestedProjectId = 'project.missing';
    pack.projects[0]!.phaseId = 'phase.missing';
    const errors = expectRejected(pack);
    expect(errors).toContain('phases[2].suggestedProjectId: unknown project "project.missing"');
    expect(errors).toContain('projects[0].phaseId: unknown phase "phase.missing"');
  });

  it('rejects a missing or duplicated background timeline', () => {
    const pack = clonePack();
    pack.timelines[1]!.background = 'new-to-code';
    const errors = expectRejected(pack);
    expect(errors).toContain('timelines[1].background: background "new-to-code" has more than one timeline');
    expect(errors).toContain('timelines: no timeline for background "student"');
  });

  it('rejects a 30-day plan that recommends a retired certification', () => {
    const pack = clonePack();
    pack.actionPlan30Days[1]!.certPicks[0]!.certIds = ['cert.aws.mls-c01'];
    expect(expectRejected(pack)).toContain('actionPlan30Days[1].certPicks[0].certIds[0]: certification "cert.aws.mls-c01" is retired');
  });

  it('every error starts with a path', () => {
    const pack = clonePack();
    pack.quiz[0]!.correctIndex = 9;
    pack.certifications[1]!.id = pack.certifications[0]!.id;
    for (const e of expectRejected(pack)) expect(e).toMatch(/^[A-Za-z(][^:]*: /);
  });
});

describe('edition and renamed ids', () => {
  it('a renamed milestone keeps its old id only as a key pointing at the new one', () => {
    const pack = clonePack();
    const m = phaseAt(pack, 0).milestones[0]!;
    const oldId = m.id;
    m.id = `${oldId}-v2`;
    // Prerequisites name the id, so they follow the rename.
    for (const phase of pack.phases) for (const other of phase.milestones) other.prerequisites = other.prerequisites.map((p) => (p === oldId ? m.id : p));
    pack.renamedIds = { [oldId]: m.id };
    const result = loadPack(pack);
    expect(result.ok && result.pack.renamedIds[oldId]).toBe(m.id);
  });

  it('an old id still in use, a missing target and a change of kind are each refused at their key', () => {
    const pack = clonePack();
    const first = phaseAt(pack, 0).milestones[0]!.id;
    const cert = pack.certifications[0]!.id;
    pack.renamedIds = { [first]: cert, 'phase.gone.one': 'phase.nowhere.two', 'phase.gone.two': cert };
    const errors = expectRejected(pack);
    expect(errors).toContain(`renamedIds["${first}"]: "${first}" is still an id in this pack, so it cannot be renamed`);
    expect(errors).toContain('renamedIds["phase.gone.one"]: renamed to "phase.nowhere.two", which is not an id in this pack');
    expect(errors).toContain(`renamedIds["phase.gone.two"]: a phase id cannot be renamed to a cert id`);
  });

  it('the edition names one of the pack\'s target roles', () => {
    const pack = clonePack();
    pack.edition.roleId = 'role.astronaut';
    expect(expectRejected(pack)).toContain('edition.roleId: unknown target role "role.astronaut"');
  });

  it('a pack without an edition is refused, so every pack says which line of packs it replaces', () => {
    const pack = clonePack() as Loose;
    delete pack.edition;
    expect(expectRejected(pack)).toContain('edition: missing required field (expected object)');
  });
});
