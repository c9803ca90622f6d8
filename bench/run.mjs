#!/usr/bin/env node
// Runs every benchmark in this folder (bench/*.bench.mjs), one child process each,
// so one benchmark's heap never skews another's memory figures. Each benchmark
// prints its own figures, measured side by side in one run (ratios, not absolute
// goals). Pass names to run a subset: `pnpm bench engine codegen`.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.bench\.mjs$/, "")))
  .sort();

if (benches.length === 0) {
  console.error(
    `bench: nothing to run (looked for ${wanted.join(", ") || "*.bench.mjs"} in bench/)`,
  );
  process.exit(2);
}

let failed = 0;
for (const file of benches) {
  console.log(`\n== ${file} ==`);
  const result = spawnSync(process.execPath, ["--expose-gc", join(here, file)], {
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) {
    failed += 1;
    console.error(`bench: ${file} exited with ${result.status ?? result.signal}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
