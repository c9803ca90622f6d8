import { statSync } from "node:fs";
import { join } from "node:path";
import { schemaDiagnostics } from "../schema/schema-diagnostics.js";
import type { FileKind } from "../schema/validators.js";
import { fileProblem } from "../source/file-problem.js";
import { readSource } from "../source/read-source.js";
import { listYamlFiles } from "./list-dir.js";
import type { Checked, LoadState } from "./load-state.js";

/** Reads and schema-checks every file of the registry at `dir`. Never throws. */
export function readState(dir: string): LoadState {
  const state: LoadState = {
    dir,
    diagnostics: [],
    meta: undefined,
    environment: undefined,
    retired: undefined,
    catalogs: [],
    entries: [],
    failedFiles: new Set(),
  };
  try {
    if (!statSync(dir).isDirectory()) {
      state.diagnostics.push(fileProblem("SAP-E008", dir, "the registry path is not a directory"));
      return state;
    }
  } catch {
    state.diagnostics.push(fileProblem("SAP-E001", dir, "registry folder does not exist"));
    return state;
  }
  state.meta = readChecked(state, join(dir, "registry.yaml"), "registry");
  state.environment = readChecked(state, join(dir, "environment.yaml"), "environment");
  state.retired = readChecked(state, join(dir, "retired.yaml"), "retired");
  for (const [folder, kind] of [
    ["events", "events"],
    ["anti-patterns", "entry"],
  ] as const) {
    const listed = listYamlFiles(join(dir, folder));
    state.diagnostics.push(...listed.diagnostics);
    for (const file of listed.files) {
      const checked = readChecked(state, file, kind);
      if (!checked) continue;
      if (kind === "events") state.catalogs.push(checked as Checked<never>);
      else state.entries.push(checked as Checked<never>);
    }
  }
  return state;
}

function readChecked<T>(state: LoadState, file: string, kind: FileKind): Checked<T> | undefined {
  const { source, diagnostics } = readSource(file);
  state.diagnostics.push(...diagnostics);
  if (!source) {
    state.failedFiles.add(file);
    return undefined;
  }
  const problems = schemaDiagnostics(source, kind);
  if (problems.length > 0) {
    state.diagnostics.push(...problems);
    state.failedFiles.add(file);
    return undefined;
  }
  return { source, data: source.data as T };
}
