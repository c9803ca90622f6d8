import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { RuntimeEnvelope } from "@handshake/sap-duckdb/testing";
import { createRuntimeDuckDb } from "@handshake/sap-duckdb/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

/*
 * `sap eval` on the runtime's Flight Recorder DuckDB store. The events follow the runtime's
 * emitters at commit 6519f4e2 (src/backend/handshake_core/src/workflows.rs:
 * emit_session_created_event, emit_session_scheduler_enqueue_event,
 * emit_session_scheduler_dispatch_event, emit_session_spawn_requested_event,
 * emit_session_spawn_accepted_event), stored as flight_recorder/duckdb.rs insert_event does.
 */

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const bin = resolve(repoRoot, "packages/cli/dist/bin.js");
const timeout = 120_000;

function sap(args: readonly string[], input = "") {
  return spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: "utf8", input });
}

const JOB = "5b0e7a52-4c1f-4a8e-9d55-0c1e2f3a4b5c";
const CHILD_JOB = "7c2d9e14-8f3a-4b6c-a1d2-3e4f5a6b7c8d";
const TRACE = "0e8f5a1c-2b3d-4e5f-8a9b-0c1d2e3f4a5b";
const id = (n: number) => `01979a3b-000${n}-7000-8000-00000000000${n}`;
const none = {
  job_id: null,
  workflow_id: null,
  model_id: null,
  model_session_id: null,
  activity_span_id: null,
  session_span_id: null,
  capability_id: null,
  policy_decision_id: null,
};
const scheduler = (n: number, type: string, timestamp: string, extra: object) => ({
  event_id: id(n),
  trace_id: TRACE,
  timestamp,
  actor: "system",
  actor_id: "system",
  event_type: type,
  ...none,
  job_id: JOB,
  model_session_id: "sess-root",
  session_span_id: "span.session:sess-root",
  activity_span_id: `span.activity.model_run:${JOB}`,
  payload: {
    type,
    session_id: "sess-root",
    job_id: JOB,
    job_kind: "model_run",
    lane: "PRIMARY",
    priority: 50,
    concurrency_group: null,
    ...extra,
  },
});

/** Inserted out of order: the store is read in time order. */
const EVENTS: RuntimeEnvelope[] = [
  scheduler(3, "session_scheduler.dispatch", "2026-06-22T10:00:00.120417+00:00", {
    event_id: "FR-EVT-SESS-SCHED-002",
    queue_wait_ms: 120,
    attempt: 1,
  }),
  {
    event_id: id(1),
    trace_id: TRACE,
    timestamp: "2026-06-22T10:00:00.000001+00:00",
    actor: "system",
    actor_id: "system",
    event_type: "session.created",
    ...none,
    job_id: JOB,
    model_session_id: "sess-root",
    session_span_id: "span.session:sess-root",
    payload: {
      type: "session.created",
      event_id: "FR-EVT-SESS-001",
      session_id: "sess-root",
      state: "CREATED",
      job_id: JOB,
    },
  },
  scheduler(2, "session_scheduler.enqueue", "2026-06-22T10:00:00.000250+00:00", {
    event_id: "FR-EVT-SESS-SCHED-001",
    queue_depth: 1,
    attempt: 0,
    max_retries: 2,
    retry_backoff: "exponential",
    cancellation_token: `cancel:${JOB}`,
  }),
  {
    event_id: id(4),
    trace_id: TRACE,
    timestamp: "2026-06-22T10:00:01.123456789+00:00",
    actor: "system",
    actor_id: "system",
    event_type: "session.spawn_requested",
    ...none,
    payload: {
      type: "session.spawn_requested",
      event_id: "FR-EVT-SESS-SPAWN-001",
      requester_session_id: "sess-root",
      child_role: "coder",
      spawn_depth: 1,
      spawn_mode: "STANDARD",
    },
  },
  {
    event_id: id(5),
    trace_id: TRACE,
    timestamp: "2026-06-22T10:00:01.5+00:00",
    actor: "system",
    actor_id: "system",
    event_type: "session.spawn_accepted",
    ...none,
    payload: {
      type: "session.spawn_accepted",
      event_id: "FR-EVT-SESS-SPAWN-002",
      requester_session_id: "sess-root",
      child_session_id: "sess-child",
      child_role: "coder",
      spawn_depth: 1,
    },
  },
  {
    event_id: id(6),
    trace_id: TRACE,
    timestamp: "2026-06-22T10:00:01.5+00:00",
    actor: "system",
    actor_id: "system",
    event_type: "session.created",
    ...none,
    job_id: CHILD_JOB,
    model_session_id: "sess-child",
    session_span_id: "span.session:sess-child",
    payload: {
      type: "session.created",
      event_id: "FR-EVT-SESS-001",
      session_id: "sess-child",
      state: "CREATED",
      job_id: CHILD_JOB,
    },
  },
];
const ORDER = [id(1), id(2), id(3), id(4), id(5), id(6)];

