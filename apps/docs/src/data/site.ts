/** Per-build derived data shared by pages, computed once per registry file version. */
import type { LinkTargets } from "./format.ts";
import { normalizeHistory, type Release } from "./history.ts";
import { loadRegistry } from "./registry.ts";
import type { Registry } from "./types.ts";

export interface Site {
  registry: Registry;
  releases: Release[] | undefined;
  targets: LinkTargets;
}

let cached: { registry: Registry; site: Site } | undefined;

export function site(): Site {
  const registry = loadRegistry();
  if (cached?.registry === registry) return cached.site;
  const value: Site = {
    registry,
    releases: normalizeHistory(registry.history),
    targets: {
      entryIds: new Set(registry.anti_patterns.map((entry) => entry.id)),
      ruleIds: new Set(registry.rules.map((rule) => rule.id)),
      eventTypes: new Set(registry.events.map((event) => event.event_type)),
    },
  };
  cached = { registry, site: value };
  return value;
}
