import type { LoadedRegistry } from "@handshake/sap-core";
import { canonicalRegistry, contentHash, entryCoverage, machineHash } from "@handshake/sap-core";
import type { RegistryDocument } from "./model.js";

/** Keys of registry.json that codegen itself writes; an extra section may not reuse them. */
const RESERVED = ["version", "content_hash", "machine_hash"];

/**
 * registry.json's content: core's canonical registry, the package `version`,
 * the `content_hash` of the canonical content (without version or extra
 * sections), the `machine_hash` of its machine half, and optional extra sections (for example `history`, written by
 * the release tooling) added beside them. Each entry also carries its
 * `coverage` (core's entryCoverage: does it run on the events the runtime
 * records today, and which proposed events it waits for). Coverage is derived
 * from hashed members (triggers, event origins, environment `built_from`), so
 * it is outside both hashes, like `history`: hashing it would add nothing to
 * the registry's identity and would make a release's hash depend on the
 * coverage rules of the tool that generated it. Tools recompute it rather
 * than trust it (registryFromCanonical drops it).
 */
export function registryDocument(
  registry: LoadedRegistry,
  version: string,
  extraSections: Readonly<Record<string, unknown>> = {},
): RegistryDocument {
  const canonical = canonicalRegistry(registry);
  for (const key of Object.keys(extraSections)) {
    if (RESERVED.includes(key) || key in canonical) {
      throw new Error(
        `registry.json extra section "${key}" would overwrite a field of the registry; choose another name`,
      );
    }
  }
  const coverage = new Map(entryCoverage(registry).map(({ id, ...facts }) => [id, facts] as const));
  return {
    ...canonical,
    anti_patterns: canonical.anti_patterns.map((entry) => ({
      ...entry,
      coverage: coverage.get(entry.id),
    })),
    version,
    content_hash: contentHash(canonical),
    machine_hash: machineHash(canonical),
    ...extraSections,
  } as unknown as RegistryDocument;
}
