/**
 * Certification practice decisions: which certifications have practice, the questions of a round
 * (reproducible, complete, spread over focus areas) and the standing per focus area (latest
 * answer counts, weakest first, unpractised last).
 */
import { describe, expect, it } from 'vitest';
import type { QuizAttempt } from '../../../../shared/domain/records';
import { bankOf, buildRound, focusAreaStandings, practiceCertifications, roundByFocusArea } from '../../../../shared/practice/practice';
import { loadBuiltIn } from '../content/helpers';

const pack = loadBuiltIn();
const MLA = 'cert.aws.mla-c01';
const mla = pack.certifications.find((c) => c.id === MLA)!;

let clock = 0;
function round(certId: string, answers: [questionId: string, correct: boolean][], focusArea?: string): QuizAttempt {
  clock += 1;
  const byId = new Map(pack.practice.map((q) => [q.id, q]));
  return {
    id: `attempt.${clock}`,
    takenAt: new Date(Date.UTC(2026, 10, 1, 0, clock)).toISOString(),
    kind: 'practice',
    certId,
    ...(focusArea ? { focusArea } : {}),
    answers: answers.map(([questionId, correct]) => ({ questionId, area: 'mlops-deployment', chosenIndex: 0, correct, focusArea: byId.get(questionId)!.focusArea })),
  };
}
const idsIn = (area: string) => bankOf(pack, MLA).filter((q) => q.focusArea === area).map((q) => q.id);

describe('practiceCertifications', () => {
  it('lists the active certifications with a bank in learning order, never a retired one', () => {
    const ids = practiceCertifications(pack).map((c) => c.id);
    expect(ids).toEqual(['cert.aws.aif-c01', 'cert.aws.mla-c01', 'cert.gcp.pmle', 'cert.databricks.ml-associate', 'cert.deeplearning-ai.dl-specialization', 'cert.aws.aip-c01']);
    expect(ids).not.toContain('cert.aws.mls-c01');
  });
});

describe('buildRound', () => {
  it('a focus-area round holds exactly that area\'s questions', () => {
    const questions = buildRound(pack, MLA, 'Model monitoring', 7);
    expect(questions.map((q) => q.id).sort()).toEqual(idsIn('Model monitoring').sort());
  });

  it('a whole-certification round holds every question once, dealt one focus area at a time', () => {
    const questions = buildRound(pack, MLA, null, 42);
    expect(questions.map((q) => q.id).sort()).toEqual(bankOf(pack, MLA).map((q) => q.id).sort());
    // Two per area: the first six cover the six areas in the certification's order, and so do the next six.
    expect(questions.slice(0, 6).map((q) => q.focusArea)).toEqual(mla.focusAreas);
    expect(questions.slice(6).map((q) => q.focusArea)).toEqual(mla.focusAreas);
  });

  it('is reproducible from its seed, and other seeds give other orders', () => {
    const order = (seed: number) => buildRound(pack, MLA, null, seed).map((q) => q.id).join();
    expect(order(5)).toBe(order(5));
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => order(seed)));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('does not depend on the order the bank was written in', () => {
    const reversed = { certifications: pack.certifications, practice: [...pack.practice].reverse() };
    expect(buildRound(reversed, MLA, null, 9).map((q) => q.id)).toEqual(buildRound(pack, MLA, null, 9).map((q) => q.id));
  });

  it('gives an empty round for an unknown certification or focus area', () => {
    expect(buildRound(pack, 'cert.nope.x', null, 1)).toEqual([]);
    expect(buildRound(pack, MLA, 'Amazon Bedrock', 1)).toEqual([]);
    expect(buildRound(pack, 'cert.aws.mls-c01', null, 1)).toEqual([]);
  });
});

