/**
 * Money and time: salary bands, salary trends, the typical certification spend and how long the
 * path takes for each learner background.
 *
 * Disagreements are kept side by side with their sources rather than averaged:
 * - Seed 000 quotes two sets of US bands (a salary section and a narrower FAQ answer); both stay.
 * - Seed 002 gives its own US range and median; seed 004 gives an India range in rupees.
 * - Timelines: the three sources that give one each describe their own groups. Seed 000: beginners
 *   with some programming 9–12 months, developers and data professionals 6–9. Seed 004: 6–12
 *   months with programming and maths fundamentals, 12–18 for complete beginners. Seed 002: one
 *   plan of roughly 12 months for everyone, shorter if you already code and know statistics,
 *   longer if you are new to programming. Each background's primary figure comes from the source
 *   that describes that group most directly (seed 004 for complete beginners, seed 000 otherwise)
 *   and the other two sources' figures for the same group are kept as alternatives.
 */
import type { ContentPackInput } from '../schema';
import { cite, SEED_000, SEED_002, SEED_004 } from './sources';

const usdYear = { region: 'US', currency: 'USD', period: 'year' } as const;

export const salaryBands: ContentPackInput['salaryBands'] = [
  {
    id: 'salary.us.entry.tool',
    label: 'Entry level (US)',
    ...usdYear,
    level: 'entry',
    min: 90_000,
    max: 130_000,
    openEndedMax: false,
    average: null,
    median: null,
    percentiles: [],
    dataSource: null,
    note: 'From the salary section; the same page\'s FAQ quotes a narrower band (see salary.us.entry.faq).',
    ...cite(SEED_000),
  },
  {
    id: 'salary.us.mid.glassdoor',
    label: 'Mid level (US), 25th–75th percentile',
    ...usdYear,
    level: 'mid',
    min: 128_000,
    max: 202_000,
    openEndedMax: false,
    average: null,
    median: null,
    percentiles: [
      { percentile: 25, value: 128_000 },
      { percentile: 75, value: 202_000 },
    ],
    dataSource: 'Glassdoor, March 2026',
    note: null,
    ...cite(SEED_000),
  },
  {
    id: 'salary.us.senior.tool',
    label: 'Senior / staff (US)',
    ...usdYear,
    level: 'senior',
    min: 194_000,
    max: 230_000,
    openEndedMax: true,
    average: null,
    median: null,
    percentiles: [],
    dataSource: null,
    note: 'Top of the band is open-ended.',
    ...cite(SEED_000),
  },
  {
    id: 'salary.us.senior.headline',
    label: 'Senior (US), headline figure',
    ...usdYear,
    level: 'senior',
    min: 200_000,
    max: null,
    openEndedMax: true,
    average: null,
    median: null,
    percentiles: [],
    dataSource: null,
    note: 'The page\'s summary line, next to the $160K average; it gives no upper bound.',
    ...cite(SEED_000),
  },
  {
    id: 'salary.us.all.glassdoor',
    label: 'All levels (US)',
    ...usdYear,
    level: 'all-levels',
    min: null,
    max: null,
    openEndedMax: false,
    average: 160_347,
    median: null,
    percentiles: [{ percentile: 90, value: 247_000 }],
    dataSource: 'Glassdoor, March 2026',
    note: 'Also rounded to "$160K average" elsewhere on the page.',
    ...cite(SEED_000),
  },
  {
    id: 'salary.us.entry.faq',
    label: 'Entry level (US), FAQ figure',
    ...usdYear,
    level: 'entry',
    min: 90_000,
    max: 120_000,
    openEndedMax: false,
    average: null,
    median: null,
    percentiles: [],
    dataSource: null,
    note: 'Narrower than the salary section on the same page.',
    ...cite(SEED_000),
  },
  {
    id: 'salary.us.mid.faq',
    label: 'Mid level (US), FAQ figure',
    ...usdYear,
    level: 'mid',
    min: 120_000,
    max: 160_000,
    openEndedMax: false,
    average: null,
    median: null,
    percentiles: [],
    dataSource: null,
    note: 'Lower than the Glassdoor percentile band on the same page.',
    ...cite(SEED_000),
  },
  {
    id: 'salary.us.senior.faq',
    label: 'Senior (US), FAQ figure',
    ...usdYear,
    level: 'senior',
    min: 160_000,
    max: 220_000,
    openEndedMax: true,
    average: null,
    median: null,
    percentiles: [],
    dataSource: null,
    note: 'Varies with specialisation and deployment experience.',
    ...cite(SEED_000),
  },
  {
    id: 'salary.us.all.roadmap',
    label: 'Average compensation range (US)',
    ...usdYear,
    level: 'all-levels',
    min: 135_000,
    max: 215_000,
    openEndedMax: false,
    average: null,
    median: 168_000,
    percentiles: [],
    dataSource: null,
    note: 'Median given as approximate; senior and specialised roles sit at the top.',
    ...cite(SEED_002),
  },
  {
    id: 'salary.in.all.roadmap',
    label: 'ML engineer salary (India)',
    region: 'IN',
    currency: 'INR',
    period: 'year',
    level: 'all-levels',
    min: 600_000,
    max: 1_500_000,
    openEndedMax: false,
    average: null,
    median: null,
    percentiles: [],
    dataSource: null,
    note: 'Stated as ₹6L–₹15L per annum; depends on skills, project experience and production knowledge.',
    ...cite(SEED_004),
  },
];

