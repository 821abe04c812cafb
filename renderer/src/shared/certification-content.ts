/**
 * Certification lookups for display. Its own module, importing only the certification data, so
 * the dashboard (the start screen, in the first bundle) does not pull the rest of the content
 * pack into the JavaScript parsed before the first paint; screens that need phases, projects or
 * the guide load them with their own code-split chunks.
 */
import { certifications } from '../../../shared/content/pack/certifications';

export type CertificationContent = (typeof certifications)[number];

const byId = new Map(certifications.map((c) => [c.id, c]));

export function certificationContent(id: string): CertificationContent | undefined {
  return byId.get(id);
}

export function certificationLabel(id: string): string {
  const c = byId.get(id);
  return c ? (c.code ? `${c.name} (${c.code})` : c.name) : id;
}
