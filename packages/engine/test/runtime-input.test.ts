import type { LoadedEvent, LoadedRegistry } from "@handshake/sap-core";
import { describe, expect, test } from "vitest";
import type { EvaluationResult } from "../src/index.js";
import {
  evaluateEvents,
  evaluateRuntimeRecords,
  evaluateText,
  formatText,
  parseRuntimeTimestamp,
} from "../src/index.js";
import { realRegistry } from "./helpers.js";
import type { Instant, Job, RuntimeEvent } from "./runtime/emitters.js";
import {
  capabilityCheck,
  diagnostic,
  resetIds,
  schedulerDispatch,
  sessionCreated,
  sessionMessage,
  spawnAccepted,
  systemDowngrade,
  uuid,
} from "./runtime/emitters.js";
import { duckdbRecord, rfc3339, serdeTime } from "./runtime/runtime-forms.js";
import { runtimeRegistry } from "./runtime/runtime-registry.js";
import { created, makeEntry } from "./synthetic.js";

/*
 * Reading runtime envelopes event by event: event type names, session
 * attribution, the payload's echoed type and event_id, nulls, timestamps,
 * unknown types, and mixing native and runtime lines.
 */

const opts = { registryVersion: "0.0.0-test" };
const T0 = Date.UTC(2026, 5, 22, 10);

/**
 * `llm_inference` as the catalog will describe it (runtime.job_from:
 * trace_id). Test-only: the emitter's `token_usage` object has no catalog
 * payload type yet, so these payloads leave it out.
 */
const llmInference: LoadedEvent = {
  id: "FR-EVT-LLM-INFER-001",
  event_type: "llm_inference",
  origin: "runtime",
  title: "Model call completed",
  description: "One completed model call (src/llm/ollama.rs, emit_llm_inference_event).",
  runtime: {
    type_name: "llm_inference",
    job_from: "trace_id",
    emitters: [{ file: "src/llm/ollama.rs", function: "emit_llm_inference_event" }],
    checked: "6519f4e2",
  },
  payload: {
    trace_id: { type: "string", description: "The job." },
    model_id: { type: "string", description: "Model." },
    prompt_hash: { type: "string", optional: true, description: "Hash." },
    response_hash: { type: "string", optional: true, description: "Hash." },
    latency_ms: { type: "int", optional: true, description: "Latency." },
  },
  family: "test",
  file: "test",
};

/** The overlaid catalog plus llm_inference, with one always-true entry per given event type. */
function catchAll(...types: string[]): LoadedRegistry {
  const base = runtimeRegistry();
  const events = new Map(base.events);
  events.set(llmInference.event_type, llmInference);
  const entries = types.map((t, i) =>
    makeEntry({
      id: `SAP-9${String(i).padStart(2, "0")}`,
      trigger: { on: [t], condition: "true" },
    }),
  );
  return { ...base, events, entries };
}

/** event_id → the session the engine attributed it to (from the catch-all findings). */
function sessions(result: EvaluationResult): Record<string, string> {
  return Object.fromEntries(result.findings.map((f) => [f.triggering_event_ids[0], f.session_id]));
}

let n = 0;
function at(): Instant {
  n++;
  return { ms: T0 + n * 10, subNs: 123_456 };
}

/** An event as a JSON envelope with a +00:00 time (the API's and DuckDB's dotted names). */
function wire(e: RuntimeEvent, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { at: time, serdeType: _s, ...rest } = e;
  return { ...rest, wsids: [...e.wsids], timestamp: rfc3339(time), ...overrides };
}

const job = (k: number, session: string, parent?: string): Job => ({
  jobId: uuid(1, k),
  session,
  depth: parent === undefined ? 0 : 1,
  role: "Coder",
  lane: "SUBAGENT",
  ...(parent === undefined ? {} : { parent }),
});

