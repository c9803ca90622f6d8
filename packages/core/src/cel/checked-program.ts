import type { Environment } from "@marcbachmann/cel-js";
import { useRe2 } from "./re2.js";

/** A parsed and type-checked cel-js program whose matches() calls use RE2. */
export interface CheckedProgram {
  (activation: Record<string, unknown>): unknown;
  readonly ast: unknown;
}

/** What cel-js reports about an expression that does not parse or check. */
export interface CelError {
  readonly name?: string;
  readonly message?: string;
  readonly code?: string;
  readonly node?: { readonly pos?: number };
}

export type CheckResult =
  | { readonly valid: true; readonly type: string; readonly program: CheckedProgram }
  | { readonly valid: false; readonly error: CelError | undefined };

/**
 * Parses and type-checks `source` in `env` (like cel-js `env.check`) and keeps
 * the program, with matches() evaluated by RE2 (re2.ts). Every place that
 * evaluates a trigger expression gets its program here.
 */
export function checkedProgram(env: Environment, source: string): CheckResult {
  let program: ReturnType<Environment["parse"]>;
  try {
    program = env.parse(source);
  } catch (error) {
    return { valid: false, error: error as CelError };
  }
  const check = program.check();
  if (!check.valid) return { valid: false, error: check.error as CelError | undefined };
  useRe2(program.ast);
  return {
    valid: true,
    type: check.type as string,
    program: program as unknown as CheckedProgram,
  };
}
