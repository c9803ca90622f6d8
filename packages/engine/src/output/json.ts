import type { EvaluationResult } from "../types.js";

/** The `format` field of the JSON report; bumped on any incompatible change. */
export const JSON_FORMAT = "sap-eval/1";

/**
 * The machine report (documented in packages/engine/README.md): `format`,
 * `source`, `registry`, `summary`, `findings`, `input_findings`, `notices`, in that order,
 * two-space indented, one trailing newline. Same log, same bytes.
 */
export function formatJson(result: EvaluationResult, source: string): string {
  return `${JSON.stringify(
    {
      format: JSON_FORMAT,
      source,
      registry: result.registry,
      summary: result.summary,
      findings: result.findings,
      input_findings: result.input_findings,
      notices: result.notices,
    },
    null,
    2,
  )}\n`;
}
