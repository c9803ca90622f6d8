import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { EvaluationResult, Finding } from "../src/index.js";
import { evaluateRuntimeRecords, evaluateText, formatJson, formatText } from "../src/index.js";
import type { RuntimeEvent } from "./runtime/emitters.js";
import { checkedIn, fixtureDir, fixtureTexts, SCENARIO_NAMES } from "./runtime/fixture-files.js";
import { duckdbRecord, toApiArray, toTrace } from "./runtime/runtime-forms.js";
import { runtimeRegistry } from "./runtime/runtime-registry.js";
import type { ProjectedFinding } from "./runtime/scenario-findings.js";
import { scenarioProblems } from "./runtime/scenario-findings.js";
import { busyRuntime, SCENARIOS, spawnTree } from "./runtime/scenarios.js";

/*
 * The runtime's own output, in each form it leaves the runtime (README in
 * test/fixtures/runtime): each scenario (a spawn tree over the depth limit,
 * a requester over the children cap, a delegation storm, a cascade that
 * misses a live descendant, a busy legitimate tree) read from JSON Lines of
 * envelopes, the API's array, a debug bundle's trace.jsonl and DuckDB rows
 * gives the same findings, the ones checked in, and no input finding.
 */

const registry = runtimeRegistry();
const opts = { registryVersion: "0.0.0-test" };

/** A finding without its log lines (which differ between forms by design). */
function lineless(f: Finding): unknown {
  const { line: _line, triggering_lines: _lines, ...rest } = f;
  return rest;
}

function read(name: string): string {
  return readFileSync(join(fixtureDir, name), "utf8");
}

describe("the checked-in runtime logs", () => {
  test("are what the emitters in test/runtime write (SAP_UPDATE_FIXTURES=1 rewrites them)", () => {
    for (const [name, text] of Object.entries(fixtureTexts())) {
      expect(checkedIn(name, text), name).toBe(text);
    }
  });

  test("carry +00:00 times with 6 and 9 fraction digits, Z times in the trace, nulls and echoed payload ids", () => {
    const jsonl = read("spawn-tree.fr.jsonl");
    expect(jsonl).toMatch(/"timestamp":"2026-06-22T10:00:00\.\d{6}\+00:00"/);
    expect(jsonl).toMatch(/"timestamp":"2026-06-22T10:00:00\.\d{9}\+00:00"/);
    expect(jsonl).toContain('"token_count":null');
    expect(jsonl).toContain('"total_cost_usd":null');
    expect(jsonl).toContain('"concurrency_group":null');
    expect(jsonl).toContain('"type":"session.created","event_id":"FR-EVT-SESS-001"');
    expect(read("spawn-tree.trace.jsonl")).toMatch(/"timestamp":"[^"]+\.\d{9}Z","actor"/);
    expect(read("spawn-tree.trace.jsonl")).toContain('"event_type":"session_spawn_announce_back"');
  });
});

/** The projection the checked-in `<scenario>.expected.json` holds. */
function projection(r: EvaluationResult) {
  return {
    summary: r.summary,
    findings: r.findings.map((f) => ({
      anti_pattern_id: f.anti_pattern_id,
      session_id: f.session_id,
      line: f.line,
      timestamp: f.timestamp,
      triggering_event_ids: f.triggering_event_ids,
    })),
  };
}

