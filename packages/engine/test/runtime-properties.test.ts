import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { EvaluationResult, Finding } from "../src/index.js";
import { evaluateEvents, evaluateText } from "../src/index.js";
import { runtimeRegistry } from "./runtime/runtime-registry.js";
import type { Ev } from "./trees.js";
import { action, interleave, treeEvents } from "./trees.js";

/*
 * Property: a valid native log converted into the runtime's forms (JSON Lines
 * of FlightRecorderEvent envelopes, mixed with native lines; the API's array,
 * newest first; a debug bundle's trace.jsonl with serde names) gives the same
 * findings and input findings as the native log. Each conversion picks, per
 * event: the time's form (Z, +00:00, +02:00, -05:30, DuckDB's text; 6 or 9
 * fraction digits below the native millisecond), whether model_session_id is
 * null where the payload names the session, whether the payload repeats its
 * type and event_id, nulls in absent optional fields, an extra envelope
 * field, and runtime events of other types in between.
 */

const registry = runtimeRegistry();
const opts = { registryVersion: "0.0.0-test" };
const runs = Number(process.env.SAP_PROPERTY_RUNS ?? 60);

interface Choice {
  readonly time: number;
  readonly nanos: number;
  readonly dropSession: boolean;
  readonly echo: boolean;
  readonly nulls: boolean;
  readonly extra: boolean;
  readonly native: boolean;
  readonly unknownBefore: boolean;
}

const choice = fc.record({
  time: fc.nat(4),
  nanos: fc.integer({ min: 1, max: 998 }),
  dropSession: fc.boolean(),
  echo: fc.boolean(),
  nulls: fc.boolean(),
  extra: fc.boolean(),
  native: fc.boolean(),
  unknownBefore: fc.boolean(),
});

const pad = (n: number, w: number) => String(n).padStart(w, "0");

/**
 * The instant `ms` + `subNs` written with an offset of `offset` minutes and
 * 6 or 9 fraction digits; `duckdb` writes DuckDB's VARCHAR form (microseconds, `+00`).
 */
