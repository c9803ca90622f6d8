import type {
  AntiPatternEntry,
  Enforcement,
  EventDefinition,
  RegistryMetadata,
  RetiredEntry,
  TriggerEnvironment,
} from "./generated/schema-types.js";

/** An event type of the catalog, with the family (catalog file) it comes from. */
export interface LoadedEvent extends EventDefinition {
  /** `family` of its events/*.yaml file. */
  family: string;
  /** The catalog file it was read from. */
  file: string;
}

/** Enforcement with its defaults applied. */
export interface LoadedEnforcement extends Enforcement {
  /** `audit` for experimental entries unless written, `enforce` otherwise. */
  mode: "enforce" | "audit";
  /** `session` unless written. */
  per: "session" | "root_session" | "window_key";
}

/**
 * An anti-pattern entry with its defaults applied: `enforcement.mode`,
 * `enforcement.per`, and `trigger.window.direction` (`after`) for absence windows.
 */
export interface LoadedEntry extends AntiPatternEntry {
  enforcement: LoadedEnforcement;
  /** The anti-patterns/SAP-NNN.yaml file it was read from. */
  file: string;
}

/** The whole registry as read from its directory. */
export interface LoadedRegistry {
  /** The registry directory as given to the loader. */
  dir: string;
  meta: RegistryMetadata;
  environment: TriggerEnvironment;
  /** The event catalog by event_type. */
  events: ReadonlyMap<string, LoadedEvent>;
  /** Live entries (experimental, stable, deprecated), sorted by id. */
  entries: readonly LoadedEntry[];
  /** Tombstones from retired.yaml, in file order. */
  retired: readonly RetiredEntry[];
  /**
   * Set only for a registry read from a machine registry.json without its
   * prose: the content hash the file declares, which cannot be recomputed
   * from the machine members alone. Prose members (descriptions, summaries,
   * examples, tier actions) are absent from such a registry.
   */
  machineOnly?: { readonly declaredContentHash: string };
}
