import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";

const repo = join(import.meta.dirname, "..", "..", "..");
const bin = join(repo, "packages", "cli", "dist", "bin.js");
const fixtureRegistry = join(repo, "packages", "codegen", "test", "fixtures", "registry");
const snapshots = join(repo, "packages", "codegen", "test", "__snapshots__", "cli-generate");
const registrySrc = join(repo, "packages", "registry", "src");
const SCHEMAS = [
  "anti-pattern.schema.json",
  "common.schema.json",
  "environment.schema.json",
  "events.schema.json",
  "registry.schema.json",
  "retired.schema.json",
];

/**
 * The schema without `description`, `examples` and `$comment` keywords (a
 * property of that name under `properties` stays): written here independently
 * of codegen's version, so the two check each other.
 */
function withoutAnnotations(node: unknown, underMap = false): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutAnnotations(n));
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!underMap && ["description", "examples", "$comment"].includes(key)) continue;
    if (!underMap && ["enum", "const", "default"].includes(key)) out[key] = value;
    else if (!underMap && ["properties", "patternProperties", "$defs"].includes(key)) {
      out[key] = withoutAnnotations(value, true);
    } else out[key] = withoutAnnotations(value);
  }
  return out;
}

function sap(cwd: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  // Without the NODE_PATH vitest sets, so the CLI resolves packages as it would for a user.
  const { NODE_PATH: _ignored, ...env } = process.env;
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split("\\").join("/"))
    .sort();
}

/** A temp registry package (package.json at 1.0.0 and the hand-written src) plus a copy of the fixture registry. */
function workspace(): { root: string; registry: string; pkg: string } {
  const root = mkdtempSync(join(tmpdir(), "sap-generate-"));
  const registry = join(root, "registry");
  const pkg = join(root, "pkg");
  cpSync(fixtureRegistry, registry, { recursive: true });
  mkdirSync(join(pkg, "src"), { recursive: true });
  for (const name of readdirSync(registrySrc)) {
    if (name.endsWith(".ts")) cpSync(join(registrySrc, name), join(pkg, "src", name));
  }
  writeFileSync(
    join(pkg, "package.json"),
    `${JSON.stringify({ name: "@handshake/session-anti-patterns", version: "1.0.0", type: "module" }, null, 2)}\n`,
  );
  return { root, registry, pkg };
}

