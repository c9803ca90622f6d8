import type { LoadedEvent, LoadedRegistry } from "../model.js";
import { type CanonicalRegistry, canonicalRegistry, contentHash } from "./canonical-registry.js";
import { PROSE_MARKER } from "./prose-merge.js";
import { machineHash } from "./prose-split.js";

/**
 * The loaded form of a shipped registry.json (the canonical registry, with or
 * without `version`, `content_hash` and other extra sections), so the engine can
 * run in a consumer's project from the installed package alone, with no YAML.
 * `source` names the file in positions and messages. The round trip is exact:
 * canonicalRegistry(registryFromCanonical(c)) equals c, so the content hash a
 * finding carries is the one the package was published with.
 *
 * A machine registry.json (it has the `prose_in` marker: its prose ships in the
 * docs package) loads without prose and keeps the content hash it declares,
 * since that hash covers the prose too; its `machine_hash`, when declared, must
 * match the machine members. A full document that declares a `content_hash`
 * must match it. A mismatch throws, naming the file. Each entry's `coverage`
 * is derived data outside both hashes and is dropped.
 */
export function registryFromCanonical(
  canonical: CanonicalRegistry,
  source: string,
): LoadedRegistry {
  const copy = structuredClone(canonical) as CanonicalRegistry & Record<string, unknown>;
  const declared = typeof copy.content_hash === "string" ? copy.content_hash : undefined;
  const machineOnly = PROSE_MARKER in copy;
  if (machineOnly && declared === undefined) {
    throw new Error(`${source}: a machine registry.json must declare its content_hash`);
  }
  const events = new Map<string, LoadedEvent>();
  for (const event of copy.events) events.set(event.event_type, { ...event, file: source });
  const registry: LoadedRegistry = {
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
    // `coverage` (registry.json's derived per-entry member) is not registry
    // content: it is left out, and recomputed from the data with entryCoverage.
    entries: copy.anti_patterns.map((entry) => {
      const { coverage: _coverage, ...rest } = entry as typeof entry & { coverage?: unknown };
      return { ...rest, file: source };
    }),
    retired: copy.retired,
  };
  if (machineOnly && declared !== undefined) {
    const declaredMachine = typeof copy.machine_hash === "string" ? copy.machine_hash : undefined;
    if (declaredMachine !== undefined) {
      const actual = machineHash(canonicalRegistry(registry));
      if (actual !== declaredMachine) {
        throw new Error(
          `${source}: declares machine_hash ${declaredMachine} but its content hashes to ${actual}; the file was changed after it was generated (reinstall the package)`,
        );
      }
    }
    registry.machineOnly = { declaredContentHash: declared };
  } else if (declared !== undefined) {
    const actual = contentHash(canonicalRegistry(registry));
    if (actual !== declared) {
      throw new Error(
        `${source}: declares content_hash ${declared} but its content hashes to ${actual}; the file was changed after it was generated`,
      );
    }
  }
  return registry;
}
