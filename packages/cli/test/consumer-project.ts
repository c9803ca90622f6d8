import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const registryPackage = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../../packages/registry",
);

/**
 * A project with the registry package "installed": its manifest and shipped
 * registry.json, in a new temporary folder whose path is pushed on `temps`
 * (the caller removes them).
 */
export function consumerProject(temps: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "sap-consumer-"));
  temps.push(dir);
  writeFileSync(join(dir, "package.json"), '{ "name": "consumer", "private": true }\n');
  const installed = join(dir, "node_modules/@handshake/session-anti-patterns");
  mkdirSync(join(installed, "generated"), { recursive: true });
  copyFileSync(join(registryPackage, "package.json"), join(installed, "package.json"));
  copyFileSync(
    join(registryPackage, "generated/registry.json"),
    join(installed, "generated/registry.json"),
  );
  return dir;
}
