import { createHash } from "node:crypto";
import type {
  AntiPatternEntry,
  Category,
  DetectionSource,
  EvaluationLimits,
  EventDefinition,
  Outcome,
  RetiredEntry,
  RuntimeRule,
  SeverityLevel,
  TriggerEnvironment,
} from "../generated/schema-types.js";
import type { LoadedEnforcement, LoadedRegistry } from "../model.js";
import { canonicalJson } from "./canonical-json.js";

/** An event type as shipped: its definition and family. */
export interface CanonicalEvent extends EventDefinition {
  family: string;
}

/** An entry as shipped: defaults applied, no source file. */
export interface CanonicalEntry extends Omit<AntiPatternEntry, "enforcement"> {
  enforcement: LoadedEnforcement;
}

/**
 * The registry in the one form the shipped registry.json, `sap diff` and the
 * docs use. Build with canonicalRegistry, serialise with canonicalJson.
 */
export interface CanonicalRegistry {
  name: string;
  title: string;
  description: string;
  severities: SeverityLevel[];
  categories: Category[];
  detection_sources: DetectionSource[];
  outcomes: Outcome[];
  rules: RuntimeRule[];
  limits: EvaluationLimits;
  environment: TriggerEnvironment;
  /** Sorted by event_type. */
  events: CanonicalEvent[];
  /** Sorted by id. */
  anti_patterns: CanonicalEntry[];
  /** In retired.yaml order. */
  retired: RetiredEntry[];
}

/** The deterministic, JSON-ready form of a loaded registry (a deep copy). */
export function canonicalRegistry(registry: LoadedRegistry): CanonicalRegistry {
  const { meta } = registry;
  const events = [...registry.events.values()]
    .map(({ file: _file, ...event }) => event)
    .sort((a, b) => compare(a.event_type, b.event_type));
  const entries = registry.entries
    .map(({ file: _file, ...entry }) => entry)
    .sort((a, b) => compare(a.id, b.id));
  return clone({
    name: meta.name,
    title: meta.title,
    description: meta.description,
    severities: meta.severities,
    categories: meta.categories,
    detection_sources: meta.detection_sources,
    outcomes: meta.outcomes,
    rules: meta.rules,
    limits: meta.limits,
    environment: registry.environment,
    events,
    anti_patterns: entries,
    retired: [...registry.retired],
  });
}

/** `sha256:<hex>` of canonicalJson(canonical). */
export function contentHash(canonical: CanonicalRegistry): string {
  return `sha256:${createHash("sha256").update(canonicalJson(canonical), "utf8").digest("hex")}`;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
