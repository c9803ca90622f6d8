#!/usr/bin/env node
// Codegen cost and the registry package's size.
//
// Generates the registry package's files (packageFiles: registry.json, typed
// views, payload types, schema types) and the detector stubs (one stubSource per
// entry) for the real registry and for synthetic registries of 1,000 and 10,000
// entries (copies of the real entries under new ids), and prints the time per
// entry and the 10k/1k ratio (linear growth keeps it near 1.0). Then packs
// packages/registry (npm pack --dry-run) and prints its gzip size against the
// 30 KB budget (issue 4), with the largest files compressed one by one, and the
// size of the docs package (the prose, which has no budget).
//
// Needs built packages (pnpm build). Exits 0; it is a benchmark, not a test.
//
//   node bench/codegen.bench.mjs [--json]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const codegen = await import(join(root, "packages/codegen/dist/index.js"));
const core = await import(join(root, "packages/core/dist/index.js"));
const asJson = process.argv.includes("--json");
const BUDGET = 30 * 1024;

const { registry, diagnostics } = core.validateRegistry(join(root, "registry"));
if (registry === undefined || diagnostics.length > 0) {
  console.error(
    `codegen bench: the registry has ${diagnostics.length} problem(s); run sap validate`,
  );
  process.exit(1);
}
const version = JSON.parse(
  readFileSync(join(root, "packages/registry/package.json"), "utf8"),
).version;
const real = codegen.registryDocument(registry, version);
const schemas = codegen.readSchemas(join(root, "registry"));
const historyQuerySource = readFileSync(core.HISTORY_QUERY_SOURCE_FILE, "utf8");
const proseMergeSource = readFileSync(core.PROSE_MERGE_SOURCE_FILE, "utf8");

/** A registry of `n` entries: the real ones cycled under fresh ids. */
function synthetic(n) {
  const base = real.anti_patterns;
  const anti_patterns = Array.from({ length: n }, (_, i) => {
    const copy = structuredClone(base[i % base.length]);
    copy.id = `SAP-${String(i + 1).padStart(5, "0")}`;
    copy.slug = `${copy.slug}-${i + 1}`;
    delete copy.replaced_by;
    copy.status = copy.status === "deprecated" ? "stable" : copy.status;
    return copy;
  });
  return { ...real, anti_patterns, retired: [] };
}

const context = (document) => ({
  document,
  importFrom: "@handshake/session-anti-patterns",
  command: "npx sap stubs --out detectors",
});

async function measure(document) {
  const n = document.anti_patterns.length;
  let t = performance.now();
  const files = await codegen.packageFiles({
    document,
    schemas,
    historyQuerySource,
    proseMergeSource,
    docsPackagePath: "../registry-docs",
    command: "pnpm sap generate",
  });
  const packageMs = performance.now() - t;
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.contents), 0);
  // Stubs are generated in a consumer's project, from the machine registry.json.
  const machine = codegen.splitDocument(document).machine;
  t = performance.now();
  const ctx = context(machine);
  for (const entry of machine.anti_patterns) codegen.stubSource(entry, ctx);
  const stubsMs = performance.now() - t;
  return {
    entries: n,
    packageMs,
    stubsMs,
    bytes,
    perEntryPackageMs: packageMs / n,
    perEntryStubMs: stubsMs / n,
  };
}

await measure(real); // warm-up: JIT, ts-morph and json-schema-to-typescript initialisation
const rows = [];
rows.push({ name: "real", ...(await measure(real)) });
rows.push({ name: "1k", ...(await measure(synthetic(1_000))) });
rows.push({ name: "10k", ...(await measure(synthetic(10_000))) });
const at = (name) => rows.find((r) => r.name === name);
const ratio = {
  package: at("10k").perEntryPackageMs / at("1k").perEntryPackageMs,
  stubs: at("10k").perEntryStubMs / at("1k").perEntryStubMs,
};

/** `npm pack --dry-run` of a workspace package: gzip size, unpacked size, files. */
function packed(dir) {
  return JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: join(root, dir),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  )[0];
}
const pack = packed("packages/registry");
const docsPack = packed("packages/registry-docs");
const largest = pack.files
  .map((f) => {
    const text = readFileSync(join(root, "packages/registry", f.path));
    return { path: f.path, bytes: text.length, gzip: gzipSync(text, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip)
  .slice(0, 6);
const examplesGzip = gzipSync(JSON.stringify(real.anti_patterns.map((e) => e.examples)), {
  level: 9,
}).length;

const result = {
  rows,
  ratio,
  packed: {
    gzipBytes: pack.size,
    unpackedBytes: pack.unpackedSize,
    files: pack.entryCount,
    budgetBytes: BUDGET,
  },
  docsPacked: {
    gzipBytes: docsPack.size,
    unpackedBytes: docsPack.unpackedSize,
    files: docsPack.entryCount,
  },
  largest,
  examplesGzipBytes: examplesGzip,
};
if (asJson) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const f = (ms) => `${ms.toFixed(3)} ms`;
  console.log("registry  entries  package codegen  per entry    stubs        per entry    output");
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(9)} ${String(r.entries).padStart(7)}  ${f(r.packageMs).padStart(14)}  ${f(r.perEntryPackageMs).padStart(11)}  ${f(r.stubsMs).padStart(11)}  ${f(r.perEntryStubMs).padStart(11)}  ${(r.bytes / 1024).toFixed(0)} KB`,
    );
  }
  console.log(
    `per-entry ratio 10k/1k: package ${ratio.package.toFixed(2)}, stubs ${ratio.stubs.toFixed(2)} (1.00 = linear)`,
  );
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  console.log(
    `packed @handshake/session-anti-patterns: ${kb(pack.size)} gzip (${kb(pack.unpackedSize)} unpacked, ${pack.entryCount} files); budget ${kb(BUDGET)}: ${pack.size <= BUDGET ? "within" : "OVER"}`,
  );
  console.log(
    `packed @handshake/session-anti-patterns-docs (the prose, no budget): ${kb(docsPack.size)} gzip (${kb(docsPack.unpackedSize)} unpacked, ${docsPack.entryCount} files)`,
  );
  console.log("largest files of the registry package (gzip -9 each):");
  for (const l of largest)
    console.log(`  ${l.path.padEnd(36)} ${kb(l.bytes).padStart(9)} -> ${kb(l.gzip)}`);
  console.log(`  (the entries' examples, in the docs package: ${kb(examplesGzip)} gzip)`);
}
