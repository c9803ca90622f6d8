import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { entryCoverage, loadRegistry } from "@handshake/sap-core";
import { afterAll, describe, expect, test } from "vitest";
import { consumerProject } from "./consumer-project.js";

/*
 * `sap coverage` as a user runs it: in this repository (registry/) and in a
 * consumer's project from the installed registry.json. The expected facts come
 * from core's entryCoverage on the YAML, never from counts written here: the
 * catalog and the triggers change as the runtime grows.
 */

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const bin = resolve(repoRoot, "packages/cli/dist/bin.js");
const registryPackage = resolve(repoRoot, "packages/registry");
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** The CLI as a consumer runs it (no NODE_PATH from pnpm). */
function sap(cwd: string, args: readonly string[]) {
  const { NODE_PATH: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env });
}

const { registry } = loadRegistry(join(repoRoot, "registry"));
if (registry === undefined) throw new Error("the repository's registry must load");
const want = entryCoverage(registry).map((c) => ({
  id: c.id,
  runs_on_runtime: c.runs_on_runtime,
  missing_events: [...c.missing_events],
}));

describe("sap coverage", () => {
  test("--format json is exactly {entries: [{id, runs_on_runtime, missing_events}]}, ids sorted", () => {
    const run = sap(repoRoot, ["coverage", "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { entries: { id: string }[] };
    expect(Object.keys(json)).toEqual(["entries"]);
    for (const entry of json.entries) {
      expect(Object.keys(entry)).toEqual(["id", "runs_on_runtime", "missing_events"]);
    }
    expect(json.entries.map((e) => e.id)).toEqual(registry.entries.map((e) => e.id).sort());
    expect(json).toEqual({ entries: want });
  });

  test("text: one row per entry with what it waits for, then the count line", () => {
    const run = sap(repoRoot, ["coverage"]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^entry\s+runs on runtime\s+waiting for$/);
    for (const c of want) {
      const row = lines.find((line) => line.startsWith(`${c.id} `));
      expect(row, c.id).toBeDefined();
      expect(row).toMatch(new RegExp(`^${c.id}\\s+${c.runs_on_runtime ? "yes" : "no"}\\b`));
      expect(row?.endsWith(c.missing_events.join(", ")), c.id).toBe(true);
    }
    const running = want.filter((c) => c.runs_on_runtime).length;
    expect(lines.at(-1)).toBe(`${running} of ${want.length} entries run on today's runtime`);
  });

  test("a consumer's project gives the same answer from the installed registry.json", () => {
    const dir = consumerProject(temps);
    const json = sap(dir, ["coverage", "--format", "json"]);
    expect(json.stderr).toBe("");
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ entries: want });
    expect(sap(dir, ["coverage"]).stdout).toBe(sap(repoRoot, ["coverage"]).stdout);
  });

  test("the answer is computed from the data, not read from registry.json's coverage", () => {
    const dir = consumerProject(temps);
    const file = join(dir, "node_modules/@handshake/session-anti-patterns/generated/registry.json");
    const json = JSON.parse(readFileSync(file, "utf8")) as {
      anti_patterns: { coverage: { runs_on_runtime: boolean; missing_events: string[] } }[];
    };
    for (const entry of json.anti_patterns) {
      entry.coverage = { runs_on_runtime: false, missing_events: ["made.up"] };
    }
    writeFileSync(file, JSON.stringify(json));
    const run = sap(dir, ["coverage", "--format", "json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ entries: want });
  });

  test("--registry takes a registry.json; bad usage and a missing registry exit 2", () => {
    const json = resolve(registryPackage, "generated/registry.json");
    const run = sap(repoRoot, ["coverage", "--format", "json", "--registry", json]);
    expect(JSON.parse(run.stdout)).toEqual({ entries: want });
    const bad = sap(repoRoot, ["coverage", "--format", "sarif"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--format must be text or json");
    const empty = mkdtempSync(join(tmpdir(), "sap-coverage-empty-"));
    temps.push(empty);
    const none = sap(empty, ["coverage"]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("@handshake/session-anti-patterns is not installed");
  });
});
