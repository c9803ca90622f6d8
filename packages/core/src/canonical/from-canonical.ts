import type { LoadedEvent, LoadedRegistry } from "../model.js";
import type { CanonicalRegistry } from "./canonical-registry.js";

/**
 * The loaded form of a shipped registry.json (the canonical registry, with or
 * without `version`, `content_hash` and other extra sections), so the engine can
 * run in a consumer's project from the installed package alone, with no YAML.
 * `source` names the file in positions and messages. The round trip is exact:
 * canonicalRegistry(registryFromCanonical(c)) equals c, so the content hash a
 * finding carries is the one the package was published with.
 */
export function registryFromCanonical(
  canonical: CanonicalRegistry,
  source: string,
): LoadedRegistry {
  const copy = structuredClone(canonical);
  const events = new Map<string, LoadedEvent>();
  for (const event of copy.events) events.set(event.event_type, { ...event, file: source });
  return {
    dir: source,
    meta: {
      name: copy.name,
      title: copy.title,
      description: copy.description,
      severities: copy.severities,
      categories: copy.categories,
      detection_sources: copy.detection_sources,
      outcomes: copy.outcomes,
      rules: copy.rules,
      limits: copy.limits,
    },
    environment: copy.environment,
    events,
    entries: copy.anti_patterns.map((entry) => ({ ...entry, file: source })),
    retired: copy.retired,
  };
}
