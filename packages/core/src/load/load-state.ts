import type { Diagnostic } from "../diagnostic.js";
import type {
  AntiPatternEntry,
  EventCatalogFile,
  RegistryMetadata,
  RetiredFile,
  TriggerEnvironment,
} from "../generated/schema-types.js";
import type { SourceFile } from "../source/source-file.js";

/** A file that parsed and passed its schema, with its typed data. */
export interface Checked<T> {
  source: SourceFile;
  data: T;
}

/** Everything the loader read: the schema-valid files and the problems of the others. */
export interface LoadState {
  dir: string;
  diagnostics: Diagnostic[];
  meta: Checked<RegistryMetadata> | undefined;
  environment: Checked<TriggerEnvironment> | undefined;
  retired: Checked<RetiredFile> | undefined;
  catalogs: Checked<EventCatalogFile>[];
  entries: Checked<AntiPatternEntry>[];
  /** Files that failed to load or failed their schema. */
  failedFiles: Set<string>;
}
