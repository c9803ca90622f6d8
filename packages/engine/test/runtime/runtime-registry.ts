import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadedRegistry } from "@handshake/sap-core";
import { formatDiagnostic, loadRegistry } from "@handshake/sap-core";

/*
 * The real registry/ for the runtime-form tests: its catalog carries the
 * runtime's own event types, fields and `runtime` blocks (checked against the
 * runtime's code), so the fixtures built from the runtime's emitters replay
 * through exactly what users evaluate.
 */

const here = dirname(fileURLToPath(import.meta.url));
const registryDir = resolve(here, "../../../../registry");

let loaded: LoadedRegistry | undefined;

/** The registry directory the runtime-form tests evaluate with. */
export function runtimeRegistryDir(): string {
  return registryDir;
}

/** The registry, loaded once; fails loudly when it does not load. */
export function runtimeRegistry(): LoadedRegistry {
  if (loaded) return loaded;
  const { registry, diagnostics } = loadRegistry(registryDir);
  if (!registry) {
    throw new Error(
      `registry/ does not load:\n${diagnostics.map((d) => formatDiagnostic(d)).join("\n")}`,
    );
  }
  loaded = registry;
  return registry;
}
