import { arr, field, isObject, type Json, type JsonObject, str } from "./json.js";
import type { EntryStatus } from "./policy.js";

/**
 * The parts of a canonical registry the diff reads. The diff takes `unknown`
 * (the canonical JSON of `canonicalRegistry`, or a release snapshot) and reads it
 * through this view, so a field the canonical form adds later still shows up (as
 * `entry.other` / `metadata.other`) instead of being missed.
 */
export interface RegistryView {
  /** Live entries by id. */
  readonly entries: ReadonlyMap<string, JsonObject>;
  /** Tombstones by id. */
  readonly retired: ReadonlyMap<string, JsonObject>;
  /** Event definitions by event_type. */
  readonly events: ReadonlyMap<string, JsonObject>;
  /** Everything else at the top level (severities, outcomes, limits, environment, ...). */
  readonly meta: JsonObject;
}

/** Top-level keys that are not registry content: release stamps and the shipped history. */
export const STAMP_KEYS = ["version", "content_hash", "history", "$schema"] as const;

const CONTENT_KEYS = ["anti_patterns", "retired", "events"];

export function viewOf(registry: unknown): RegistryView {
  if (!isObject(registry)) throw new TypeError("a registry must be a JSON object");
  const meta: Record<string, Json> = {};
  for (const [k, v] of Object.entries(registry)) {
    if (!CONTENT_KEYS.includes(k) && !(STAMP_KEYS as readonly string[]).includes(k)) meta[k] = v;
  }
  return {
    entries: byKey(field(registry, "anti_patterns"), "id"),
    retired: byKey(field(registry, "retired"), "id"),
    events: byKey(field(registry, "events"), "event_type"),
    meta,
  };
}

/** Items of a list (or values of a map) by a string key field. */
function byKey(value: Json | undefined, key: string): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  const items = Array.isArray(value)
    ? value
    : isObject(value)
      ? Object.entries(value).map(([k, v]) =>
          isObject(v) && v[key] === undefined ? { ...v, [key]: k } : v,
        )
      : [];
  for (const item of items) {
    const k = str(item, key);
    if (isObject(item) && k !== undefined) out.set(k, item);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function statusOf(entry: JsonObject | undefined): EntryStatus | undefined {
  const s = str(entry, "status");
  return s === "experimental" || s === "stable" || s === "deprecated" ? s : undefined;
}

/** Ids of a vocabulary list (severities, outcomes, ...) in registry order. */
export function vocabularyIds(meta: JsonObject, key: string): string[] {
  return arr(meta, key)
    .map((item) => str(item, "id"))
    .filter((id): id is string => id !== undefined);
}
