import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadedRegistry } from "@handshake/sap-core";
import { formatDiagnostic, loadRegistry } from "@handshake/sap-core";

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root. */
export const repoRoot = resolve(here, "../../..");

/** The real registry/ directory. */
export const registryDir = resolve(repoRoot, "registry");

let cached: LoadedRegistry | undefined;

/** The real registry, loaded once; fails loudly when it does not load. */
export function realRegistry(): LoadedRegistry {
  if (cached) return cached;
  const { registry, diagnostics } = loadRegistry(registryDir);
  if (!registry) {
    throw new Error(
      `registry/ does not load:\n${diagnostics.map((d) => formatDiagnostic(d)).join("\n")}`,
    );
  }
  cached = registry;
  return registry;
}

/** The version of the published registry package (packages/registry/package.json). */
export function registryVersion(): string {
  const pkg = JSON.parse(
    readFileSync(resolve(repoRoot, "packages/registry/package.json"), "utf8"),
  ) as {
    version: string;
  };
  return pkg.version;
}
