import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadRegistry } from "@handshake/sap-core";
import { describe, expect, test } from "vitest";
import { validateSarif } from "./sarif-schema.js";

/*
 * `sap eval` through the real CLI, as a subprocess: every scenario log gives
 * exactly its checked-in findings and exit code, the SARIF output validates
 * against the SARIF 2.1.0 schema, and bad input fails closed with exit 2.
 */

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const bin = resolve(repoRoot, "packages/cli/dist/bin.js");
const fixtures = resolve(repoRoot, "packages/engine/test/fixtures");
const scenarios = join(fixtures, "scenarios");
const update = process.env.SAP_UPDATE_SCENARIOS === "1";
/** Each case starts the CLI a few times; CI machines may be busy. */
const timeout = 120_000;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function sap(args: readonly string[], input?: string): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    input: input ?? "",
    maxBuffer: 64 << 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFinding {
  anti_pattern_id: string;
  outcome: string;
  tier: number;
  occurrence: number;
  mode: string;
  session_id: string;
  line: number;
  triggering_event_ids: string[];
  missing_source_events: string[];
}

/** What a scenario's expected file pins: no hashes, so unrelated registry edits keep it valid. */
function projection(run: Run): unknown {
  const report = JSON.parse(run.stdout) as {
    summary: unknown;
    findings: JsonFinding[];
    input_findings: { code: string; line: number }[];
  };
  return {
    exit_code: run.status,
    summary: report.summary,
    findings: report.findings.map((f) => ({
      anti_pattern_id: f.anti_pattern_id,
      outcome: f.outcome,
      tier: f.tier,
      occurrence: f.occurrence,
      mode: f.mode,
      session_id: f.session_id,
      line: f.line,
      triggering_event_ids: f.triggering_event_ids,
      missing_source_events: f.missing_source_events,
    })),
    input_findings: report.input_findings.map((f) => ({ code: f.code, line: f.line })),
  };
}

const logs = readdirSync(scenarios)
  .filter((f) => f.endsWith(".jsonl"))
  .sort();

describe("sap eval on the scenario logs", () => {
  test(
    "there are scenario logs",
    () => {
      expect(logs.length).toBeGreaterThanOrEqual(4);
    },
    timeout,
  );

  test.each(logs)(
    "%s gives its expected findings",
    (log) => {
      const run = sap([
        "eval",
        join("packages/engine/test/fixtures/scenarios", log),
        "--format",
        "json",
      ]);
      expect(run.stderr).toBe("");
      const got = projection(run);
      const expectedFile = join(scenarios, log.replace(/\.jsonl$/, ".expected.json"));
      if (update || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, `${JSON.stringify(got, null, 2)}\n`);
      }
      expect(got).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
    },
    timeout,
  );

  test.each(logs)(
    "%s: stdin, text and json agree and are deterministic",
    (log) => {
      const text = readFileSync(join(scenarios, log), "utf8");
      const fromFile = sap([
        "eval",
        join("packages/engine/test/fixtures/scenarios", log),
        "--format",
        "json",
      ]);
      const fromStdin = sap(["eval", "-", "--format", "json"], text);
      expect(fromStdin.status).toBe(fromFile.status);
      const a = JSON.parse(fromFile.stdout) as { source: string };
      const b = JSON.parse(fromStdin.stdout) as { source: string };
      expect(b.source).toBe("stdin");
      expect({ ...b, source: a.source }).toEqual(a);
      expect(sap(["eval", "-", "--format", "json"], text).stdout).toBe(fromStdin.stdout);
      const human = sap(["eval", "-"], text);
      expect(human.status).toBe(fromFile.status);
      for (const id of new Set(
        JSON.parse(fromFile.stdout).findings.map((f: JsonFinding) => f.session_id),
      )) {
        expect(human.stdout).toContain(`session ${id as string}  (`);
      }
    },
    timeout,
  );

  test.each(logs)(
    "%s: SARIF 2.1.0 output validates against the schema",
    (log) => {
      const run = sap([
        "eval",
        join("packages/engine/test/fixtures/scenarios", log),
        "--format",
        "sarif",
      ]);
      const sarif = JSON.parse(run.stdout) as {
        version: string;
        runs: {
          tool: { driver: { rules: { id: string; helpUri: string }[] } };
          results: unknown[];
        }[];
      };
      expect(validateSarif(sarif)).toEqual([]);
      expect(sarif.version).toBe("2.1.0");
      const rules = sarif.runs[0]?.tool.driver.rules ?? [];
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) {
        expect(rule.helpUri).toBe(
          `https://handshake.dev/session-anti-patterns/anti-patterns/${rule.id.toLowerCase()}/`,
        );
      }
      const json = JSON.parse(
        sap(["eval", join("packages/engine/test/fixtures/scenarios", log), "--format", "json"])
          .stdout,
      );
      expect(sarif.runs[0]?.results.length).toBe(json.findings.length);
    },
    timeout,
  );
});