describe("event types", () => {
  resetIds();
  const j = job(1, "s1");
  const registry = catchAll(
    "session.created",
    "session.spawn_accepted",
    "trust_boundary.system_downgrade",
  );

  test("dotted Display names and serde snake_case names both resolve", () => {
    const c = sessionCreated(at(), j);
    const child = job(2, "s2", "s1");
    const a = spawnAccepted(at(), child);
    const r = evaluateEvents(
      registry,
      [
        wire(c),
        wire({ ...c, event_id: "e-serde" }, { event_type: "session_created" }),
        wire(a, { event_type: "session_spawn_accepted" }),
      ],
      opts,
    );
    expect(r.input_findings).toEqual([]);
    expect(r.findings.map((f) => f.triggering_event_ids[0])).toEqual([
      c.event_id,
      "e-serde",
      a.event_id,
    ]);
  });

  test("a record type (system) resolves by payload.type; other system events are skipped", () => {
    const d = systemDowngrade(at(), j, "m1", null, null);
    const other = wire({ ...d, event_id: "e-status", payload: { status: "running" } });
    const unnamed = wire({ ...d, event_id: "e-other", payload: { type: "workflow.node_started" } });
    const r = evaluateEvents(registry, [wire(d), other, unnamed], opts);
    expect(r.input_findings).toEqual([]);
    expect(r.findings.map((f) => [f.triggering_event_ids[0], f.session_id])).toEqual([
      [d.event_id, "s1"],
    ]);
    expect(r.summary.skipped_unknown_types).toBe(2);
  });

  test("a system record without payload.type resolves by its runtime.payload_match, in the job's session", () => {
    // mark_workflow_job_failed_if_non_terminal (src/workflows.rs): no type, no session.
    const failed = (eventId: string, error: string) => ({
      ...wire(systemDowngrade(at(), j, "m1", null, null)),
      event_id: eventId,
      model_session_id: null,
      payload: {
        component: "workflow_engine",
        message: "workflow finalization failed after async dispatch",
        job_id: j.jobId,
        workflow_run_id: uuid(2, 9),
        error,
      },
    });
    const r = evaluateEvents(
      catchAll("workflow_engine.finalization_failed"),
      [
        wire(sessionCreated(at(), j)),
        failed("e-failed", "llm error: upstream 502"),
        {
          ...wire(systemDowngrade(at(), j, "m1", null, null)),
          event_id: "e-other-message",
          payload: { component: "workflow_engine", message: "workflow started", job_id: j.jobId },
        },
        failed("e-second", "timeout"),
      ],
      opts,
    );
    expect(r.input_findings).toEqual([]);
    expect(r.findings.map((f) => [f.triggering_event_ids[0], f.session_id])).toEqual([
      ["e-failed", "s1"],
      ["e-second", "s1"],
    ]);
    expect(r.summary.skipped_unknown_types).toBe(1);
  });

  test("runtime event types the catalog does not know are skipped and counted; in a native envelope they stay input findings", () => {
    const r = evaluateEvents(
      registry,
      [
        wire(diagnostic(at(), j.jobId, "d1")),
        wire({ ...sessionCreated(at(), j), event_id: "e-tc" }, { event_type: "terminal_command" }),
        created(0, "native-session"),
        { ...created(1, "native-session"), event_type: "terminal_command" },
      ],
      opts,
    );
    expect(r.summary.skipped_unknown_types).toBe(2);
    expect(r.input_findings.map((f) => [f.line, f.code])).toEqual([[4, "unknown_event_type"]]);
    expect(formatText(r, "log")).toContain(
      "1 event evaluated from 4 lines, 2 runtime events of types the registry does not read skipped",
    );
  });
});

