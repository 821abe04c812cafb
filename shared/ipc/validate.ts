/**
 * Turning unknown input into typed values. Everything that crosses a process boundary goes
 * through `parseUnknown`, which only accepts `unknown` so nothing can skip validation.
 */
import type { z } from 'zod';
import { formatPath } from './field-path';
import { fail, ok, type FieldIssue, type Result } from './result';


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

/** The contract's own limits on an error (IpcErrorSchema): a refusal must itself be valid. */
const MAX_ISSUES = 50;
const MAX_PATH = 200;
const MAX_ISSUE_MESSAGE = 500;
const MAX_MESSAGE = 2000;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function parseUnknown<S extends z.ZodType>(schema: S, value: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const all = fieldIssues(parsed.error);
  const issues = all.slice(0, MAX_ISSUES).map((i) => ({ path: clip(i.path, MAX_PATH), message: clip(i.message, MAX_ISSUE_MESSAGE) }));
  const more = all.length > issues.length ? ` (${all.length - issues.length} more problems not listed)` : '';
  const message = clip(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join(' ') + more, MAX_MESSAGE);
  return fail('invalid-request', message, issues);
}
