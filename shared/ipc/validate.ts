/**
 * Turning unknown input into typed values. Everything that crosses a process boundary goes
 * through `parseUnknown`, which only accepts `unknown` so nothing can skip validation.
 */
import type { z } from 'zod';
import { fail, ok, type FieldIssue, type Result } from './result';

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

/** One issue per field (the first is the most useful; later ones usually repeat it). */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = formatPath(issue.path);
    if (seen.has(path)) continue;
    seen.add(path);
    issues.push({ path, message: issue.message });
  }
  return issues;
}

export function parseUnknown<S extends z.ZodType>(schema: S, value: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issues = fieldIssues(parsed.error);
  const message = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join(' ');
  return fail('invalid-request', message, issues);
}
