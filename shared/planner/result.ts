/**
 * The result shape every fallible planner function returns. Failures are values, not throws,
 * so the renderer can show `message` verbatim and branch on `code` without try/catch, and a
 * problem is never disguised as an empty plan.
 */
export interface PlannerError<Code extends string = string> {
  code: Code;
  message: string;
}

export type PlannerFailure<Code extends string = string> = { ok: false; error: PlannerError<Code> };

export function fail<Code extends string>(code: Code, message: string): PlannerFailure<Code> {
  return { ok: false, error: { code, message } };
}