describe("session attribution", () => {
  resetIds();
  const registry = catchAll(
    "capability_action",
    "llm_inference",
    "session.created",
    "session.spawn_accepted",
    "session_scheduler.dispatch",
  );
  const j = job(1, "s1");
  const llm = (time: Instant, traceId: string, id: string) => ({
    event_id: id,
    trace_id: traceId,
    timestamp: rfc3339(time),
    actor: "agent",
    actor_id: "agent",
    event_type: "llm_inference",
    job_id: null,
    workflow_id: null,
    model_id: "m",
    model_session_id: null,
    wsids: [],
    activity_span_id: null,
    session_span_id: null,
    capability_id: null,
    policy_decision_id: null,
    payload: { type: "llm_inference", trace_id: traceId, model_id: "m", latency_ms: 5 },
  });

  test("job-linked events: the job's session once an earlier event named it, else job:<id>; nothing at all: trace:<id>", () => {
    const before = capabilityCheck(at(), j, "model.run", "allow");
    const llmBefore = llm(at(), j.jobId, "llm-before");
    const c = sessionCreated(at(), j);
    const after = capabilityCheck(at(), j, "fs.read", "allow");
    const llmAfter = llm(at(), j.jobId, "llm-after");
    const orphan = capabilityCheck(at(), j, "net.http", "deny");
    const r = evaluateEvents(
      registry,
      [
        wire(before),
        llmBefore,
        wire(c),
        wire(after),
        llmAfter,
        wire(orphan, { job_id: null, payload: { ...orphan.payload, job_id: null } }),
      ],
      opts,
    );
    expect(r.input_findings).toEqual([]);
    expect(sessions(r)).toEqual({
      [before.event_id]: `job:${j.jobId}`,
      "llm-before": `job:${j.jobId}`,
      [c.event_id]: "s1",
      [after.event_id]: "s1",
      "llm-after": "s1",
      [orphan.event_id]: `trace:${j.jobId}`,
    });
  });

  test("model_session_id first, then the payload's session field; never an empty session", () => {
    const child = job(2, "s2", "s1");
    const a = spawnAccepted(at(), child);
    const d = schedulerDispatch(at(), j, 3);
    const r = evaluateEvents(
      registry,
      [wire(a), wire(d), wire({ ...d, event_id: "d2" }, { model_session_id: "" })],
      opts,
    );
    expect(r.input_findings).toEqual([]);
    expect(sessions(r)).toEqual({ [a.event_id]: "s1", [d.event_id]: "s1", d2: "s1" });
  });

  test("a payload session field that disagrees with model_session_id is an input finding naming both", () => {
    const d = schedulerDispatch(at(), j, 3);
    const r = evaluateEvents(registry, [wire(d, { model_session_id: "other" })], opts);
    expect(r.input_findings.map((f) => f.message)).toEqual([
      'payload.session_id "s1" must equal the envelope model_session_id "other"',
    ]);
  });
});

describe("payload type and event_id the runtime repeats", () => {
  resetIds();
  const registry = catchAll("session.created", "session.message");
  const j = job(1, "s1");

  test("matching ones are checked and removed; mismatches are input findings naming both", () => {
    const c = sessionCreated(at(), j);
    const r = evaluateEvents(
      registry,
      [
        wire(c),
        wire({ ...c, event_id: "bad-type", payload: { ...c.payload, type: "session.completed" } }),
        wire({ ...c, event_id: "bad-id", payload: { ...c.payload, event_id: "FR-EVT-SESS-009" } }),
        wire({
          ...c,
          event_id: "no-echo",
          payload: { session_id: "s1", state: "CREATED", job_id: "j" },
        }),
      ],
      opts,
    );
    expect(r.findings.map((f) => f.triggering_event_ids[0])).toEqual([c.event_id, "no-echo"]);
    expect(r.input_findings.map((f) => [f.event_id, f.code, f.message])).toEqual([
      [
        "bad-type",
        "invalid_payload",
        'payload.type "session.completed" does not match the event type session.created',
      ],
      [
        "bad-id",
        "invalid_payload",
        'payload.event_id "FR-EVT-SESS-009" does not match session.created, whose runtime id is FR-EVT-SESS-001',
      ],
    ]);
  });

  test("runtime.payload_ids: the id the runtime writes, not the catalog's own", () => {
    // The catalog's session.message is FR-EVT-SESS-004; the runtime writes FR-EVT-SESS-003.
    const m = sessionMessage(at(), j, "m1", "USER", 3);
    expect(registry.events.get("session.message")?.id).not.toBe("FR-EVT-SESS-003");
    const r = evaluateEvents(registry, [wire(m)], opts);
    expect(r.input_findings).toEqual([]);
  });
});

