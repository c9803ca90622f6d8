import type { Diagnostic } from "../diagnostic.js";
import type { RuleContext } from "./context.js";

/** What every check declares: its stable code and what it guards. */
export interface RuleMeta {
  /** Stable code, SAP-Ennn. Never reused for another check. */
  readonly code: string;
  /** One line: the mistake this check catches. */
  readonly description: string;
}

/**
 * A check on one file, run while the file is read (missing, unreadable, not
 * YAML, ...). The loader reports it through `fileProblem`.
 */
export interface FileRule extends RuleMeta {
  readonly phase: "file";
  /** The message, given what the loader saw (a size, an errno code). */
  message(detail: string | undefined): string;
  readonly hint: string;
}

/** A JSON Schema check: reports the ajv errors of the keywords it owns. */
export interface SchemaRule extends RuleMeta {
  readonly phase: "schema";
  /** The ajv keywords mapped to this code. */
  readonly keywords: readonly string[];
}

/** A check across the loaded registry (references, ordering, CEL, examples). */
export interface RegistryRule extends RuleMeta {
  readonly phase: "registry";
  check(context: RuleContext): void;
}

/** Not a check of the data: reported when a check itself throws (a validator bug). */
export interface InternalRule extends RuleMeta {
  readonly phase: "internal";
}

export type Rule = FileRule | SchemaRule | RegistryRule | InternalRule;

/** A diagnostic without its code: what a check reports through the context. */
export type Problem = Omit<Diagnostic, "code">;
