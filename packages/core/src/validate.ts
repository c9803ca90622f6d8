import { join } from "node:path";
import type { Diagnostic } from "./diagnostic.js";
import { sortDiagnostics } from "./diagnostic.js";
import { errorMessage } from "./error-message.js";
import { buildRegistry } from "./load/build-registry.js";
import { readState } from "./load/read-state.js";
import type { LoadedRegistry } from "./model.js";
import { RuleContext } from "./rules/context.js";
import { internalError } from "./rules/internal-error.js";
import { registryRules } from "./rules/registry/index.js";

/**
 * Reads the registry at `dir` and runs every check: file, JSON Schema, then the
 * registry checks (references, ordering, examples, CEL type checks) over the
 * files that passed their schema. All problems are returned in one run, sorted
 * by file, line, column and code. The registry is returned only when there is
 * no problem at all. Reads nothing outside `dir`; never throws.
 */
export function validateRegistry(dir: string): {
  registry: LoadedRegistry | undefined;
  diagnostics: Diagnostic[];
} {
  const state = readState(dir);
  const diagnostics: Diagnostic[] = [...state.diagnostics];
  const registry = buildRegistry(state);
  if (registry) {
    const context = new RuleContext(registry, state);
    for (const rule of registryRules) {
      try {
        rule.check(context);
      } catch (error) {
        diagnostics.push({
          file: join(dir, "registry.yaml"),
          line: 1,
          column: 1,
          code: internalError.code,
          message: `check ${rule.code} failed: ${errorMessage(error)}`,
          hint: "this is a bug in @handshake/sap-core; report it with the registry that triggers it",
        });
      }
    }
    diagnostics.push(...context.diagnostics);
  }
  const sorted = sortDiagnostics(dedupe(diagnostics));
  return { registry: sorted.length === 0 ? registry : undefined, diagnostics: sorted };
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
