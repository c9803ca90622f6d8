#!/usr/bin/env node
// The turbo `generate` task of this package: the same generator as `pnpm sap generate`
// (@handshake/sap-codegen), called directly so the task depends on codegen and core
// only, not on every change to the CLI. Writes only files whose bytes change.
//   node scripts/generate.mjs [--check]
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { generatePackage } from "@handshake/sap-codegen";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const command = "pnpm sap generate";
const result = await generatePackage({
  registryDir: join(packageDir, "..", "..", "registry"),
  packageDir,
  check,
  command,
});
for (const d of result.diagnostics) {
  console.log(
    `${d.file}:${d.line}:${d.column}  ${d.code}  ${d.message}${d.hint ? `  (${d.hint})` : ""}`,
  );
}
if (result.diagnostics.length > 0) {
  console.error(
    `generate: the registry has ${result.diagnostics.length} problem(s); nothing was generated.`,
  );
  process.exit(1);
}
for (const c of result.changes)
  console.error(`${check ? "stale" : c.kind}: ${posix.join("packages/registry", c.path)}`);
if (check && result.changes.length > 0) {
  console.error(`Generated files are not up to date. Run: ${command}`);
  process.exit(1);
}