describe("sap eval --examples", () => {
  test(
    "every example of the real registry passes through the CLI",
    () => {
      const run = sap(["eval", "--examples", "--format", "json"]);
      const report = JSON.parse(run.stdout) as {
        summary: { examples: number; failed: number };
        examples: { anti_pattern_id: string; name: string; ok: boolean; problems: string[] }[];
      };
      expect(report.examples.filter((e) => !e.ok)).toEqual([]);
      expect(report.summary.failed).toBe(0);
      expect(report.summary.examples).toBeGreaterThan(0);
      expect(run.status).toBe(0);
    },
    timeout,
  );

  test(
    "a wrong expectation fails with the entry, the example and what came out",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "sap-eval-examples-"));
      try {
        cpSync(resolve(repoRoot, "registry"), join(dir, "registry"), { recursive: true });
        const file = join(dir, "registry", "anti-patterns", "SAP-001.yaml");
        const text = readFileSync(file, "utf8");
        // the first expected outcome of the first must-trigger example becomes another one
        const at = text.indexOf("expect:");
        const rest = text
          .slice(at)
          .replace(/outcome: ([a-z_]+)/, (_m, o: string) =>
            o === "force_stop" ? "outcome: deny" : "outcome: force_stop",
          );
        const changed = text.slice(0, at) + rest;
        expect(at).toBeGreaterThan(0);
        expect(changed).not.toBe(text);
        writeFileSync(file, changed);
        const run = sap(["eval", "--examples", "SAP-001", "--registry", join(dir, "registry")]);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/FAIL SAP-001 must trigger: .+\n\s+expected (force_stop|deny)/);
        expect(run.stdout).toContain("1 fail");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    timeout,
  );
});

/** SAP-001's int threshold param (the spawn storm) and its upper bound, read from the registry. */
const storm = (() => {
  const entry = loadRegistry(resolve(repoRoot, "registry")).registry?.entries.find(
    (e) => e.id === "SAP-001",
  );
  const found = Object.entries(entry?.params ?? {}).find(
    ([, p]) => p?.type === "int" && typeof p.max === "number",
  );
  if (!found) throw new Error("SAP-001 has no int param with a maximum");
  return { name: found[0], max: found[1]?.max as number };
})();

