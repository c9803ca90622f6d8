import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const repo = join(import.meta.dirname, "..", "..", "..");
const bin = join(repo, "packages", "cli", "dist", "bin.js");
const fixtures = "packages/core/test/fixtures";

/** Runs the real CLI as a subprocess. */
function sap(args: string[], cwd = repo) {
  if (!existsSync(bin)) throw new Error(`build the CLI first: ${bin} is missing`);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("sap validate", { timeout: 60_000 }, () => {
  it("accepts the real registry (DIR defaults to ./registry) and prints one summary line", () => {
    const { code, stdout, stderr } = sap(["validate"]);
    expect(stdout).toMatch(
      /^registry\/ valid: \d+ anti-patterns, \d+ event types, version (\d+\.\d+\.\d+\S*|unversioned)\n$/,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("prints each problem as path:line:col  CODE  message  (hint), relative to the cwd, and exits 1", () => {
    const { code, stdout, stderr } = sap(["validate", `${fixtures}/unknown-category`]);
    expect(code).toBe(1);
    expect(stdout).toMatchInlineSnapshot(`
      "packages/core/test/fixtures/unknown-category/anti-patterns/SAP-001.yaml:22:11  SAP-E025  unknown category "spawn-abus"  (did you mean spawn-abuse? categories in registry.yaml: spawn-abuse, trust-boundary, escalation, consent, execution, isolation, scheduling, audit, supply-chain, recovery (or add it there))
      "
    `);
    expect(stderr).toBe(`${fixtures}/unknown-category/: 1 problem\n`);
  });

  it("reports every problem of a registry in one run, sorted by position", () => {
    const { code, stdout } = sap(["validate", `${fixtures}/min-above-max`]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.map((l) => l.split("  ").slice(0, 2).join("  "))).toEqual([
      `${fixtures}/min-above-max/anti-patterns/SAP-001.yaml:43:14  SAP-E033`,
      `${fixtures}/min-above-max/anti-patterns/SAP-001.yaml:44:10  SAP-E034`,
      `${fixtures}/min-above-max/anti-patterns/SAP-001.yaml:77:37  SAP-E052`,
      `${fixtures}/min-above-max/anti-patterns/SAP-001.yaml:91:37  SAP-E052`,
    ]);
  });

  it("prints paths relative to the working directory", () => {
    const { code, stdout } = sap(["validate", "trigger-not-watched"], join(repo, fixtures));
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toMatch(
      /^trigger-not-watched\/anti-patterns\/SAP-001\.yaml:34:34 {2}SAP-E031 {2}/,
    );
  });

  it.each([
    ["malformed-yaml", "SAP-E006"],
    ["non-utf8", "SAP-E004"],
    ["directory-as-file", "SAP-E002"],
    ["empty-file", "SAP-E005"],
    ["missing-registry-yaml", "SAP-E001"],
    ["misspelt-payload-field", "SAP-E041"],
  ])("turns bad input (%s) into a positioned diagnostic, never a crash", (fixture, codeName) => {
    const { code, stdout, stderr } = sap(["validate", `${fixtures}/${fixture}`]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(`^${fixtures}/${fixture}/\\S+:\\d+:\\d+  ${codeName}  .+  \\(.+\\)$`, "m"),
    );
    expect(stderr).not.toMatch(/at .+\.js:\d+/);
  });

  it("reports a missing registry folder and a file given as DIR", () => {
    const missing = sap(["validate", "no-such-registry"]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe(
      "no-such-registry:1:1  SAP-E001  registry folder does not exist  (create it (copy it from the registry/ of this repository), or pass the registry folder as DIR)\n",
    );
    const file = sap(["validate", "package.json"]);
    expect(file.code).toBe(1);
    expect(file.stdout).toMatch(/^package\.json:1:1 {2}SAP-E008 {2}/);
  });

  it("--json prints the result and the diagnostics for machines", () => {
    const bad = sap(["validate", `${fixtures}/tier-less-strict`, "--json"]);
    expect(bad.code).toBe(1);
    const parsed = JSON.parse(bad.stdout) as {
      valid: boolean;
      diagnostics: Record<string, unknown>[];
    };
    expect(parsed.valid).toBe(false);
    expect(parsed.diagnostics).toEqual([
      {
        file: `${fixtures}/tier-less-strict/anti-patterns/SAP-001.yaml`,
        line: 62,
        column: 16,
        code: "SAP-E037",
        message: "tier 2 (downgrade) is less strict than tier 1 (force_stop)",
        hint: "repeat offences must get the same or a stricter outcome; order: downgrade < require_consent < deny < force_stop",
      },
    ]);
    const good = sap(["validate", "--json"]);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ valid: true, diagnostics: [] });
  });

  it("exits 2 on bad usage and 0 on --help", () => {
    expect(sap(["validate", "--nope"]).code).toBe(2);
    expect(sap(["validate", "a", "b"]).code).toBe(2);
    const help = sap(["validate", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: sap validate [DIR] [--json]");
  });
});
