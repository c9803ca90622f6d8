import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, test } from "vitest";
import { consumerProject } from "./consumer-project.js";

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
const docsPackage = resolve(repoRoot, "packages/registry-docs");
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

/** Installs the docs package (manifest and prose.json, optionally edited) into a consumer project. */
function installDocs(dir: string, edit: (prose: Record<string, unknown>) => void = () => {}): void {
  const installed = join(dir, "node_modules/@handshake/session-anti-patterns-docs");
  mkdirSync(join(installed, "generated"), { recursive: true });
  copyFileSync(join(docsPackage, "package.json"), join(installed, "package.json"));
  const prose = JSON.parse(readFileSync(join(docsPackage, "generated/prose.json"), "utf8"));
  edit(prose);
  writeFileSync(join(installed, "generated/prose.json"), JSON.stringify(prose));
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("sap eval with the installed registry package", () => {
  test("gives the same findings and registry hash as the repository's YAML", () => {
    const fromRepo = sap(repoRoot, ["eval", scenario, "--format", "json"]);
    const fromPackage = sap(consumerProject(temps), ["eval", scenario, "--format", "json"]);
    expect(fromPackage.stderr).toBe("");
    expect(fromPackage.status).toBe(1);
    expect(report(fromPackage.stdout)).toEqual(report(fromRepo.stdout));
  });

  test("without the docs package, --examples says which package to install and exits 2", () => {
    const run = sap(consumerProject(temps), ["eval", "--examples", "SAP-001"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "the example logs ship in @handshake/session-anti-patterns-docs, which is not installed here: npm install -D @handshake/session-anti-patterns-docs@",
    );
  });

  test("with the docs package installed, the prose is joined: every example passes, the same as from the YAML", () => {
    const dir = consumerProject(temps);
    installDocs(dir);
    const fromPackage = sap(dir, ["eval", "--examples", "--format", "json"]);
    const fromRepo = sap(repoRoot, ["eval", "--examples", "--format", "json"]);
    expect(fromPackage.stderr).toBe("");
    expect(fromPackage.status).toBe(0);
    const summary = (
      JSON.parse(fromPackage.stdout) as { summary: { examples: number; failed: number } }
    ).summary;
    expect(summary.examples).toBeGreaterThan(60);
    expect(JSON.parse(fromPackage.stdout)).toEqual(JSON.parse(fromRepo.stdout));
    // Joined, the registry hashes whole again: findings carry the same hash as from the YAML.
    const findings = sap(dir, ["eval", scenario, "--format", "json"]);
    expect(report(findings.stdout)).toEqual(
      report(sap(repoRoot, ["eval", scenario, "--format", "json"]).stdout),
    );
  });

  test("a prose.json from other registry content is refused, naming the file and the version to install", () => {
    const dir = consumerProject(temps);
    installDocs(dir, (prose) => {
      prose.content_hash = "sha256:0000";
      prose.version = "0.0.9";
    });
    const run = sap(dir, ["eval", scenario]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /session-anti-patterns-docs\/generated\/prose\.json: prose\.json \(version 0\.0\.9, sha256:0000\) belongs to other registry content than registry\.json .* install the docs package at version/,
    );
  });

  test("edited prose that no longer hashes to content_hash is refused", () => {
    const dir = consumerProject(temps);
    installDocs(dir, (prose) => {
      const entries = (prose.prose as { anti_patterns: { summary: string }[] }).anti_patterns;
      (entries[0] as { summary: string }).summary = "edited";
    });
    const run = sap(dir, ["eval", scenario]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /declares content_hash sha256:[0-9a-f]{64} but its content hashes to sha256:[0-9a-f]{64}.*\(joined with .*session-anti-patterns-docs\/generated\/prose\.json\)/,
    );
  });

  test("an installed registry.json changed after it was generated is refused, even without the docs package", () => {
    const dir = consumerProject(temps);
    const file = join(dir, "node_modules/@handshake/session-anti-patterns/generated/registry.json");
    const json = JSON.parse(readFileSync(file, "utf8")) as {
      anti_patterns: { id: string; severity: string }[];
    };
    const first = json.anti_patterns[0] as { severity: string };
    first.severity = first.severity === "info" ? "low" : "info";
    writeFileSync(file, JSON.stringify(json));
    const run = sap(dir, ["eval", scenario]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /registry\.json: declares machine_hash sha256:[0-9a-f]{64} but its content hashes to sha256:[0-9a-f]{64}/,
    );
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