describe("sap eval fails closed", () => {
  test(
    "a log with a bad line, an unknown event type and a bad payload exits 2 naming each line",
    () => {
      const good = readFileSync(join(scenarios, "child-widens-grants.jsonl"), "utf8").split("\n");
      const input = [
        good[0],
        "{not json",
        JSON.stringify({
          event_id: "x1",
          event_type: "session.teleported",
          timestamp: "2026-03-01T12:00:01.000Z",
          session_id: "lead",
          payload: {},
        }),
        JSON.stringify({
          event_id: "x2",
          event_type: "session.message",
          timestamp: "2026-03-01T12:00:01.000Z",
          session_id: "lead",
          payload: { session_id: "lead" },
        }),
        "",
      ].join("\n");
      const run = sap(["eval", "-", "--format", "json"], input);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("3 input findings");
      const report = JSON.parse(run.stdout) as { input_findings: { code: string; line: number }[] };
      expect(report.input_findings.map((f) => [f.line, f.code])).toEqual([
        [2, "invalid_json"],
        [3, "unknown_event_type"],
        [4, "invalid_payload"],
      ]);
      const text = sap(["eval", "-"], input);
      expect(text.stdout).toContain("stdin:2  invalid_json");
    },
    timeout,
  );

  test(
    "usage errors exit 2",
    () => {
      expect(sap(["eval"]).status).toBe(2);
      expect(sap(["eval", "a.jsonl", "b.jsonl"]).status).toBe(2);
      expect(sap(["eval", "-", "--format", "xml"]).status).toBe(2);
      const missing = sap(["eval", "no/such/log.jsonl"]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain("no/such/log.jsonl");
    },
    timeout,
  );

  test(
    "an out-of-bounds or unknown param is an error, not a clamp",
    () => {
      const params = join(mkdtempSync(join(tmpdir(), "sap-eval-params-")), "params.json");
      writeFileSync(
        params,
        JSON.stringify({ "SAP-001": { [storm.name]: storm.max + 1, nope: 1 }, "SAP-999": {} }),
      );
      const run = sap(["eval", "-", "--params", params], "");
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`SAP-001.${storm.name}: ${storm.max + 1} is above the maximum`);
      expect(run.stderr).toContain("SAP-001.nope: unknown param");
      expect(run.stderr).toContain("SAP-999: no such anti-pattern");
    },
    timeout,
  );

  test(
    "params within bounds change the findings and are recorded",
    () => {
      const params = join(mkdtempSync(join(tmpdir(), "sap-eval-params-")), "params.json");
      writeFileSync(params, JSON.stringify({ "SAP-001": { [storm.name]: storm.max } }));
      const log = join("packages/engine/test/fixtures/scenarios", "spawn-storm.jsonl");
      const run = sap(["eval", log, "--params", params, "--format", "json"]);
      const report = JSON.parse(run.stdout) as { findings: JsonFinding[] };
      expect(report.findings.filter((f) => f.anti_pattern_id === "SAP-001")).toEqual([]);
    },
    timeout,
  );

  test(
    "an empty log, a closed stdin or blank lines exit 2 after the report unless --allow-empty",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "sap-eval-empty-"));
      const emptyFile = join(dir, "empty.jsonl");
      writeFileSync(emptyFile, "");
      for (const [args, input] of [
        [["eval", "-"], ""],
        [["eval", "-", "--format", "json"], "\n\n  \n"],
        [["eval", emptyFile], undefined],
      ] as const) {
        const run = sap([...args], input);
        expect(run.status, args.join(" ")).toBe(2);
        expect(run.stdout, args.join(" ")).toMatch(/0 events evaluated|"events": ?0/);
        expect(run.stderr).toContain("is empty");
        expect(run.stderr).toContain("--allow-empty");
      }
      const allowed = sap(["eval", "-", "--allow-empty"], "");
      expect(allowed.status).toBe(0);
      expect(allowed.stdout).toContain("0 events evaluated");
      expect(allowed.stderr).toBe("");
    },
    timeout,
  );

  test(
    "a log of only runtime events the registry does not read is not empty",
    () => {
      const line = JSON.stringify({
        event_id: "0197a000-0000-7000-8000-000000000001",
        trace_id: "0197a000-0000-7000-8000-000000000002",
        timestamp: "2026-06-22T10:00:00.000000+00:00",
        actor: "system",
        actor_id: "system",
        event_type: "diagnostic",
        wsids: [],
        payload: { diagnostic_id: "d1" },
      });
      const run = sap(["eval", "-"], `${line}\n`);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("1 runtime event of types the registry does not read skipped");
    },
    timeout,
  );
});
