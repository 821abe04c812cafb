/**
 * The seed documents the built-in pack was written from, and the `cite()` helper every fact uses
 * to record which document it came from and how current it is.
 *
 * Dating: only seed 000 lets us date it. It quotes Glassdoor figures "as of March 2026" and
 * describes the AWS MLS-C01 retirement on 2026-03-31 as already past, so it is dated 2026-03-31.
 * Seeds 001–004 give no calendar date (001 only says "published 2 weeks ago"), so they use the
 * project default 2026-01-01; they all present themselves as 2026 guides.
 */
import type { ContentPackInput } from '../schema';

export const SEED_000 = '000_5f219c88f8d7aba5.txt';
export const SEED_001 = '001_102de7a985a01fe3.txt';
export const SEED_002 = '002_7d59a46b58d8a4e0.txt';
export const SEED_003 = '003_c05c8bcbec0fb94d.txt';
export const SEED_004 = '004_6505122dd31ab980.txt';

export type SeedFile = typeof SEED_000 | typeof SEED_001 | typeof SEED_002 | typeof SEED_003 | typeof SEED_004;

/** Default date for seeds that state none (see header). */
export const DEFAULT_AS_OF = '2026-01-01';

const AS_OF: Record<SeedFile, string> = {
  [SEED_000]: '2026-03-31',
  [SEED_001]: DEFAULT_AS_OF,
  [SEED_002]: DEFAULT_AS_OF,
  [SEED_003]: DEFAULT_AS_OF,
  [SEED_004]: DEFAULT_AS_OF,
};

/** Spread into a fact: `{ ...cite(SEED_000), ... }`. */
export function cite(file: SeedFile): { source: SeedFile; asOf: string } {
  return { source: file, asOf: AS_OF[file] };
}

export const sources: ContentPackInput['sources'] = {
  'source.000': {
    title: 'How to Become a Machine Learning Engineer in 2026 (interactive career tool)',
    file: SEED_000,
    publisher: 'FlashGenius',
    asOf: AS_OF[SEED_000],
    asOfBasis: 'derived',
    note: 'Latest date the page treats as past: the MLS-C01 retirement on 2026-03-31; salary data is labelled March 2026.',
  },
  'source.001': {
    title: 'Machine Learning Engineer Roadmap 2026: Skills, Certifications, and Career Path',
    file: SEED_001,
    publisher: 'MyExamCloud Blog',
    asOf: AS_OF[SEED_001],
    asOfBasis: 'default',
    note: 'Only a relative publication date is given; project default used.',
  },
  'source.002': {
    title: 'Learning Path to Become a Machine Learning Engineer in 2026',
    file: SEED_002,
    publisher: null,
    asOf: AS_OF[SEED_002],
    asOfBasis: 'default',
    note: 'No publication date given; project default used.',
  },
  'source.003': {
    title: 'How to become a Machine Learning Engineer (12-month roadmap)',
    file: SEED_003,
    publisher: null,
    asOf: AS_OF[SEED_003],
    asOfBasis: 'default',
    note: 'No publication date given; project default used.',
  },
  'source.004': {
    title: 'ML Engineer Roadmap 2026 (six phases)',
    file: SEED_004,
    publisher: null,
    asOf: AS_OF[SEED_004],
    asOfBasis: 'default',
    note: 'No publication date given; project default used. Salary figures are for India.',
  },
};