describe("null means absent", () => {
  resetIds();
  const registry = catchAll("session.message", "session_scheduler.dispatch");
  const j = job(1, "s1");

  test("in optional payload fields and optional envelope fields, in both forms", () => {
    const m = sessionMessage(at(), j, "m1", "USER", null);
    const native = {
      event_id: "native-null",
      event_type: "session.message",
      timestamp: "2026-06-22T10:00:05.000Z",
      session_id: "s1",
      payload: {
        session_id: "s1",
        message_id: "m2",
        role: "USER",
        token_count: null,
        content_artifact_id: "a",
        redacted: false,
        content_hash: null,
      },
    };
    const r = evaluateEvents(
      registry,
      [wire(m, { job_id: null, capability_id: null, workflow_id: null }), native],
      opts,
    );
    expect(r.input_findings).toEqual([]);
    expect(r.summary.events).toBe(2);
  });

  test("in a required field, null is a missing field", () => {
    const m = sessionMessage(at(), j, "m1", "USER", 1);
    const r = evaluateEvents(
      registry,
      [wire({ ...m, payload: { ...m.payload, message_id: null } })],
      opts,
    );
    expect(r.input_findings.map((f) => f.message)).toEqual([
      "payload.message_id is required for session.message and may not be null",
    ]);
  });
});

describe("timestamps", () => {
  test.each([
    ["2026-06-22 10:00:00.123456+00", Date.UTC(2026, 5, 22, 10, 0, 0, 123)],
    ["2026-06-22 10:00:00+00", Date.UTC(2026, 5, 22, 10)],
    ["2026-06-22 15:30:00.12+05:30", Date.UTC(2026, 5, 22, 10, 0, 0, 120)],
    ["2026-06-22 02:00:00.999999-08", Date.UTC(2026, 5, 22, 10, 0, 0, 999)],
    ["2026-06-22T10:00:00.123456789+00:00", Date.UTC(2026, 5, 22, 10, 0, 0, 123)],
    ["2026-06-22T10:00:00.123456789Z", Date.UTC(2026, 5, 22, 10, 0, 0, 123)],
  ])("the runtime form reads %s", (text, ms) => {
    expect(parseRuntimeTimestamp(text)).toBe(ms);
  });

  test.each(["2026-06-22 10:00:00Z", "2026-06-22 10:00:00", "2026-06-22T10:00:00+00"])(
    "the runtime form rejects %s",
    (text) => {
      expect(parseRuntimeTimestamp(text)).toBeUndefined();
    },
  );

  test("the same instant in every form is the same event time; the native form does not take DuckDB's text", () => {
    resetIds();
    const registry = catchAll("session.created");
    const time = { ms: Date.UTC(2026, 5, 22, 10, 0, 0, 123), subNs: 456_789 };
    const c = sessionCreated(time, job(1, "s1"));
    const r = evaluateEvents(
      registry,
      [
        wire(c, { event_id: "a", timestamp: rfc3339(time) }),
        wire(c, { event_id: "b", timestamp: serdeTime(time) }),
        wire(c, { event_id: "c", timestamp: duckdbRecord(c).timestamp }),
        wire(c, { event_id: "d", timestamp: "2026-06-22T12:00:00.123456789+02:00" }),
        { ...created(0, "n"), timestamp: "2026-06-22 10:00:00.123+00" },
      ],
      opts,
    );
    expect(r.findings.map((f) => f.timestamp)).toEqual(Array(4).fill("2026-06-22T10:00:00.123Z"));
    expect(r.input_findings.map((f) => [f.line, f.code])).toEqual([[5, "invalid_envelope"]]);
  });

  test("timestamp payload fields follow the same rule (offsets, 9 digits, floored)", () => {
    const registry = realRegistry();
    const receipt = (id: string, from: string) => ({
      event_id: id,
      event_type: "consent.receipt_issued",
      timestamp: "2026-03-01T10:00:00.000Z",
      session_id: "s",
      payload: {
        session_id: "s",
        receipt_id: `r-${id}`,
        scope: "SINGLE_CALL",
        plan_hash: `sha256:${"0".repeat(64)}`,
        session_ids: ["s"],
        valid_from: from,
        valid_until: "2026-03-01T12:10:00.999999999+02:00",
        issued_by: "operator",
      },
    });
    const r = evaluateEvents(
      registry,
      [receipt("x", "2026-03-01T10:00:00.0009Z"), receipt("y", "2026-03-01 10:00:00Z")],
      opts,
    );
    expect(r.input_findings.map((f) => [f.event_id, f.code])).toEqual([["y", "invalid_payload"]]);
  });
});

