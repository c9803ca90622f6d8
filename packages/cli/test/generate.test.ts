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
const registrySrc = join(repo, "packages", "registry", "src");

/*
 * `sap generate` as a user runs it: arguments, messages, exit codes, atomic
 * writes, on a copy of this repository's registry/. What the generator writes,
 * file by file, is codegen's to test (packages/codegen/test/generate-package.test.ts).
 */

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

/** A temp registry package (package.json at 1.0.0 and the hand-written src) plus a copy of registry/. */
function workspace(): { root: string; registry: string; pkg: string } {
  const root = mkdtempSync(join(tmpdir(), "sap-generate-"));
  const registry = join(root, "registry");
  const pkg = join(root, "pkg");
  cpSync(join(repo, "registry"), registry, { recursive: true });
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

  test("writes both packages' files in one run, says how many; a second run writes nothing", () => {
    const { root, pkg } = workspace();
    const first = sap(root, "generate", "--registry", "registry", "--out", "pkg");
    expect(first.stderr).toBe("");
    expect(first.stdout).toBe("sap generate: 20 of 20 files written\n");
    expect(
      files(pkg).filter((f) => !f.startsWith("src/") || f.startsWith("src/generated/")),
    ).toEqual([
      "generated/registry.json",
      "package.json",
      ...["anti-pattern", "common", "environment", "events", "registry", "retired"].map(
        (name) => `schemas/${name}.schema.json`,
      ),
      "src/generated/entries.ts",
      "src/generated/events.ts",
      "src/generated/history-query.ts",
      "src/generated/schema-types.ts",
      "src/generated/vocabulary.ts",
    ]);
    // The docs package beside it (the default --docs-out).
    expect(files(join(root, "registry-docs"))).toContain("generated/prose.json");
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
