import type { Diagnostic } from "../diagnostic.js";
import { sortDiagnostics } from "../diagnostic.js";
import type { LoadedRegistry } from "../model.js";
import { buildRegistry } from "./build-registry.js";
import { readState } from "./read-state.js";

/**
 * Reads the registry at `dir` and checks every file against its JSON Schema.
 * The registry is returned only when there is no diagnostic; reads nothing
 * outside `dir` and never throws.
 */
export function loadRegistry(dir: string): {
  registry: LoadedRegistry | undefined;
  diagnostics: Diagnostic[];
} {
  const state = readState(dir);
  const diagnostics = sortDiagnostics(state.diagnostics);
  return { registry: diagnostics.length === 0 ? buildRegistry(state) : undefined, diagnostics };
}
