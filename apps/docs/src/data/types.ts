/**
 * The registry the site renders, in the registry package's own types: its
 * `Schema` namespace is generated from the registry's JSON Schemas, which
 * validated the data when registry.json was generated. The full registry is the
 * package's registry.json joined with the docs package's prose.json
 * (`withProse`), so it has the authoring files' shapes plus what registry.json
 * adds to them; only those additions are named here, each from the package.
 */
import type {
  DeepReadonly,
  EntryCoverage,
  RegistryHistory,
  RegistryJson,
  Schema,
} from "@handshake/session-anti-patterns";

/** Severities, categories, detection sources and outcomes: an id with its title and description. */
export type Described = DeepReadonly<Schema.Category>;
export type Rule = DeepReadonly<Schema.RuntimeRule>;

/** A catalog event as registry.json ships it: with the `family` of its events/*.yaml file. */
export type EventDefinition = DeepReadonly<
  Schema.EventDefinition & Pick<Schema.EventCatalogFile, "family">
>;

/** A trigger expression (condition, where, group_by, distinct): one for every event type, or one per event type. */
export type CelByEvent = DeepReadonly<Schema.CelByEvent>;
export type Tier = DeepReadonly<Schema.Tier>;
export type Example = DeepReadonly<Schema.TriggerExample | Schema.NoTriggerExample>;

/** Enforcement as registry.json ships it: `mode` and `per` filled in with their defaults. */
type ShippedEnforcement = Schema.Enforcement & Required<Pick<Schema.Enforcement, "mode" | "per">>;

/** An entry: the authoring entry (prose joined back), its defaults applied, plus its derived `coverage`. */
export type AntiPattern = DeepReadonly<
  Omit<Schema.AntiPatternEntry, "enforcement"> & { enforcement: ShippedEnforcement }
> & { readonly coverage: EntryCoverage };

export type RetiredEntry = DeepReadonly<Schema.RetiredEntry>;

/** The full registry: metadata, environment, catalog, entries and tombstones, with its release history. */
export type Registry = DeepReadonly<
  Schema.RegistryMetadata & {
    environment: Schema.TriggerEnvironment;
    events: EventDefinition[];
    retired: RetiredEntry[];
  }
> &
  Pick<RegistryJson, "version" | "content_hash"> & {
    readonly anti_patterns: readonly AntiPattern[];
    /** Absent for an unreleased registry (and the benchmark's synthetic one). */
    readonly history?: RegistryHistory;
  };
