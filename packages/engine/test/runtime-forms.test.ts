import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { EvaluationResult, Finding } from "../src/index.js";
import { evaluateRuntimeRecords, evaluateText, formatJson, formatText } from "../src/index.js";
import { checkedIn, fixtureDir, fixtureTexts } from "./runtime/fixture-files.js";
import { duckdbRecord, toApiArray, toTrace } from "./runtime/runtime-forms.js";
import { runtimeRegistry } from "./runtime/runtime-registry.js";
import { busyRuntime, spawnTree } from "./runtime/scenarios.js";

/*
 * The runtime's own output, in each form it leaves the runtime (README in
 * test/fixtures/runtime): the same spawn tree read from JSON Lines of
 * envelopes, the API's array, a debug bundle's trace.jsonl and DuckDB rows
 * gives the same findings and no input finding.
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

describe("one spawn tree in every runtime form", () => {
  const jsonl = evaluateText(registry, read("spawn-tree.fr.jsonl"), opts);
  const api = evaluateText(registry, read("spawn-tree.api.json"), opts);
  const trace = evaluateText(registry, read("spawn-tree.trace.jsonl"), opts);
  const named = {
    jsonl: evaluateText(registry, read("spawn-tree.fr.jsonl"), {
      ...opts,
      inputFormat: "fr-jsonl",
    }),
    api: evaluateText(registry, read("spawn-tree.api.json"), { ...opts, inputFormat: "fr-api" }),
    trace: evaluateText(registry, read("spawn-tree.trace.jsonl"), {
      ...opts,
      inputFormat: "fr-trace",
    }),
  };
  const events = spawnTree();

  test("no input findings; the runtime's other event types skipped and counted", () => {
    for (const r of [jsonl, api, trace, named.jsonl, named.api, named.trace]) {
      expect(r.input_findings).toEqual([]);
      expect(r.summary).toMatchObject({ lines: 50, events: 48, skipped_unknown_types: 2 });
      expect(r.notices).toEqual([]);
    }
  });

  test("the same findings whatever the form, auto-detected or named", () => {
    const want = jsonl.findings.map(lineless);
    expect(want.length).toBeGreaterThan(0);
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
    expect(rows[0]?.timestamp).toMatch(/^2026-06-22 10:00:00\.\d{1,6}\+00$/);
    const fromRows = await evaluateRuntimeRecords(registry, rows, opts);
    expect(fromRows.input_findings).toEqual([]);
    expect(fromRows.findings).toEqual(jsonl.findings);
  });

  test("the findings as checked in (SAP_UPDATE_FIXTURES=1 rewrites them after an intended change)", () => {
    const projection = {
      summary: jsonl.summary,
      findings: jsonl.findings.map((f) => ({
        anti_pattern_id: f.anti_pattern_id,
        session_id: f.session_id,
        line: f.line,
        timestamp: f.timestamp,
        triggering_event_ids: f.triggering_event_ids,
      })),
    };
    const text = `${JSON.stringify(projection, null, 2)}\n`;
    expect(JSON.parse(checkedIn("spawn-tree.expected.json", text))).toEqual(projection);
  });

  test("a spawn_accepted names no model_session_id: its session is the requester in the payload", () => {
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