export const salaryPremiums: ContentPackInput['salaryPremiums'] = [
  {
    id: 'salary-premium.us.scarce-specialisations',
    region: 'US',
    skills: ['LLM deployment', 'Inference optimisation', 'MLOps'],
    summary: 'The specialisations with the largest pay premiums, because demand for them still outstrips the people who have them. No premium figure is given.',
    ...cite(SEED_000),
  },
];

export const salaryTrends: ContentPackInput['salaryTrends'] = [
  {
    id: 'salary-trend.us.mid.yoy-2026',
    region: 'US',
    level: 'mid',
    changePercent: 9,
    periodLabel: 'year over year, 2026',
    dataSource: "Motion Recruitment 2026 Tech Salary Guide",
    ...cite(SEED_000),
  },
];

export const investment: ContentPackInput['investment'] = {
  id: 'investment.cert-path',
  certSpendUsd: { min: 600, max: 1_200 },
  typicalCertCount: { min: 2, max: 4 },
  covers: 'A foundational ML certification and one cloud ML certification, plus an optional deep learning or MLOps credential.',
  leadsToRolesPayingFromUsd: 120_000,
  ...cite(SEED_000),
};

const seed004WithFundamentals = {
  months: { min: 6, max: 12 },
  basis: 'Candidates who already have programming and maths fundamentals.',
  ...cite(SEED_004),
};

/** Seed 002 gives one figure for its whole plan and says which way to adjust it. */
function seed002Plan(basis: string) {
  return { months: { min: 12, max: 12 }, approximate: true, basis, ...cite(SEED_002) };
}
const seed002ForCoders = seed002Plan('Its whole plan; it says people who already code and know statistics can shorten the first months.');
const seed002ForSomeBackground = seed002Plan('Its whole plan, written for readers with some coding or data background.');

export const timelines: ContentPackInput['timelines'] = [
  {
    id: 'timeline.new-to-code',
    background: 'new-to-code',
    months: { min: 12, max: 18 },
    basis: 'Complete beginners.',
    ...cite(SEED_004),
    alternatives: [
      {
        months: { min: 9, max: 12 },
        basis: 'Beginners, in its headline figure; its FAQ gives the same range for beginners who already program a little.',
        ...cite(SEED_000),
      },
      seed002Plan('Its whole plan; it says people new to programming should add time for Python and basic engineering habits.'),
    ],
  },
  {
    id: 'timeline.student',
    background: 'student',
    months: { min: 9, max: 12 },
    basis: 'Beginners who already have some programming experience.',
    ...cite(SEED_000),
    alternatives: [seed004WithFundamentals, seed002ForSomeBackground],
  },
  {
    id: 'timeline.software-developer',
    background: 'software-developer',
    months: { min: 6, max: 9 },
    basis: 'Developers following a focused plan.',
    ...cite(SEED_000),
    alternatives: [seed004WithFundamentals, seed002ForCoders],
  },
  {
    id: 'timeline.data-analyst',
    background: 'data-analyst',
    months: { min: 6, max: 9 },
    basis: 'Data professionals following a focused plan.',
    ...cite(SEED_000),
    alternatives: [seed004WithFundamentals, seed002ForCoders],
  },
  {
    id: 'timeline.data-scientist',
    background: 'data-scientist',
    months: { min: 6, max: 9 },
    basis: 'Data professionals following a focused plan.',
    ...cite(SEED_000),
    alternatives: [seed004WithFundamentals, seed002ForCoders],
  },
  {
    // No seed names IT/DevOps people; they usually script but are not developers, so they get the
    // "some programming experience" figure rather than the developer one.
    id: 'timeline.it-professional',
    background: 'it-professional',
    months: { min: 9, max: 12 },
    basis: 'Beginners who already have some programming experience (closest group the seeds describe).',
    ...cite(SEED_000),
    alternatives: [seed004WithFundamentals, seed002ForSomeBackground],
  },
];
