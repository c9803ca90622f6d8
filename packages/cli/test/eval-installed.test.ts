import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, test } from "vitest";

/*
 * `sap eval` in a consumer's project: no registry/ directory, only the installed
 * registry package. The findings and the content hash must be the ones the
 * repository's YAML gives.
 */

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const bin = resolve(repoRoot, "packages/cli/dist/bin.js");
const scenario = resolve(
  repoRoot,
  "packages/engine/test/fixtures/scenarios/child-widens-grants.jsonl",
);
const registryPackage = resolve(repoRoot, "packages/registry");
const temps: string[] = [];

/** The CLI as a consumer runs it: no NODE_PATH (pnpm sets one for scripts that would find the workspace's packages). */
function sap(cwd: string, args: readonly string[]) {
  const { NODE_PATH: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env });
}

/** The JSON report without its `source`, which names the log as the caller wrote it. */
function report(stdout: string): unknown {
  const { source: _source, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
  return rest;
}

/** A project with the registry package "installed": its manifest and shipped registry.json. */
function consumerProject(): string {
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

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("sap eval with the installed registry package", () => {
  test("gives the same findings and registry hash as the repository's YAML", () => {
    const fromRepo = sap(repoRoot, ["eval", scenario, "--format", "json"]);
    const fromPackage = sap(consumerProject(), ["eval", scenario, "--format", "json"]);
    expect(fromPackage.stderr).toBe("");
    expect(fromPackage.status).toBe(1);
    expect(report(fromPackage.stdout)).toEqual(report(fromRepo.stdout));
  });

  test("--registry takes a registry.json file", () => {
    const json = resolve(registryPackage, "generated/registry.json");
    const run = sap(repoRoot, ["eval", scenario, "--registry", json]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("SAP-011");
  });

  test("with neither a registry/ nor the package, says what to pass and exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "sap-empty-"));
    temps.push(dir);
    const run = sap(dir, ["eval", scenario]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("@handshake/session-anti-patterns is not installed");
    expect(run.stderr).toContain("--registry");
  });

  test("a JSON file that is not a registry is refused with exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "sap-notreg-"));
    temps.push(dir);
    writeFileSync(join(dir, "x.json"), '{"hello": 1}');
    const run = sap(dir, ["eval", scenario, "--registry", "x.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("is not a registry.json");
  });
});
