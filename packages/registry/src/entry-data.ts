import type { EventType } from "./generated/events.js";
import type { AntiPatternEntry, Examples, RetiredEntry } from "./generated/schema-types.js";
import type { ProseKey } from "./generated/vocabulary.js";

/** `T` with every property and array readonly, all the way down. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** `T` deeply readonly, without its prose members (`ProseKey`, generated from core's PROSE_PATHS). */
export type Machine<T> = T extends readonly (infer Item)[]
  ? readonly Machine<Item>[]
  : T extends object
    ? { readonly [K in keyof T as K extends ProseKey ? never : K]: Machine<T[K]> }
    : T;

/** Does the entry run on the events the runtime records today (`sap coverage`; derived, unhashed). */
export interface EntryCoverage {
  readonly runs_on_runtime: boolean;
  /** Proposed event types it waits for, sorted; empty when it runs. */
  readonly missing_events: readonly EventType[];
}

/** The general shape every entry of registry.json has: the authoring schema's entry, without prose, plus `coverage`. */
export type EntryData = Machine<AntiPatternEntry> & { readonly coverage: EntryCoverage };

/** An entry's must-trigger and must-not-trigger example logs (in the docs package's prose.json). */
export type EntryExamples = DeepReadonly<Examples>;

/** A tombstone of retired.yaml. */
export type RetiredData = DeepReadonly<RetiredEntry>;

/** registry.json: the machine members, version, content hash (of the full registry) and `prose_in`. */
export interface RegistryJson {
  readonly name: string;
  readonly version: string;
  readonly content_hash: string;
  readonly prose_in: string;
  readonly anti_patterns: readonly EntryData[];
  readonly retired: readonly RetiredData[];
  readonly [section: string]: unknown;
}
