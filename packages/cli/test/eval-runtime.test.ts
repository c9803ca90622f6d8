import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { validateSarif } from "./sarif-schema.js";

/*
 * `sap eval` on the runtime's own output, through the real CLI as a
 * subprocess: the scenario logs of packages/engine/test/fixtures/runtime
 * (README there: which emitter writes each event) in every form, compared
 * with their checked-in expected findings, read with a
 * registry whose catalog carries the `runtime:` blocks (registry/ itself,
 * as in packages/engine/test/runtime), and the ways such input can go wrong.
 */

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const bin = resolve(repoRoot, "packages/cli/dist/bin.js");
const fixtures = "packages/engine/test/fixtures/runtime";
const timeout = 120_000;

/** The engine's test helpers for the runtime forms (another package's tests: loaded, not compiled here). */
async function engineTestModule<T>(name: string): Promise<T> {
  const file = resolve(repoRoot, "packages/engine/test/runtime", name);
  return (await import(pathToFileURL(file).href)) as T;
}
const { runtimeRegistryDir } = await engineTestModule<{ runtimeRegistryDir: () => string }>(
  "runtime-registry.ts",
);
const { toApiArray } = await engineTestModule<{ toApiArray: (events: unknown[]) => string }>(
  "runtime-forms.ts",
);
const { busyRuntime } = await engineTestModule<{ busyRuntime: (n: number) => unknown[] }>(
  "scenarios.ts",
);
const registry = runtimeRegistryDir();
const work = mkdtempSync(join(tmpdir(), "sap-eval-runtime-"));

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function sap(args: readonly string[]): Run {
  const r = spawnSync(process.execPath, [bin, "eval", ...args, "--registry", registry], {
    cwd: repoRoot,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Report {
  summary: { lines: number; events: number; input_findings: number; skipped_unknown_types: number };
  findings: { anti_pattern_id: string; triggering_event_ids: string[]; session_id: string }[];
  input_findings: { code: string; line: number; message: string }[];
  notices: { code: string; message: string }[];
}

function json(run: Run): Report {
  return JSON.parse(run.stdout) as Report;
}

const forms = [
  ["fr.jsonl", "fr-jsonl"],
  ["api.json", "fr-api"],
  ["trace.jsonl", "fr-trace"],
] as const;

const { SCENARIO_NAMES } = await engineTestModule<{ SCENARIO_NAMES: string[] }>("fixture-files.ts");
const { SCENARIOS } = await engineTestModule<{ SCENARIOS: Record<string, () => unknown[]> }>(
  "scenarios.ts",
);
const { scenarioProblems } = await engineTestModule<{
  scenarioProblems: (name: string, findings: unknown[], events: unknown[]) => string[];
}>("scenario-findings.ts");

interface Expected {
  summary: Report["summary"];
  findings: { anti_pattern_id: string; session_id: string; triggering_event_ids: string[] }[];
}

function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(join(repoRoot, fixtures, `${name}.expected.json`), "utf8"));
}

/** A finding as the expected files name it, without its line (which differs between forms). */
function named(f: Expected["findings"][number]): [string, string, string[]] {
  return [f.anti_pattern_id, f.session_id, f.triggering_event_ids];
}

const cases = SCENARIO_NAMES.flatMap((name) =>
  forms.map(([suffix, format]) => [name, `${name}.${suffix}`, format] as const),
);

describe("sap eval on the runtime's logs", () => {
  test.each(cases)(
    "%s: %s (auto-detected, and named %s) gives the checked-in findings, no input finding",
    (name, file, format) => {
      const expected = expectedOf(name);
      expect(
        scenarioProblems(name, expected.findings, (SCENARIOS[name] as () => unknown[])()),
      ).toEqual([]);
      for (const run of [
        sap([join(fixtures, file), "--format", "json"]),
        sap([join(fixtures, file), "--format", "json", "--input-format", format]),
      ]) {
        expect(run.stderr).toBe("");
        expect(run.status).toBe(expected.findings.length > 0 ? 1 : 0);
        const report = json(run);
        expect(report.input_findings).toEqual([]);
        expect(report.notices).toEqual([]);
        expect(report.summary).toMatchObject({
          lines: expected.summary.lines,
          events: expected.summary.events,
          skipped_unknown_types: expected.summary.skipped_unknown_types,
        });
        expect(report.findings.map(named)).toEqual(expected.findings.map(named));
      }
    },
    timeout,
  );

  test(
    "text output names the skipped runtime events; SARIF validates",
    () => {
      const text = sap([join(fixtures, "spawn-tree.api.json")]);
      expect(text.stdout).toContain(
        "48 events evaluated from 50 lines, 2 runtime events of types the registry does not read skipped:",
      );
      const sarif = sap([join(fixtures, "spawn-tree.trace.jsonl"), "--format", "sarif"]);
      expect(validateSarif(JSON.parse(sarif.stdout))).toEqual([]);
    },
    timeout,
  );

  test(
    "a log named in the wrong form fails closed",
    () => {
      const run = sap([join(fixtures, "spawn-tree.fr.jsonl"), "--input-format", "native"]);
      expect(run.status).toBe(2);
      expect(run.stdout).toContain("invalid_envelope  session_id must be a non-empty string");
      const bad = sap([join(fixtures, "spawn-tree.fr.jsonl"), "--input-format", "csv"]);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain(
        "--input-format must be one of auto, native, fr-jsonl, fr-api, fr-trace, duckdb",
      );
    },
    timeout,
  );
});

describe("what a runtime export can get wrong", () => {
  test(
    "a trace.jsonl exported in SafeDefault mode: redacted_payload input findings, exit 2",
    () => {
      const run = sap([join(fixtures, "spawn-tree.trace-safedefault.jsonl")]);
      expect(run.status).toBe(2);
      expect(run.stdout).toContain(
        `${fixtures}/spawn-tree.trace-safedefault.jsonl:1  redacted_payload  payload is the string "[REDACTED:payload_hash:`,
      );
      expect(run.stdout).toContain("export it again in FullLocal mode");
      expect(run.stderr).toContain("49 input findings");
    },
    timeout,
  );

  test(
    "an API dump of exactly 200 events: a notice in every output, not an input finding",
    () => {
      const file = join(work, "dump-200.json");
      writeFileSync(file, toApiArray(busyRuntime(200)));
      const report = sap([file, "--format", "json"]);
      expect(report.status).toBe(0);
      expect(json(report).input_findings).toEqual([]);
      expect(json(report).notices.map((n) => n.code)).toEqual(["dump_may_be_cut"]);
      const text = sap([file]);
      expect(text.stdout).toMatch(
        /^notice: the array holds exactly 200 events, the most GET \/flight_recorder returns/m,
      );
      expect(text.stdout).toContain("GET /flight_recorder?to=");
      const sarif = JSON.parse(sap([file, "--format", "sarif"]).stdout);
      expect(validateSarif(sarif)).toEqual([]);
      expect(sarif.runs[0].invocations[0]).toMatchObject({
        executionSuccessful: true,
        toolExecutionNotifications: [{ level: "note", descriptor: { id: "dump_may_be_cut" } }],
      });
      const smaller = join(work, "dump-199.json");
      writeFileSync(smaller, toApiArray(busyRuntime(199)));
      expect(json(sap([smaller, "--format", "json"])).notices).toEqual([]);
    },
    timeout,
  );

  test(
    "a file with a DuckDB header that is no database: read as DuckDB, refused with the reader's reason",
    () => {
      const file = join(work, "flight_recorder.duckdb");
      const header = Buffer.alloc(4096);
      header.write("DUCK", 8, "latin1");
      writeFileSync(file, header);
      const run = sap([file]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`cannot open ${file} read-only`);
      expect(run.stderr).toContain("Corrupt database file");
      expect(run.stdout).toBe("");
      const stdin = sap(["-", "--input-format", "duckdb"]);
      expect(stdin.status).toBe(2);
      expect(stdin.stderr).toContain("a DuckDB store is read from a file, not stdin");
    },
    timeout,
  );
});
