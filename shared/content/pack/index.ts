/**
 * The content pack that ships inside the app. It is plain data typed with the schema's *input*
 * type; consumers still run it through `loadPack` so the cross-reference rules are enforced on
 * the built-in pack exactly as on a downloaded one.
 *
 * Bump `packVersion` on every content change (patch: wording; minor: new facts or items;
 * major: removed or renamed ids, since progress is stored against ids).
 */
import type { ContentPackInput } from '../schema';
import { certifications } from './certifications';
import { actionPlan30Days, careerProgression, commonMistakes, faq, jobSearchTips, kagglePath, llmSkills, marketFacts, targetRoles } from './guide';
import { phaseOrderNote, phases } from './phases';
import { practice } from './practice';
import { projects } from './projects';
import { quiz } from './quiz';
import { investment, salaryBands, salaryPremiums, salaryTrends, timelines } from './salary';
import { sources } from './sources';

export const BUILT_IN_PACK_VERSION = '1.2.0';

export const builtInPack: ContentPackInput = {
  packVersion: BUILT_IN_PACK_VERSION,
  // The newest seed date (seed 000); no fact in the pack is newer.
  asOf: '2026-03-31',
  edition: {
    id: 'edition.ml-engineer',
    title: 'Machine-learning engineer',
    summary: 'The whole path, foundations to job search, weighted towards building and shipping models.',
    roleId: 'role.ml-engineer',
  },
  renamedIds: {},
  sources,
  phases,
  phaseOrderNote,
  certifications,
  salaryBands,
  salaryTrends,
  salaryPremiums,
  investment,
  timelines,
  projects,
  actionPlan30Days,
  commonMistakes,
  faq,
  kagglePath,
  llmSkills,
  careerProgression,
  targetRoles,
  jobSearchTips,
  marketFacts,
  quiz,
  practice,
};
