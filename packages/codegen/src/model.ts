import type { PayloadField } from "@handshake/sap-core";

/**
 * The registry document codegen reads: the shape of the shipped `registry.json`.
 * It is core's canonical registry plus `version` and `content_hash`, so the
 * package generator (inside this repo) and the stub generator (in a consumer's
 * repo, reading the installed package) work from exactly the same data.
 *
 * Only the fields codegen reads are typed here; everything else passes through
 * untouched into `registry.json`.
 */
export interface PayloadFieldDoc {
  /** The catalog's field types, from the events schema (one list for every package). */
  readonly type: PayloadField["type"];
  /** Prose: absent in a machine registry.json (it ships in the docs package). */
  readonly description?: string;
  readonly optional?: boolean;
  readonly enum?: readonly string[];
  readonly minimum?: number;
}

export interface EventDefinitionDoc {
  readonly id: string;
  readonly event_type: string;
  readonly title: string;
  /** Prose: absent in a machine registry.json. */
  readonly description?: string;
  readonly origin?: string;
  readonly session_field?: string;
  readonly payload: Readonly<Record<string, PayloadFieldDoc>>;
}

export interface ParamDoc {
  readonly type: "int" | "double" | "bool" | "string" | "duration" | "string_list";
  readonly default: unknown;
  /** Prose: absent in a machine registry.json. */
  readonly description?: string;
}

export interface EntryDoc {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  /** Prose: absent in a machine registry.json. */
  readonly summary?: string;
  readonly category: string;
  readonly severity: string;
  readonly status: "experimental" | "stable" | "deprecated";
  readonly replaced_by?: string;
  readonly detection: readonly { readonly source: string; readonly events: readonly string[] }[];
  readonly trigger: {
    readonly on: readonly string[];
    readonly condition: string;
    readonly window?: {
      readonly kind: string;
      readonly steps?: readonly { readonly on: readonly string[] }[];
    };
  };
  readonly params: Readonly<Record<string, ParamDoc>>;
  readonly enforcement: { readonly tiers: readonly { readonly outcome: string }[] };
  /** Derived by `sap generate` (core's entryCoverage); not part of either hash. */
  readonly coverage?: CoverageDoc;
  readonly [key: string]: unknown;
}

/** Whether an entry runs on the events the runtime records today. */
export interface CoverageDoc {
  readonly runs_on_runtime: boolean;
  /** Sorted event types the runtime does not record that the entry waits for. */
  readonly missing_events: readonly string[];
}

export interface RetiredDoc {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly retired_in: string;
  readonly reason: string;
  readonly replaced_by?: string;
}

export interface VocabularyItemDoc {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

export interface RegistryDocument {
  readonly name: string;
  readonly version: string;
  readonly content_hash: string;
  readonly severities: readonly VocabularyItemDoc[];
  readonly categories: readonly VocabularyItemDoc[];
  readonly detection_sources: readonly VocabularyItemDoc[];
  readonly outcomes: readonly VocabularyItemDoc[];
  readonly rules: readonly VocabularyItemDoc[];
  /** Sorted by event_type. */
  readonly events: readonly EventDefinitionDoc[];
  /** Sorted by id. */
  readonly anti_patterns: readonly EntryDoc[];
  readonly retired: readonly RetiredDoc[];
  readonly [key: string]: unknown;
}
