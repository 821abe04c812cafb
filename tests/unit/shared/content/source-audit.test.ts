/**
 * Facts the source audit found wrong or missing in the built-in pack, each checked against what
 * the seed documents actually say. Every expectation here failed on the pack before the audit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../../shared/content/load';
import { clonePack, certIndex, expectRejected, loadBuiltIn, must } from './helpers';

const SEED_000 = '000_5f219c88f8d7aba5.txt';
const SEED_001 = '001_102de7a985a01fe3.txt';

const pack = loadBuiltIn();
const cert = (id: string) => must(pack.certifications.find((c) => c.id === id), id);

describe('certification retirement dates', () => {
  it('stores only the month for the TensorFlow Developer Certificate, which seed 000 dates to May 2024', () => {
    const tf = cert('cert.tensorflow.developer');
    expect(tf).toMatchObject({ status: 'retired', retiredOn: '2024-05', replacedBy: null, source: SEED_000 });
  });

  it('keeps the full day where seed 000 gives one (MLS-C01, 31 March 2026)', () => {
    expect(cert('cert.aws.mls-c01').retiredOn).toBe('2026-03-31');
  });

  it('accepts a month or a real day for retiredOn and rejects anything else', () => {
    const i = certIndex(clonePack(), 'cert.tensorflow.developer');
    for (const bad of ['2024-13', '2024-5', '2024-02-30', 'May 2024']) {
      const broken = clonePack();
      broken.certifications[i]!.retiredOn = bad;
      expect(expectRejected(broken)).toContain(
        `certifications[${i}].retiredOn: expected a real date (YYYY-MM-DD) or a month (YYYY-MM)`,
      );
    }
    const dayPrecise = clonePack();
    dayPrecise.certifications[i]!.retiredOn = '2024-05-31';
    expect(loadPack(dayPrecise).ok).toBe(true);
  });
});

describe('certification providers', () => {
  it('names no provider for the Python certifications: seed 001 lists only their names and codes', () => {
    const python = pack.certifications.filter((c) => c.source === SEED_001 && c.code?.startsWith('PC'));
    expect(python.map((c) => c.code)).toEqual(['PCEP-30-02', 'PCAP-31-03', 'PCED-30-02', 'PCAD-30-02', 'PCPP1']);
    for (const c of python) expect(c.provider).toBeNull();
  });

  it('names no provider for the TensorFlow Developer Certificate: seed 000 does not say who ran it', () => {
    expect(cert('cert.tensorflow.developer').provider).toBeNull();
  });

  it('uses no provider name that appears in none of the seeds', () => {
    const named = pack.certifications.flatMap((c) => (c.provider ? [c.provider] : []));
    expect(new Set(named)).toEqual(new Set(['Amazon Web Services', 'Google Cloud', 'Databricks', 'DeepLearning.AI (Coursera)']));
  });
});

describe('timelines', () => {
  const SEED_002 = '002_7d59a46b58d8a4e0.txt';
  const SEED_004 = '004_6505122dd31ab980.txt';
  const timeline = (bg: string) => must(pack.timelines.find((t) => t.background === bg), bg);
  const figures = (bg: string) => {
    const t = timeline(bg);
    return [t, ...t.alternatives].map((f) => ({ source: f.source, months: f.months }));
  };

  it('never attributes seed 004\'s 12–18 months for complete beginners to seed 000', () => {
    const seed000Text = JSON.stringify(
      [...pack.faq, ...pack.timelines, ...pack.timelines.flatMap((t) => t.alternatives)].filter((f) => f.source === SEED_000),
    );
    expect(seed000Text).not.toMatch(/12\s*[–-]\s*18/);
    expect(pack.timelines.flatMap((t) => [t, ...t.alternatives]).filter((f) => f.months.min === 12 && f.months.max === 18)).toEqual([
      expect.objectContaining({ source: SEED_004 }),
    ]);
  });

  it('gives complete beginners seed 004\'s 12–18 months, with seed 000\'s 9–12 and seed 002\'s roughly 12 beside it', () => {
    expect(timeline('new-to-code')).toMatchObject({ months: { min: 12, max: 18 }, source: SEED_004 });
    expect(figures('new-to-code')).toEqual([
      { source: SEED_004, months: { min: 12, max: 18 } },
      { source: SEED_000, months: { min: 9, max: 12 } },
      { source: SEED_002, months: { min: 12, max: 12 } },
    ]);
  });

  it.each(['student', 'it-professional'])('gives %s seed 000\'s 9–12 months, with seed 004\'s 6–12 and seed 002\'s roughly 12', (bg) => {
    expect(figures(bg)).toEqual([
      { source: SEED_000, months: { min: 9, max: 12 } },
      { source: SEED_004, months: { min: 6, max: 12 } },
      { source: SEED_002, months: { min: 12, max: 12 } },
    ]);
  });

  it.each(['software-developer', 'data-analyst', 'data-scientist'])(
    'gives %s seed 000\'s 6–9 months, with seed 004\'s 6–12 and seed 002\'s roughly 12',
    (bg) => {
      expect(figures(bg)).toEqual([
        { source: SEED_000, months: { min: 6, max: 9 } },
        { source: SEED_004, months: { min: 6, max: 12 } },
        { source: SEED_002, months: { min: 12, max: 12 } },
      ]);
    },
  );

  it('marks seed 002\'s figure as approximate and no other', () => {
    for (const t of pack.timelines) {
      for (const alt of t.alternatives) expect(alt.approximate, `${t.id} ${alt.source}`).toBe(alt.source === SEED_002);
    }
  });
});

describe('salary wording', () => {
  // The US and India figures come from seeds 000, 002 and 004, and none of them calls its figures
  // base salary, so neither the pack nor the screen that shows them may.
  const costsDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../renderer/src/costs');
  const screenText = readdirSync(costsDir)
    .filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))
    .map((f) => readFileSync(join(costsDir, f), 'utf8'))
    .join('\n');
  const packText = JSON.stringify([pack.salaryBands, pack.salaryTrends, pack.investment]);

  it.each([
    ['the salary data', packText],
    ['the costs screen', screenText],
  ])('%s does not call the figures base salary or base pay', (_what, text) => {
    expect(text).not.toMatch(/\bbase\s+(salar|pay)/i);
  });
});

describe('phase durations', () => {
  const SEED_002 = '002_7d59a46b58d8a4e0.txt';
  const phase = (id: string) => must(pack.phases.find((p) => p.id === id), id);

  it('does not cite seed 002 for the deep-learning weeks: its month-by-month plan has no deep-learning block', () => {
    const d = phase('phase.deep-learning').typicalDuration;
    expect(d.source).not.toBe(SEED_002);
    expect(d).toMatchObject({ basis: 'derived', source: SEED_000, minWeeks: 6, maxWeeks: 8 });
    expect(d.note).toMatch(/^Derived/);
    expect(d.note).toMatch(/seed 000/);
  });

  it('makes the deep-learning weeks exactly what is left of seed 000\'s 9–12 months (40–52 weeks)', () => {
    const others = pack.phases.filter((p) => p.id !== 'phase.deep-learning');
    const d = phase('phase.deep-learning').typicalDuration;
    expect(d.minWeeks).toBe(40 - others.reduce((s, p) => s + p.typicalDuration.minWeeks, 0));
    expect(d.maxWeeks).toBe(52 - others.reduce((s, p) => s + p.typicalDuration.maxWeeks, 0));
    for (const p of others) expect(p.typicalDuration).toMatchObject({ basis: 'derived', source: SEED_002 });
  });
});

describe('target roles and career roles', () => {
  const SEED_004 = '004_6505122dd31ab980.txt';
  const role = (id: string) => must(pack.targetRoles.find((r) => r.id === id), id);
  const alias = (roleId: string, title: string) => must(role(roleId).alsoListedAs.find((a) => a.title === title), title);

  it('credits "AI Engineer" to seeds 001 and 004 and "Generative AI Engineer" to seed 001, not to seed 000', () => {
    expect(alias('role.applied-llm-engineer', 'AI Engineer').sources).toEqual([SEED_001, SEED_004]);
    expect(alias('role.applied-llm-engineer', 'Generative AI Engineer').sources).toEqual([SEED_001]);
    expect(alias('role.applied-llm-engineer', 'Applied ML Engineer').sources).toEqual([SEED_000]);
  });

  it('lists seed 001\'s five career roles, including AI Solutions Architect, as that seed\'s own track', () => {
    const options = pack.careerProgression.filter((c) => c.track === 'role-options');
    expect(options).toHaveLength(1);
    expect(options[0]).toMatchObject({ source: SEED_001, yearsFromStart: null });
    expect(options[0]?.roles.map((r) => r.toLowerCase())).toEqual([
      'machine learning engineer',
      'ai engineer',
      'data scientist',
      'generative ai engineer',
      'ai solutions architect',
    ]);
  });

  it('rejects an also-listed title whose source is not a known seed', () => {
    const broken = clonePack();
    broken.targetRoles[0]!.alsoListedAs[0]!.sources = ['999_0000000000000000.txt'];
    expect(expectRejected(broken)).toContain(
      'targetRoles[0].alsoListedAs[0].sources[0]: unknown source "999_0000000000000000.txt" (not listed in sources)',
    );
  });
});

describe('facts the audit found missing', () => {
  const SEED_002 = '002_7d59a46b58d8a4e0.txt';

  it('answers seed 000\'s "how much Python" question as an FAQ entry', () => {
    const faq = must(pack.faq.find((f) => f.id === 'faq.python-depth'), 'faq.python-depth');
    expect(faq.source).toBe(SEED_000);
    for (const topic of [/intermediate/i, /functions/, /classes/, /list comprehensions/, /pandas/, /NumPy/]) expect(faq.answer).toMatch(topic);
  });

  it('names seed 000\'s three premium specialisations: LLM deployment, inference optimisation and MLOps', () => {
    expect(pack.salaryPremiums).toEqual([
      expect.objectContaining({ region: 'US', skills: ['LLM deployment', 'Inference optimisation', 'MLOps'], source: SEED_000 }),
    ]);
  });

  it('keeps seed 000\'s headline "senior roles reach $200K+" as an open-ended senior band', () => {
    const band = must(pack.salaryBands.find((b) => b.id === 'salary.us.senior.headline'), 'salary.us.senior.headline');
    expect(band).toMatchObject({ level: 'senior', currency: 'USD', min: 200_000, max: null, openEndedMax: true, source: SEED_000 });
  });

  it('records that seed 000 says the certification path leads towards roles paying $120K+', () => {
    expect(pack.investment).toMatchObject({ leadsToRolesPayingFromUsd: 120_000, source: SEED_000 });
  });

  it('lists Bedrock AgentCore among AIP-C01\'s focus areas', () => {
    expect(cert('cert.aws.aip-c01').focusAreas).toContain('Bedrock AgentCore');
  });

  it('keeps seed 002\'s 57.7 % of hiring managers preferring domain experts and its ~70 % data-preparation estimate', () => {
    expect(pack.marketFacts.map((f) => ({ id: f.id, percent: f.percent, approximate: f.approximate, source: f.source }))).toEqual([
      { id: 'market-fact.domain-experts', percent: 57.7, approximate: false, source: SEED_002 },
      { id: 'market-fact.data-preparation', percent: 70, approximate: true, source: SEED_002 },
    ]);
  });
});

describe('phase order note', () => {
  const SEED_002 = '002_7d59a46b58d8a4e0.txt';
  const SEED_003 = '003_c05c8bcbec0fb94d.txt';
  const SEED_004 = '004_6505122dd31ab980.txt';
  const note = pack.phaseOrderNote;
  const view = (id: string) => must(note.views.find((v) => v.id === id), id);

  it('records seeds 001/004 putting deep learning first and seeds 002/003 putting MLOps first', () => {
    expect(view('phase-order.deep-learning-first')).toMatchObject({
      sequence: ['phase.deep-learning', 'phase.mlops'],
      sources: [SEED_001, SEED_004],
    });
    expect(view('phase-order.mlops-first')).toMatchObject({
      sequence: ['phase.mlops', 'phase.deep-learning'],
      sources: [SEED_002, SEED_003],
    });
  });

  it('says the roadmap follows the deep-learning-first order, which is the order of its phases', () => {
    expect(note.followedId).toBe('phase-order.deep-learning-first');
    const ids = pack.phases.map((p) => p.id);
    expect(ids.indexOf('phase.deep-learning')).toBeLessThan(ids.indexOf('phase.mlops'));
  });

  it('rejects a note whose followed order contradicts the phases', () => {
    const broken = clonePack();
    broken.phaseOrderNote.followedId = 'phase-order.mlops-first';
    const errors = expectRejected(broken);
    expect(errors).toContain('phaseOrderNote.views[1].sequence: the followed order does not match the order of phases');
    expect(errors).toContain('phaseOrderNote.views[0].sequence: an alternative order must differ from the order of phases');
  });

  it('rejects an unknown phase, an unknown source and a followedId that names no view', () => {
    const broken = clonePack();
    broken.phaseOrderNote.views[0]!.sequence = ['phase.nope', 'phase.mlops'];
    broken.phaseOrderNote.views[1]!.sources = ['999_0000000000000000.txt'];
    broken.phaseOrderNote.followedId = 'phase-order.other';
    const errors = expectRejected(broken);
    expect(errors).toContain('phaseOrderNote.views[0].sequence[0]: unknown phase "phase.nope"');
    expect(errors).toContain('phaseOrderNote.views[1].sources[0]: unknown source "999_0000000000000000.txt" (not listed in sources)');
    expect(errors).toContain('phaseOrderNote.followedId: followedId "phase-order.other" is not one of the views');
  });
});