describe.each(SCENARIO_NAMES)("scenario %s in every runtime form", (name) => {
  const events = (SCENARIOS[name] as () => RuntimeEvent[])();
  // Read when the suite starts: the first describe may have just written the files.
  let jsonl: EvaluationResult;
  let api: EvaluationResult;
  let trace: EvaluationResult;
  let named: { jsonl: EvaluationResult; api: EvaluationResult; trace: EvaluationResult };
  beforeAll(() => {
    jsonl = evaluateText(registry, read(`${name}.fr.jsonl`), opts);
    api = evaluateText(registry, read(`${name}.api.json`), opts);
    trace = evaluateText(registry, read(`${name}.trace.jsonl`), opts);
    named = {
      jsonl: evaluateText(registry, read(`${name}.fr.jsonl`), { ...opts, inputFormat: "fr-jsonl" }),
      api: evaluateText(registry, read(`${name}.api.json`), { ...opts, inputFormat: "fr-api" }),
      trace: evaluateText(registry, read(`${name}.trace.jsonl`), {
        ...opts,
        inputFormat: "fr-trace",
      }),
    };
  });

  test("no input findings, no notice; every line an event or a skipped runtime event", () => {
    // One GET /flight_recorder answer: fewer than its 200 events, so no dump_may_be_cut notice.
    expect(events.length).toBeLessThan(200);
    for (const r of [jsonl, api, trace, named.jsonl, named.api, named.trace]) {
      expect(r.input_findings).toEqual([]);
      expect(r.notices).toEqual([]);
      expect(r.summary.lines).toBe(events.length);
      expect(r.summary.events + r.summary.skipped_unknown_types).toBe(events.length);
    }
  });

  test("as the runtime runs them, a session's jobs run one after another", () => {
    // A job ends with a state change out of ACTIVE naming it, its session.completed or its
    // session_scheduler.cancelled; the session's next job is dispatched only after that.
    const running = new Map<string, string>();
    for (const e of events) {
      const session = String(e.payload.session_id ?? "");
      const job = String(e.payload.job_id ?? "");
      if (e.event_type === "session_scheduler.dispatch") {
        expect(running.get(session), `${session}: ${job} dispatched while another job runs`).toBe(
          undefined,
        );
        running.set(session, job);
      }
      const ends =
        (e.event_type === "session.state_change" && e.payload.to_state !== "ACTIVE") ||
        e.event_type === "session.completed" ||
        e.event_type === "session_scheduler.cancelled";
      if (ends && running.get(session) === job) running.delete(session);
    }
  });

  test("the same findings whatever the form, auto-detected or named", () => {
    const want = jsonl.findings.map(lineless);
    for (const r of [api, trace, named.jsonl, named.api, named.trace]) {
      expect(r.findings.map(lineless)).toEqual(want);
    }
    expect(trace.findings).toEqual(jsonl.findings);
  });

  test("an array event's line is its 1-based position in the array (newest first)", () => {
    const n = events.length;
    expect(api.findings.map((f) => f.line)).toEqual(jsonl.findings.map((f) => n + 1 - f.line));
    expect(api.findings.map((f) => f.triggering_lines)).toEqual(
      jsonl.findings.map((f) => f.triggering_lines.map((l) => n + 1 - l)),
    );
  });

  test("DuckDB rows fed as parsed envelopes (VARCHAR times) give the same findings", async () => {
    const rows = events.map(duckdbRecord);
    expect(rows[0]?.timestamp).toMatch(/^2026-06-22 \d\d:00:00\.\d{1,6}\+00$/);
    const fromRows = await evaluateRuntimeRecords(registry, rows, opts);
    expect(fromRows.input_findings).toEqual([]);
    expect(fromRows.findings).toEqual(jsonl.findings);
  });

  test("the findings as checked in (SAP_UPDATE_FIXTURES=1 rewrites them after an intended change)", () => {
    const want = projection(jsonl);
    const text = `${JSON.stringify(want, null, 2)}\n`;
    expect(JSON.parse(checkedIn(`${name}.expected.json`, text))).toEqual(want);
  });

  test("the checked-in findings are the ones the scenario is about", () => {
    const expected = JSON.parse(read(`${name}.expected.json`)) as {
      findings: ProjectedFinding[];
    };
    expect(scenarioProblems(name, expected.findings, events)).toEqual([]);
  });
});

describe("the spawn tree", () => {
  test("a spawn_accepted names no model_session_id: its session is the requester in the payload", () => {
    const jsonl = evaluateText(registry, read("spawn-tree.fr.jsonl"), opts);
    expect(jsonl.summary).toMatchObject({ lines: 50, events: 48, skipped_unknown_types: 2 });
    const deep = jsonl.findings.find((f) => f.anti_pattern_id === "SAP-002");
    expect(deep?.session_id).toBe("sess-c3");
  });
});

describe("a debug bundle not exported in FullLocal mode", () => {
  test("SafeDefault: every event the registry reads is a redacted_payload input finding saying to export in FullLocal mode", () => {
    const r = evaluateText(registry, read("spawn-tree.trace-safedefault.jsonl"), opts);
    expect(r.summary.events).toBe(0);
    expect(new Set(r.input_findings.map((f) => f.code))).toEqual(new Set(["redacted_payload"]));
    // the diagnostic is of a type the registry does not read: skipped, not a finding
    expect(r.summary.skipped_unknown_types).toBe(1);
    expect(r.input_findings).toHaveLength(49);
    expect(r.input_findings[0]?.message).toContain("export it again in FullLocal mode");
    expect(r.input_findings[0]?.message).toContain("[REDACTED:payload_hash:");
  });

  test("Workspace: a JSON preview string of at most 500 characters is redacted too", () => {
    const text = toTrace(spawnTree(), "Workspace");
    const r = evaluateText(registry, text, opts);
    expect(r.summary.events).toBe(0);
    expect(r.input_findings.every((f) => f.code === "redacted_payload")).toBe(true);
    expect(r.input_findings[2]?.message).toContain(
      'payload is the string "{\\"type\\":\\"session.created\\"',
    );
  });
});

describe("the API's 200-event limit", () => {
  function dump(n: number): EvaluationResult {
    return evaluateText(registry, toApiArray(busyRuntime(n)), opts);
  }

  test("exactly 200 events: a notice (not an input finding) on how to get every event", () => {
    const r = dump(200);
    expect(r.input_findings).toEqual([]);
    expect(r.summary.events).toBe(200);
    expect(r.notices.map((n) => n.code)).toEqual(["dump_may_be_cut"]);
    expect(r.notices[0]?.message).toContain("DuckDB");
    expect(r.notices[0]?.message).toContain("to=");
    expect(formatText(r, "dump.json")).toContain(`notice: ${r.notices[0]?.message}`);
    expect(JSON.parse(formatJson(r, "dump.json")).notices).toEqual(r.notices);
  });

  test("199 events: no notice", () => {
    expect(dump(199).notices).toEqual([]);
  });
});
