import type { AntiPatternEntry, Examples, RetiredEntry } from "./generated/schema-types.js";

/** `T` with every property and array readonly, all the way down. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** The general shape every entry has: the authoring schema's entry, deeply readonly. */
export type EntryData = DeepReadonly<AntiPatternEntry>;

/** An entry's must-trigger and must-not-trigger example logs. */
export type EntryExamples = DeepReadonly<Examples>;

/** A tombstone of retired.yaml. */
export type RetiredData = DeepReadonly<RetiredEntry>;

/** The whole shipped registry.json: the canonical registry plus version and content hash. */
export interface RegistryJson {
  readonly name: string;
  readonly version: string;
  readonly content_hash: string;
  readonly anti_patterns: readonly EntryData[];
  readonly retired: readonly RetiredData[];
  readonly [section: string]: unknown;
}
