/**
 * The practice banks: every certification the planner can recommend has at least eight questions
 * covering each of its focus areas, no retired exam has any, and no answer is given away by its
 * length or position. The schema refuses a bank that breaks the cross-references.
 */
import { describe, expect, it } from 'vitest';
import { plannable } from '../../../../shared/planner/advice';
import type { PracticeQuestion } from '../../../../shared/content/schema';
import { clonePack, expectRejected, loadBuiltIn } from './helpers';

const pack = loadBuiltIn();
const recommendable = plannable(pack);
const bankOf = (certId: string) => pack.practice.filter((q) => q.certId === certId);

/** The right option is the one, strictly longest option: the cue learners pick up. */
const longestIsRight = (q: PracticeQuestion) => {
  const lengths = q.options.map((o) => o.length);
  const max = Math.max(...lengths);
  return lengths[q.correctIndex] === max && lengths.filter((l) => l === max).length === 1;
};

describe('practice banks', () => {
  it('covers the six certifications the planner can recommend', () => {
    // Any exam plannable() offers can be picked (by background, cloud, specialisation or as the
    // cheapest that fits the budget), so each needs a bank.
    expect(recommendable.map((c) => c.id).sort()).toEqual(
      ['cert.aws.aif-c01', 'cert.aws.aip-c01', 'cert.aws.mla-c01', 'cert.databricks.ml-associate', 'cert.deeplearning-ai.dl-specialization', 'cert.gcp.pmle'].sort(),
    );
  });

  it.each(recommendable.map((c) => [c.id, c] as const))('%s has at least 8 questions and at least 2 per focus area', (_id, cert) => {
    const bank = bankOf(cert.id);
    expect(bank.length).toBeGreaterThanOrEqual(8);
    for (const area of cert.focusAreas) expect(bank.filter((q) => q.focusArea === area).length, area).toBeGreaterThanOrEqual(2);
    for (const q of bank) {
      expect(cert.focusAreas).toContain(q.focusArea);
      expect(q.options.length).toBeGreaterThanOrEqual(3);
      expect(q.options.length).toBeLessThanOrEqual(4);
      expect(q.correctIndex).toBeLessThan(q.options.length);
      expect(q.explanation.length).toBeGreaterThan(40);
    }
  });

  it('has no bank for a retired or unrecommendable certification', () => {
    const ids = new Set(recommendable.map((c) => c.id));
    for (const q of pack.practice) expect(ids.has(q.certId), q.id).toBe(true);
    const retired = pack.certifications.filter((c) => c.status === 'retired').map((c) => c.id);
    expect(retired.length).toBeGreaterThan(0);
    for (const id of retired) expect(bankOf(id)).toEqual([]);
  });

  it('gives every question a stable, unique id naming its exam', () => {
    const ids = pack.practice.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of pack.practice) {
      const code = pack.certifications.find((c) => c.id === q.certId)?.code?.toLowerCase();
      expect(q.id).toMatch(/^practice\.[a-z0-9-]+\.[a-z0-9-]+$/);
      if (code) expect(q.id.startsWith(`practice.${code}.`), q.id).toBe(true);
    }
    // Ids already shipped, that stored rounds (and review) point at, must keep their meaning.
    expect(pack.practice.find((q) => q.id === 'practice.mla-c01.data-drift-baseline')?.focusArea).toBe('Model monitoring');
  });

  it.each([...recommendable.map((c) => [c.id, bankOf(c.id)] as const), ['all banks', pack.practice] as const])(
    '%s: the right option is the longest about as often as chance (10–35 %%)',
    (_what, bank) => {
      const share = bank.filter(longestIsRight).length / bank.length;
      expect(share).toBeGreaterThanOrEqual(0.1);
      expect(share).toBeLessThanOrEqual(0.35);
    },
  );

  it.each(recommendable.map((c) => [c.id, bankOf(c.id)] as const))('%s puts the answer in every position, none more than 40 %% of the time', (_id, bank) => {
    const counts = [0, 1, 2, 3].map((i) => bank.filter((q) => q.correctIndex === i).length);
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(Math.max(...counts) / bank.length).toBeLessThanOrEqual(0.4);
  });

  it('never names a price, an exam fee or a year, which could date', () => {
    for (const q of pack.practice) {
      const text = [q.prompt, ...q.options, q.explanation].join(' ');
      expect(text, q.id).not.toMatch(/\$\s?\d|\bUSD\b|\b(19|20)\d\d\b/);
    }
  });

  // Recompute the one answer that can be computed, so a slip in correctIndex cannot go unnoticed.
  it('marks the convolution output size that the formula gives', () => {
    const q = pack.practice.find((x) => x.id === 'practice.dl-specialization.conv-output-size')!;
    const n = (32 - 5) / 1 + 1;
    expect(q.options[q.correctIndex]).toBe(`${n}×${n}`);
  });
});

describe('practice bank validation', () => {
  const first = () => clonePack().practice[0]!;

  it('refuses a question for a retired certification', () => {
    const raw = clonePack();
    raw.practice.push({ ...first(), id: 'practice.mls-c01.x', certId: 'cert.aws.mls-c01', focusArea: 'anything' });
    expect(expectRejected(raw).join('\n')).toMatch(/practice\[\d+\]\.certId: certification "cert\.aws\.mls-c01" is retired/);
  });

  it('refuses an unknown certification or a focus area the certification does not list', () => {
    const raw = clonePack();
    raw.practice[0] = { ...first(), certId: 'cert.nope.x' };
    raw.practice[1] = { ...raw.practice[1]!, focusArea: 'Knitting' };
    const errors = expectRejected(raw).join('\n');
    expect(errors).toMatch(/practice\[0\]\.certId: unknown certification "cert\.nope\.x"/);
    expect(errors).toMatch(/practice\[1\]\.focusArea: "Knitting" is not a focus area of/);
  });

  it('refuses an answer out of range, repeated options, too few options and a duplicate id', () => {
    const raw = clonePack();
    raw.practice[0] = { ...first(), correctIndex: 4 };
    raw.practice[1] = { ...raw.practice[1]!, options: ['same', 'same', 'other'] };
    raw.practice[2] = { ...raw.practice[2]!, options: ['one', 'two'], correctIndex: 0 };
    raw.practice[3] = { ...raw.practice[3]!, id: raw.practice[4]!.id };
    const errors = expectRejected(raw).join('\n');
    expect(errors).toMatch(/practice\[0\]\.correctIndex: correctIndex 4 is out of range/);
    expect(errors).toMatch(/practice\[1\]\.options: options must be distinct/);
    expect(errors).toMatch(/practice\[2\]\.options: expected 3 or 4 options/);
    expect(errors).toMatch(/duplicate id "practice\./);
  });

  it('refuses a bank for a certification without a phase, which gives answers their skill area', () => {
    const raw = clonePack();
    const cert = raw.certifications.find((c) => c.id === first().certId)!;
    cert.phaseId = null;
    expect(expectRejected(raw).join('\n')).toMatch(/needs a phaseId to have practice questions/);
  });
});
