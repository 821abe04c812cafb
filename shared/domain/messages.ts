/**
 * zod error options shared by every schema the learner's words come through, so "X is
 * required." and "Unknown field(s): …" read the same on every form and in every backup check.
 */

/** "X is required." when the field is missing, else the given message. */
export function requiredOr(label: string, message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? `${label} is required.` : message);
}

/** For strict objects: names the fields that are not part of the schema. */
export const unknownKeys = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `Unknown field(s): ${(issue.keys ?? []).join(', ')}.` : undefined,
};