describe("sap generate", () => {
  test("--check is clean on this repository's registry and committed package", () => {
    const run = sap(repo, "generate", "--check");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  }, 60_000);

  test("writes the full package output for the fixture registry, equal to the committed snapshots; a second run writes nothing", async () => {
    const { root, pkg } = workspace();
    const docs = join(root, "registry-docs");
    const first = sap(root, "generate", "--registry", "registry", "--out", "pkg");
    expect(first.stderr).toBe("");
    expect(first.stdout).toBe("sap generate: 20 of 20 files written\n");
    const written = files(pkg).filter(
      (f) => !f.startsWith("src/") || f.startsWith("src/generated/"),
    );
    expect(written.filter((f) => f !== "package.json")).toEqual([
      "generated/registry.json",
      ...SCHEMAS.map((name) => `schemas/${name}`),
      "src/generated/entries.ts",
      "src/generated/events.ts",
      "src/generated/history-query.ts",
      "src/generated/schema-types.ts",
      "src/generated/vocabulary.ts",
    ]);
    // The docs package beside it (the default --docs-out): prose, annotated schemas, the join.
    expect(files(docs)).toEqual([
      "generated/prose.json",
      ...SCHEMAS.map((name) => `schemas/${name}`),
      "src/generated/prose-merge.ts",
    ]);
    for (const file of written.filter((f) => !f.startsWith("schemas/") && f !== "package.json")) {
      await expect(readFileSync(join(pkg, file), "utf8")).toMatchFileSnapshot(
        join(snapshots, file),
      );
    }
    await expect(readFileSync(join(docs, "generated/prose.json"), "utf8")).toMatchFileSnapshot(
      join(snapshots, "registry-docs", "generated/prose.json"),
    );
    for (const name of SCHEMAS) {
      const authored = readFileSync(join(fixtureRegistry, "schema", name), "utf8");
      // The docs package: byte for byte. The registry package: the same assertions, minified.
      expect(readFileSync(join(docs, "schemas", name), "utf8")).toBe(authored);
      const shipped = readFileSync(join(pkg, "schemas", name), "utf8");
      expect(shipped.split("\n")).toHaveLength(2);
      expect(JSON.parse(shipped)).toEqual(withoutAnnotations(JSON.parse(authored)));
    }
    const annotated = readFileSync(join(docs, "schemas", "anti-pattern.schema.json"), "utf8");
    const stripped = readFileSync(join(pkg, "schemas", "anti-pattern.schema.json"), "utf8");
    expect(stripped.length).toBeLessThan(JSON.stringify(JSON.parse(annotated)).length);
    const again = sap(root, "generate", "--registry", "registry", "--out", "pkg");
    expect(again).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(sap(root, "generate", "--check", "--registry", "registry", "--out", "pkg").code).toBe(0);
  }, 60_000);

  test("--docs-out puts the docs package elsewhere", () => {
    const { root } = workspace();
    const run = sap(root, "generate", "--registry", "registry", "--out", "pkg", "--docs-out", "d");
    expect(run.code).toBe(0);
    expect(files(join(root, "d"))).toContain("generated/prose.json");
    expect(existsSync(join(root, "registry-docs"))).toBe(false);
  }, 60_000);

  test("tsc (strict) accepts the generated package", () => {
    const { root, pkg } = workspace();
    expect(sap(root, "generate", "--registry", "registry", "--out", "pkg").code).toBe(0);
    writeFileSync(
      join(pkg, "tsconfig.json"),
      JSON.stringify({
        extends: join(repo, "tsconfig.base.json"),
        compilerOptions: { rootDir: ".", noEmit: true, types: [] },
        include: ["src"],
      }),
    );
    const tsc = spawnSync(
      process.execPath,
      [join(repo, "node_modules", "typescript", "bin", "tsc"), "-p", pkg],
      {
        encoding: "utf8",
      },
    );
    expect(tsc.stdout).toBe("");
    expect(tsc.status).toBe(0);
  }, 120_000);

  test("--check after a registry edit names each stale file and the fix, and writes nothing", () => {
    const { root, registry, pkg } = workspace();
    expect(sap(root, "generate", "--registry", "registry", "--out", "pkg").code).toBe(0);
    const before = readFileSync(join(pkg, "src", "generated", "entries.ts"), "utf8");
    const file = join(registry, "anti-patterns", "SAP-001.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("severity: high", "severity: critical"));
    const check = sap(root, "generate", "--check", "--registry", "registry", "--out", "pkg");
    expect(check.code).toBe(1);
    expect(check.stderr).toMatchInlineSnapshot(`
      "registry-docs/generated/prose.json: stale
      pkg/generated/registry.json: stale
      pkg/src/generated/entries.ts: stale
      pkg/src/generated/vocabulary.ts: stale
      Generated files are not up to date (4 of 20). Run: pnpm sap generate
      "
    `);
    expect(readFileSync(join(pkg, "src", "generated", "entries.ts"), "utf8")).toBe(before);
  }, 60_000);

  test("an invalid registry writes nothing and says why", () => {
    const { root, registry, pkg } = workspace();
    const file = join(registry, "anti-patterns", "SAP-001.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("severity: high", "severity: extreme"));
    const run = sap(root, "generate", "--registry", "registry", "--out", "pkg");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("SAP-001.yaml:");
    expect(run.stderr).toContain("nothing was generated");
    expect(
      files(pkg).filter((f) => !f.startsWith("src/") || f.startsWith("src/generated")),
    ).toEqual(["package.json"]);
  }, 60_000);
});
