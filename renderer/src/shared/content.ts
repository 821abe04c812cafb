/**
 * Content lookups for display (titles, skills, tools, gates). The store host validates the
 * same built-in pack before planning with it; the UI only reads it.
 */
import { builtInPack } from '../../../shared/content/pack';

type PackInput = typeof builtInPack;
export type PhaseContent = PackInput['phases'][number];
export type CertificationContent = PackInput['certifications'][number];

const phases = new Map(builtInPack.phases.map((p) => [p.id, p]));
const certifications = new Map(builtInPack.certifications.map((c) => [c.id, c]));
const projects = new Map(builtInPack.projects.map((p) => [p.id, p]));
const milestones = new Map(builtInPack.phases.flatMap((p) => p.milestones.map((m) => [m.id, m] as const)));

export const content = {
  phase: (id: string) => phases.get(id),
  certification: (id: string) => certifications.get(id),
  project: (id: string) => projects.get(id),
  milestone: (id: string) => milestones.get(id),
  targetRoles: builtInPack.targetRoles,
};

export function certificationLabel(id: string): string {
  const c = certifications.get(id);
  return c ? (c.code ? `${c.name} (${c.code})` : c.name) : id;
}