let work = "";
/** The runtime names its store flight_recorder.db: detection is by magic bytes. */
let store = "";

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "sap-eval-duckdb-"));
  store = join(work, "flight_recorder.db");
  await createRuntimeDuckDb(store, EVENTS);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Report {
  summary: { lines: number; events: number; input_findings: number };
  input_findings: { code: string; line: number; event_id?: string }[];
}

describe("sap eval on a DuckDB store", () => {
  test(
    "a DuckDB file is detected by its magic bytes and every row reaches the engine in order",
    () => {
      const run = sap(["eval", store, "--format", "json"]);
      expect(run.stderr).not.toContain("cannot read");
      const report = JSON.parse(run.stdout) as Report;
      expect(report.summary.lines).toBe(EVENTS.length);
      // Whatever the engine makes of an envelope, it got the object of that row: read as
      // text, the binary file would give invalid_json and line_too_long findings instead.
      for (const f of report.input_findings) {
        expect(["invalid_json", "line_too_long"]).not.toContain(f.code);
        if (f.event_id !== undefined) expect(f.event_id).toBe(ORDER[f.line - 1]);
      }
      // The same with the format named.
      const named = sap(["eval", store, "--input-format", "duckdb", "--format", "json"]);
      expect(JSON.parse(named.stdout)).toStrictEqual(report);
    },
    timeout,
  );

  test(
    "--input-format fr-jsonl reads even a DuckDB file as text",
    () => {
      const run = sap(["eval", store, "--input-format", "fr-jsonl", "--format", "json"]);
      expect(run.status).toBe(2);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.input_findings.some((f) => f.code === "invalid_json")).toBe(true);
    },
    timeout,
  );

  test(
    "--input-format duckdb on a JSON Lines file, or on stdin, exits 2",
    () => {
      const jsonl = join(work, "events.jsonl");
      writeFileSync(jsonl, "{}\n");
      const run = sap(["eval", jsonl, "--input-format", "duckdb"]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("is not a DuckDB database");
      const stdin = sap(["eval", "-", "--input-format", "duckdb"], "{}\n");
      expect(stdin.status).toBe(2);
      expect(stdin.stderr).toContain("not stdin");
      const bad = sap(["eval", jsonl, "--input-format", "parquet"]);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain("--input-format must be");
    },
    timeout,
  );

  test(
    "a DuckDB file that is not a Flight Recorder store exits 2 with the reader's message",
    async () => {
      const path = join(work, "no-session-column.db");
      await createRuntimeDuckDb(path, [], {
        createTable: "CREATE TABLE events (event_id UUID, timestamp TIMESTAMPTZ, payload JSON)",
      });
      const run = sap(["eval", path]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("has no column trace_id, actor, actor_id, event_type");
      expect(run.stderr).toContain("CREATE TABLE IF NOT EXISTS events");
    },
    timeout,
  );
});