describe("input forms", () => {
  resetIds();
  const registry = catchAll("session.created");
  const j = job(1, "s1");

  test("JSON Lines may mix native and runtime envelopes line by line", () => {
    const june = (second: number, session: string) => ({
      ...created(0, session),
      timestamp: new Date(T0 + second * 1000).toISOString(),
    });
    const text = [
      JSON.stringify(june(0, "native")),
      JSON.stringify(wire(sessionCreated(at(), j))),
      "",
      JSON.stringify(june(5, "native-2")),
    ].join("\n");
    const r = evaluateText(registry, text, opts);
    expect(r.input_findings).toEqual([]);
    expect(r.findings.map((f) => f.session_id)).toEqual(["native", "s1", "native-2"]);
  });

  test("--input-format native reads every line as the native envelope", () => {
    const r = evaluateText(registry, JSON.stringify(wire(sessionCreated(at(), j))), {
      ...opts,
      inputFormat: "native",
    });
    expect(r.input_findings.map((f) => f.code)).toEqual(["invalid_envelope"]);
  });

  test("--input-format fr-jsonl reads a native envelope as a runtime one (and refuses it)", () => {
    const r = evaluateText(registry, JSON.stringify(created(0, "native")), {
      ...opts,
      inputFormat: "fr-jsonl",
    });
    expect(r.input_findings.map((f) => f.message)).toEqual([
      "trace_id must be a non-empty string (a runtime envelope always has one)",
    ]);
  });

  test("auto: an input starting with [ is the API's array only when it is one array of objects", () => {
    const ev = wire(sessionCreated(at(), j));
    expect(evaluateText(registry, JSON.stringify([ev]), opts).summary.events).toBe(1);
    const notArray = evaluateText(registry, "[]\n[1]", opts);
    expect(notArray.input_findings.map((f) => [f.line, f.code])).toEqual([
      [1, "invalid_envelope"],
      [2, "invalid_envelope"],
    ]);
    const named = evaluateText(registry, "{}", { ...opts, inputFormat: "fr-api" });
    expect(named.input_findings.map((f) => f.code)).toEqual(["invalid_json"]);
    expect(evaluateText(registry, "[]", { ...opts, inputFormat: "fr-api" }).input_findings).toEqual(
      [],
    );
  });

  test("an array is ordered by time, then event_id, sub-millisecond digits included", () => {
    const base = sessionCreated(at(), j);
    const mk = (id: string, ts: string) => wire(base, { event_id: id, timestamp: ts });
    const array = [
      mk("b", "2026-06-22T10:00:01.000000500+00:00"),
      mk("c", "2026-06-22T10:00:01.000000500+00:00"),
      mk("a", "2026-06-22T10:00:01.000000900+00:00"),
      mk("z", "2026-06-22T10:00:00.999999999+00:00"),
    ];
    const r = evaluateText(registry, JSON.stringify(array), opts);
    expect(r.findings.map((f) => [f.triggering_event_ids[0], f.line])).toEqual([
      ["z", 4],
      ["b", 1],
      ["c", 2],
      ["a", 3],
    ]);
  });

  test("DuckDB rows: runtime envelopes only, a line per row", async () => {
    const c = sessionCreated(at(), j);
    const r = await evaluateRuntimeRecords(registry, [duckdbRecord(c), created(0, "x")], opts);
    expect(r.findings.map((f) => f.line)).toEqual([1]);
    expect(r.input_findings.map((f) => [f.line, f.code])).toEqual([[2, "invalid_envelope"]]);
  });
});
