import type { LoadedRegistry } from "@handshake/sap-core";
import { canonicalRegistry, contentHash, machineHash } from "@handshake/sap-core";
import type { RegistryDocument } from "./model.js";

/** Keys of registry.json that codegen itself writes; an extra section may not reuse them. */
const RESERVED = ["version", "content_hash", "machine_hash"];

/**
 * registry.json's content: core's canonical registry, the package `version`,
 * the `content_hash` of the canonical content (without version or extra
 * sections), the `machine_hash` of its machine half, and optional extra sections (for example `history`, written by
 * the release tooling) added beside them.
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
  return {
    ...canonical,
    version,
    content_hash: contentHash(canonical),
    machine_hash: machineHash(canonical),
    ...extraSections,
  } as unknown as RegistryDocument;
}