describe('focusAreaStandings', () => {
  it('with no history lists every focus area as not practised, in the certification\'s order', () => {
    const standings = focusAreaStandings(pack, MLA, []);
    expect(standings.map((s) => s.focusArea)).toEqual(mla.focusAreas);
    expect(standings.every((s) => s.accuracy === null && s.answered === 0 && s.correct === 0 && s.questions === 2)).toBe(true);
  });

  it('ranks practised areas by accuracy, weakest first, then the unpractised ones', () => {
    const [mon1, mon2] = idsIn('Model monitoring');
    const [auto1, auto2] = idsIn('Auto-scaling');
    const [sm1] = idsIn('SageMaker');
    const standings = focusAreaStandings(pack, MLA, [
      round(MLA, [
        [mon1!, true],
        [mon2!, true],
        [auto1!, false],
        [auto2!, true],
        [sm1!, false],
      ]),
    ]);
    expect(standings.map((s) => [s.focusArea, s.correct, s.answered, s.accuracy])).toEqual([
      ['SageMaker', 0, 1, 0],
      ['Auto-scaling', 1, 2, 50],
      ['Model monitoring', 2, 2, 100],
      ['MLOps pipelines', 0, 0, null],
      ['CI/CD for ML', 0, 0, null],
      ['Model endpoints', 0, 0, null],
    ]);
  });

  it('counts the latest answer to each question, so a right retry lifts the area', () => {
    const [a, b] = idsIn('Auto-scaling');
    const first = round(MLA, [
      [a!, false],
      [b!, false],
    ]);
    const retry = round(MLA, [[a!, true]], 'Auto-scaling');
    const auto = (attempts: QuizAttempt[]) => focusAreaStandings(pack, MLA, attempts).find((s) => s.focusArea === 'Auto-scaling');
    expect(auto([first])).toMatchObject({ correct: 0, answered: 2, accuracy: 0 });
    expect(auto([first, retry])).toMatchObject({ correct: 1, answered: 2, accuracy: 50 });
    // Order of the list given does not matter: takenAt decides which answer is the latest.
    expect(auto([retry, first])).toMatchObject({ correct: 1, answered: 2, accuracy: 50 });
  });

  it('breaks an accuracy tie by less evidence first, then the certification\'s order', () => {
    const [sm1, sm2] = idsIn('SageMaker');
    const [ep1] = idsIn('Model endpoints');
    const [pl1, pl2] = idsIn('MLOps pipelines');
    const standings = focusAreaStandings(pack, MLA, [
      round(MLA, [
        [sm1!, true],
        [sm2!, false],
        [ep1!, false],
        [pl1!, false],
        [pl2!, true],
      ]),
    ]);
    expect(standings.slice(0, 3).map((s) => [s.focusArea, s.accuracy])).toEqual([
      ['Model endpoints', 0],
      ['SageMaker', 50],
      ['MLOps pipelines', 50],
    ]);
  });

  it('ignores rounds of other certifications and answers without a focus area the certification lists', () => {
    const pmle = pack.practice.find((q) => q.certId === 'cert.gcp.pmle' && q.focusArea === 'Model monitoring')!;
    const other: QuizAttempt = { ...round('cert.gcp.pmle', [[pmle.id, false]]) };
    const stray: QuizAttempt = {
      ...round(MLA, [[idsIn('SageMaker')[0]!, false]]),
      answers: [{ questionId: idsIn('SageMaker')[0]!, area: 'mlops-deployment', chosenIndex: 0, correct: false, focusArea: 'Something retired' }],
    };
    const quiz: QuizAttempt = { id: 'attempt.quiz', takenAt: '2026-11-02T00:00:00.000Z', kind: 'quick', answers: [{ questionId: pack.quiz[0]!.id, area: 'python-foundations', chosenIndex: 0, correct: false }] };
    expect(focusAreaStandings(pack, MLA, [other, stray, quiz]).every((s) => s.accuracy === null)).toBe(true);
    expect(focusAreaStandings(pack, 'cert.nope.x', [other])).toEqual([]);
  });
});

describe('roundByFocusArea', () => {
  it('scores one round per focus area in the order the areas first appear', () => {
    const [m1, m2] = idsIn('Model monitoring');
    const [s1] = idsIn('SageMaker');
    expect(
      roundByFocusArea(
        round(MLA, [
          [m1!, true],
          [s1!, false],
          [m2!, false],
        ]),
      ),
    ).toEqual([
      { focusArea: 'Model monitoring', answered: 2, correct: 1 },
      { focusArea: 'SageMaker', answered: 1, correct: 0 },
    ]);
  });
});