function timeText(
  ms: number,
  subNs: number,
  offset: number,
  digits: 6 | 9,
  duckdb = false,
): string {
  const local = new Date(ms + offset * 60_000).toISOString();
  const nanos = (ms % 1000) * 1_000_000 + subNs;
  const fraction = digits === 9 ? pad(nanos, 9) : pad(Math.floor(nanos / 1000), 6);
  const sign = offset < 0 ? "-" : "+";
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60), 2)}:${pad(Math.abs(offset) % 60, 2)}`;
  if (duckdb) return `${local.slice(0, 10)} ${local.slice(11, 19)}.${fraction}+00`;
  return `${local.slice(0, 19)}.${fraction}${offset === 0 && digits === 9 ? "Z" : zone}`;
}

function timeOf(ms: number, subNs: number, form: number): string {
  switch (form) {
    case 0:
      return timeText(ms, subNs, 0, 9);
    case 1:
      return timeText(ms, subNs, 0, 6);
    case 2:
      return timeText(ms, subNs, 120, 9);
    case 3:
      return timeText(ms, subNs, -330, 9);
    default:
      return timeText(ms, subNs, 0, 6, true);
  }
}

type Form = "jsonl" | "api" | "trace";

function runtimeEnvelope(ev: Ev, i: number, c: Choice, form: Form): Record<string, unknown> {
  const spec = registry.events.get(ev.event_type);
  if (spec === undefined) throw new Error(`not in the catalog: ${ev.event_type}`);
  const runtime = spec.runtime;
  const ms = Date.parse(ev.timestamp);
  // Sub-millisecond digits grow with the position: ordering by the exact instant keeps the log's order.
  const subNs = (i + 1) * 1000 + c.nanos;
  const recordType = runtime?.record_type;
  const eventType =
    recordType ?? (form === "trace" && runtime !== undefined ? runtime.type_name : ev.event_type);
  const payload: Record<string, unknown> = {};
  if (c.echo || recordType !== undefined) payload.type = ev.event_type;
  if (c.echo) payload.event_id = runtime?.payload_ids?.[0] ?? spec.id;
  Object.assign(payload, ev.payload);
  if (c.nulls) {
    for (const [name, field] of Object.entries(spec.payload)) {
      if (field?.optional && payload[name] === undefined) payload[name] = null;
    }
  }
  const field = spec.session_field;
  const named = field !== undefined && ev.payload[field] === ev.session_id;
  return {
    event_id: ev.event_id,
    trace_id: `trace-${i}`,
    timestamp: timeOf(ms, subNs, form === "trace" ? 0 : c.time),
    actor: "system",
    actor_id: "system",
    event_type: eventType,
    job_id: null,
    workflow_id: null,
    model_id: null,
    model_session_id: c.dropSession && named ? null : ev.session_id,
    wsids: [],
    activity_span_id: null,
    session_span_id: null,
    capability_id: null,
    policy_decision_id: null,
    ...(c.extra ? { x_runtime_extra: { kept: "and ignored" } } : {}),
    payload,
  };
}

/** A runtime event of a type the registry does not read, just before event `i`. */
function unknownEvent(ev: Ev, i: number, form: Form): Record<string, unknown> {
  return {
    event_id: `unknown-${i}`,
    trace_id: `trace-${i}`,
    timestamp: timeOf(Date.parse(ev.timestamp), (i + 1) * 1000, form === "trace" ? 0 : 1),
    actor: "system",
    actor_id: "system",
    event_type: "diagnostic",
    job_id: null,
    model_session_id: null,
    wsids: [],
    payload: { diagnostic_id: `d${i}`, source: "lsp" },
  };
}

function convert(log: readonly Ev[], choices: readonly Choice[], form: Form): string {
  const out: Record<string, unknown>[] = [];
  log.forEach((ev, i) => {
    const c = choices[i % choices.length] as Choice;
    if (c.unknownBefore) out.push(unknownEvent(ev, i, form));
    out.push(form === "jsonl" && c.native ? ev : runtimeEnvelope(ev, i, c, form));
  });
  if (form === "api") return JSON.stringify(out.reverse());
  return out.map((e) => JSON.stringify(e)).join("\n");
}

/** What must not change between forms: findings (lines aside) and input findings by code and event. */
function comparable(result: EvaluationResult): unknown {
  return {
    findings: result.findings.map((f: Finding) => {
      const { line: _line, triggering_lines: _lines, ...rest } = f;
      return rest;
    }),
    input_findings: result.input_findings.map((f) => [f.code, f.event_id, f.message]),
    events: result.summary.events,
  };
}

const logs = fc
  .array(fc.array(action, { minLength: 1, maxLength: 25 }), { minLength: 1, maxLength: 4 })
  .chain((scripts) =>
    fc.array(fc.nat(10), { minLength: 1, maxLength: 20 }).map((choices) =>
      interleave(
        scripts.map((s, t) => treeEvents(t, s)),
        choices,
      ),
    ),
  );

describe("a native log and its runtime forms give the same findings", () => {
  test.each(["jsonl", "api", "trace"] as const)("%s", (form) => {
    fc.assert(
      fc.property(logs, fc.array(choice, { minLength: 1, maxLength: 30 }), (log, choices) => {
        expect(log.length).toBeLessThan(990);
        const native = evaluateEvents(registry, log, opts);
        const converted = evaluateText(registry, convert(log, choices, form), opts);
        expect(comparable(converted)).toEqual(comparable(native));
        const unknown = log.filter((_, i) => (choices[i % choices.length] as Choice).unknownBefore);
        expect(converted.summary.skipped_unknown_types).toBe(unknown.length);
      }),
      { numRuns: runs },
    );
  });

  test("the property is not vacuous: the logs produce findings", () => {
    const sample = fc.sample(logs, { numRuns: 20, seed: 11 });
    const total = sample.reduce(
      (sum, log) => sum + evaluateEvents(registry, log, opts).findings.length,
      0,
    );
    expect(total).toBeGreaterThan(10);
  });
});
