/**
 * Content lookups for display (titles, skills, tools, gates). The store host validates the
 * same built-in pack before planning with it; the UI only reads it. Imports the pack's modules
 * one by one, not the whole pack, so each screen's chunk carries only the content it shows.
 */
import { targetRoles } from '../../../shared/content/pack/guide';
import { phases as phaseList } from '../../../shared/content/pack/phases';
import { projects as projectList } from '../../../shared/content/pack/projects';
import { sources } from '../../../shared/content/pack/sources';
import { certificationContent } from './certification-content';

export { certificationLabel, type CertificationContent } from './certification-content';
export type PhaseContent = (typeof phaseList)[number];

const phases = new Map(phaseList.map((p) => [p.id, p]));
const projects = new Map(projectList.map((p) => [p.id, p]));
const milestones = new Map(phaseList.flatMap((p) => p.milestones.map((m) => [m.id, m] as const)));

export const content = {
  phase: (id: string) => phases.get(id),
  certification: certificationContent,
  project: (id: string) => projects.get(id),
  milestone: (id: string) => milestones.get(id),
  targetRoles,
  sources,
};
