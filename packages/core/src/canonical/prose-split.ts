import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.js";
import type { CanonicalRegistry } from "./canonical-registry.js";

/**
 * The prose of the canonical registry: every member written for people, not
 * read by a trigger, an engine or a type. Each path is a list of keys from the
 * registry's root; `*` is any array index or object key. A path's whole value
 * moves (for example an entry's `examples`, every example log).
 *
 * What stays in the machine registry.json: ids, slugs, titles, vocabularies,
 * triggers, params (type, default, bounds, unit), detection sources and events,
 * enforcement mode, scope and tiers (outcome, from, within), evidence, the
 * DOMAIN rule ids an entry cites, tombstones, limits, the trigger environment's
 * types and the event catalog's payload types: everything two engines need to
 * enforce an entry identically.
 */
export const PROSE_PATHS: readonly (readonly string[])[] = [
  ["description"],
  ["severities", "*", "description"],
  ["categories", "*", "description"],
  ["detection_sources", "*", "description"],
  ["outcomes", "*", "description"],
  ["rules", "*", "title"],
  ["environment", "description"],
  ["environment", "functions", "*", "description"],
  ["environment", "types", "*", "description"],
  ["environment", "types", "*", "fields", "*", "description"],
  ["environment", "variables", "*", "description"],
  ["events", "*", "description"],
  ["events", "*", "payload", "*", "description"],
  ["anti_patterns", "*", "summary"],
  ["anti_patterns", "*", "description"],
  ["anti_patterns", "*", "examples"],
  ["anti_patterns", "*", "detection", "*", "description"],
  ["anti_patterns", "*", "params", "*", "description"],
  ["anti_patterns", "*", "enforcement", "tiers", "*", "action"],
  ["anti_patterns", "*", "evidence", "source_events", "*", "why"],
  ["anti_patterns", "*", "references", "links"],
];

/** A canonical registry split in two: what machines read, and the prose, at the same paths. */
export interface SplitRegistry {
  readonly machine: Record<string, unknown>;
  /** Objects keep only members with prose; arrays keep their length, null where an item has none. */
  readonly prose: Record<string, unknown>;
}

/**
 * Splits `canonical` along PROSE_PATHS. `withProse` (prose-merge.ts) is its
 * inverse: withProse(machine, prose) deep-equals canonical.
 */
export function splitProse(canonical: CanonicalRegistry | Record<string, unknown>): SplitRegistry {
  const { machine, prose } = splitValue(canonical, PROSE_PATHS);
  return {
    machine: machine as Record<string, unknown>,
    prose: (prose ?? {}) as Record<string, unknown>,
  };
}

interface Parts {
  readonly machine: unknown;
  /** undefined when the value holds no prose. */
  readonly prose: unknown;
}

function splitValue(value: unknown, paths: readonly (readonly string[])[]): Parts {
  if (paths.length === 0 || value === null || typeof value !== "object") {
    return { machine: value, prose: undefined };
  }
  if (Array.isArray(value)) {
    const inner = pathsUnder(paths, undefined);
    const parts = value.map((item) => splitValue(item, inner));
    const hasProse = parts.some((p) => p.prose !== undefined);
    return {
      machine: parts.map((p) => p.machine),
      prose: hasProse ? parts.map((p) => p.prose ?? null) : undefined,
    };
  }
  const machine: Record<string, unknown> = {};
  const prose: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (paths.some((path) => path.length === 1 && (path[0] === key || path[0] === "*"))) {
      prose[key] = child;
      continue;
    }
    const parts = splitValue(child, pathsUnder(paths, key));
    machine[key] = parts.machine;
    if (parts.prose !== undefined) prose[key] = parts.prose;
  }
  return { machine, prose: Object.keys(prose).length > 0 ? prose : undefined };
}

/** The rest of each path whose first step matches `key` (undefined: an array index). */
function pathsUnder(
  paths: readonly (readonly string[])[],
  key: string | undefined,
): (readonly string[])[] {
  return paths
    .filter((path) => path.length > 1 && (path[0] === "*" || path[0] === key))
    .map((path) => path.slice(1));
}

/**
 * `sha256:<hex>` of the canonical JSON of the registry's machine half (what
 * registry.json carries besides version, hashes and extra sections). The
 * machine registry.json declares it as `machine_hash`, so a tool holding only
 * that file can check it was not changed; `content_hash` (of the full registry)
 * stays the registry's identity.
 */
export function machineHash(canonical: CanonicalRegistry): string {
  const { machine } = splitProse(canonical);
  return `sha256:${createHash("sha256").update(canonicalJson(machine), "utf8").digest("hex")}`;
}
