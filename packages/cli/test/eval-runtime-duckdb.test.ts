import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { RuntimeEnvelope } from "@handshake/sap-duckdb/testing";
import { createRuntimeDuckDb } from "@handshake/sap-duckdb/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

/*
 * The runtime scenarios of packages/engine/test/fixtures/runtime (a spawn
 * tree over the depth limit, a requester over the children cap, a delegation
 * storm, a cascade that misses a live descendant, a busy legitimate tree) as
 * the runtime stores them: each written into a real DuckDB file created with
 * the runtime's `CREATE TABLE IF NOT EXISTS events` (createRuntimeDuckDb, as
 * src/flight_recorder/duckdb.rs `insert_event` binds each event, its time as
 * `to_rfc3339()` writes it), then read by the real `sap eval` as a
 * subprocess: the checked-in expected findings and no input finding.
 */

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const bin = resolve(repoRoot, "packages/cli/dist/bin.js");
const fixtures = resolve(repoRoot, "packages/engine/test/fixtures/runtime");
const timeout = 120_000;

/** The engine's test helpers for the runtime forms (another package's tests: loaded, not compiled here). */
async function engineTestModule<T>(name: string): Promise<T> {
  const file = resolve(repoRoot, "packages/engine/test/runtime", name);
  return (await import(pathToFileURL(file).href)) as T;
}
const { runtimeRegistryDir } = await engineTestModule<{ runtimeRegistryDir: () => string }>(
  "runtime-registry.ts",
);
const { storedEnvelope } = await engineTestModule<{
  storedEnvelope: (event: unknown) => RuntimeEnvelope;
}>("runtime-forms.ts");
const { SCENARIOS } = await engineTestModule<{ SCENARIOS: Record<string, () => unknown[]> }>(
  "scenarios.ts",
);
const { scenarioProblems } = await engineTestModule<{
  scenarioProblems: (name: string, findings: unknown[], events: unknown[]) => string[];
}>("scenario-findings.ts");

interface Projected {
  summary: Record<string, number>;
  findings: {
    anti_pattern_id: string;
    session_id: string;
    line: number;
    timestamp: string;
    triggering_event_ids: string[];
  }[];
}

interface Report extends Projected {
  input_findings: unknown[];
  notices: unknown[];
}

let work = "";
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "sap-eval-runtime-duckdb-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("sap eval on the runtime scenarios' DuckDB stores", () => {
  test.each(Object.keys(SCENARIOS))(
    "%s: a DuckDB file made with the runtime's CREATE TABLE gives the checked-in findings, no input finding",
    async (name) => {
      const events = (SCENARIOS[name] as () => unknown[])();
      const expected = JSON.parse(
        readFileSync(join(fixtures, `${name}.expected.json`), "utf8"),
      ) as Projected;
      expect(scenarioProblems(name, expected.findings, events)).toEqual([]);

      // The runtime names its store flight_recorder.db; the CLI detects it by its magic bytes.
      const store = join(work, `${name}.flight_recorder.db`);
      await createRuntimeDuckDb(store, events.map(storedEnvelope));
      const run = spawnSync(
        process.execPath,
        [bin, "eval", store, "--format", "json", "--registry", runtimeRegistryDir()],
        { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 << 20 },
      );
      expect(run.stderr).toBe("");
      expect(run.status).toBe(expected.findings.length > 0 ? 1 : 0);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.input_findings).toEqual([]);
      expect(report.notices).toEqual([]);
      // Rows are read in time order, so each finding's line is the one of the JSON Lines log.
      expect({
        summary: report.summary,
        findings: report.findings.map((f) => ({
          anti_pattern_id: f.anti_pattern_id,
          session_id: f.session_id,
          line: f.line,
          timestamp: f.timestamp,
          triggering_event_ids: f.triggering_event_ids,
        })),
      }).toEqual(expected);
    },
    timeout,
  );
});

describe("the README's DuckDB example", () => {
  test(
    "is what sap eval prints for the cascade-miss store named flight_recorder.db (registry hash shortened)",
    async () => {
      const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
      const command = "$ pnpm sap eval flight_recorder.db\n";
      const start = readme.indexOf(`\`\`\`console\n${command}`);
      expect(start, "README has the console block").toBeGreaterThanOrEqual(0);
      const body = readme.slice(start + "```console\n".length + command.length);
      const shown = body.slice(0, body.indexOf("```\n"));

      const dir = join(work, "readme");
      mkdirSync(dir);
      const events = (SCENARIOS["cascade-miss"] as () => unknown[])();
      await createRuntimeDuckDb(join(dir, "flight_recorder.db"), events.map(storedEnvelope));
      const run = spawnSync(
        process.execPath,
        [bin, "eval", "flight_recorder.db", "--registry", runtimeRegistryDir()],
        { cwd: dir, encoding: "utf8" },
      );
      expect(run.stderr).toBe("");
      expect(run.status).toBe(1);
      const shorten = (text: string) =>
        text
          .replace(/sha256:([0-9a-f]{8})[0-9a-f]{56}/g, "sha256:$1…")
          .replace(/sha256:[0-9a-f]{8}…/g, "sha256:<hash>…");
      expect(shorten(shown)).toBe(shorten(run.stdout));
      // The shortened hash shown is this registry's.
      const hash = /sha256:([0-9a-f]{64})/.exec(run.stdout)?.[1] ?? "";
      expect(shown).toContain(`sha256:${hash.slice(0, 8)}…`);
    },
    timeout,
  );
});
