import type { Diagnostic } from "../diagnostic.js";
import type { LoadState } from "../load/load-state.js";
import type { LoadedEntry, LoadedRegistry } from "../model.js";
import type { Anchor, DataPath, Position, SourceFile } from "../source/source-file.js";

/** What a registry check sees: the loaded registry, the sources of its files, and a report function. */
export class RuleContext {
  readonly registry: LoadedRegistry;
  readonly state: LoadState;
  readonly diagnostics: Diagnostic[] = [];
  readonly #sources = new Map<string, SourceFile>();

  constructor(registry: LoadedRegistry, state: LoadState) {
    this.registry = registry;
    this.state = state;
    for (const checked of [
      state.meta,
      state.environment,
      state.retired,
      ...state.catalogs,
      ...state.entries,
    ]) {
      if (checked) this.#sources.set(checked.source.file, checked.source);
    }
  }

  /** The parsed source of a file of the registry. */
  source(file: string): SourceFile | undefined {
    return this.#sources.get(file);
  }

  /** The registry.yaml file path. */
  get metaFile(): string {
    return this.state.meta?.source.file ?? `${this.registry.dir}/registry.yaml`;
  }

  /** Reports a problem at the node at `path` of `file` (its key with anchor "key"). */
  report(
    code: string,
    file: string,
    path: DataPath,
    message: string,
    hint: string,
    anchor: Anchor = "value",
  ): void {
    const at = this.source(file)?.position(path, anchor) ?? { line: 1, column: 1 };
    this.reportAt(code, file, at, message, hint);
  }

  /** Reports a problem at an exact position. */
  reportAt(code: string, file: string, at: Position, message: string, hint: string): void {
    this.diagnostics.push({ file, line: at.line, column: at.column, code, message, hint });
  }

  /** Shorthand for reporting on an entry's file. */
  reportEntry(
    code: string,
    entry: LoadedEntry,
    path: DataPath,
    message: string,
    hint: string,
    anchor: Anchor = "value",
  ): void {
    this.report(code, entry.file, path, message, hint, anchor);
  }
}
