/*
 * Events shaped as the Handshake runtime records them (commit 6519f4e2), for the DuckDB reader's
 * tests. Each envelope follows its emitter, paths relative to src/backend/handshake_core/src:
 *
 * - session.created: workflows.rs, emit_session_created_event (job_id, model_session_id,
 *   session_span_id; no activity span; wsids empty).
 * - session_scheduler.enqueue / .dispatch: workflows.rs, emit_session_scheduler_enqueue_event,
 *   emit_session_scheduler_dispatch_event (job_id, model_session_id, session and activity spans;
 *   concurrency_group may be null).
 * - session.spawn_requested / .spawn_accepted: workflows.rs, emit_session_spawn_requested_event,
 *   emit_session_spawn_accepted_event (no optional envelope field at all: every one NULL).
 * - diagnostic: flight_recorder/duckdb.rs, DuckDbFlightRecorder::build_diagnostic_event (the one
 *   emitter here with a non-empty wsids list, actor_id "diagnostics_store").
 * - capability_action: workflows.rs, log_capability_check (actor agent, actor_id
 *   "workflow_engine", capability_id set).
 *
 * Envelope defaults: FlightRecorderEvent::new in flight_recorder/mod.rs (actor_id = the actor's
 * Display name, optional fields None, wsids empty). Timestamps are DateTime::to_rfc3339() text:
 * `+00:00` and 0, 3, 6 or 9 fraction digits. Ids are UUIDv7 (event_id) and UUIDs (trace_id).
 */
import type { FlightRecorderEvent } from "../src/index.js";
import type { RuntimeEnvelope } from "../src/testing.js";

export const ROOT = "sess-root";
export const CHILD = "sess-child-1";
export const ROOT_JOB = "5b0e7a52-4c1f-4a8e-9d55-0c1e2f3a4b5c";
export const CHILD_JOB = "7c2d9e14-8f3a-4b6c-a1d2-3e4f5a6b7c8d";
const ROOT_TRACE = "0e8f5a1c-2b3d-4e5f-8a9b-0c1d2e3f4a5b";
const CHILD_TRACE = "1f9a6b2d-3c4e-4f5a-9b0c-1d2e3f4a5b6c";

const sessionSpan = (session: string) => `span.session:${session}`;
const modelRunSpan = (job: string) => `span.activity.model_run:${job}`;

/** The envelope's optional fields, all None. */
const none = {
  job_id: null,
  workflow_id: null,
  model_id: null,
  model_session_id: null,
  activity_span_id: null,
  session_span_id: null,
  capability_id: null,
  policy_decision_id: null,
} as const;

/** The events as the runtime holds them before insert_event, deliberately not in time order. */
export const RUNTIME_EVENTS: readonly RuntimeEnvelope[] = [
  {
    // Same timestamp as the child's session.created below: event_id breaks the tie.
    event_id: "01979a3b-0005-7000-8000-000000000005",
    trace_id: CHILD_TRACE,
    timestamp: "2026-06-22T10:00:01.500000+00:00",
    actor: "system",
    actor_id: "system",
    event_type: "session.spawn_accepted",
    ...none,
    wsids: [],
    payload: {
      type: "session.spawn_accepted",
      event_id: "FR-EVT-SESS-SPAWN-002",
      requester_session_id: ROOT,
      child_session_id: CHILD,
      child_role: "coder",
      spawn_depth: 1,
    },
  },
  {
    event_id: "01979a3b-0001-7000-8000-000000000001",
    trace_id: ROOT_TRACE,
    timestamp: "2026-06-22T10:00:00.000001+00:00",
    actor: "system",
    actor_id: "system",
    event_type: "session.created",
    ...none,
    job_id: ROOT_JOB,
    model_session_id: ROOT,
    session_span_id: sessionSpan(ROOT),
    payload: {
      type: "session.created",
      event_id: "FR-EVT-SESS-001",
      session_id: ROOT,
      state: "CREATED",
      job_id: ROOT_JOB,
    },
  },
  {
    event_id: "01979a3b-0003-7000-8000-000000000003",
    trace_id: ROOT_TRACE,
    timestamp: "2026-06-22T10:00:00.120+00:00",
    actor: "system",
    actor_id: "system",
    event_type: "session_scheduler.dispatch",
    ...none,
    job_id: ROOT_JOB,
    model_session_id: ROOT,
    session_span_id: sessionSpan(ROOT),
    activity_span_id: modelRunSpan(ROOT_JOB),
    payload: {
      type: "session_scheduler.dispatch",
      event_id: "FR-EVT-SESS-SCHED-002",
      session_id: ROOT,
      job_id: ROOT_JOB,
      job_kind: "model_run",
      lane: "PRIMARY",
      priority: 50,
      concurrency_group: null,
      queue_wait_ms: 119,
      attempt: 1,
    },
  },
  {
    event_id: "01979a3b-0002-7000-8000-000000000002",
    trace_id: ROOT_TRACE,
    timestamp: "2026-06-22T10:00:00.000250+00:00",
    actor: "system",
    actor_id: "system",
    event_type: "session_scheduler.enqueue",
    ...none,
    job_id: ROOT_JOB,
    model_session_id: ROOT,
    session_span_id: sessionSpan(ROOT),
    activity_span_id: modelRunSpan(ROOT_JOB),
    payload: {
      type: "session_scheduler.enqueue",
      event_id: "FR-EVT-SESS-SCHED-001",
      session_id: ROOT,
      job_id: ROOT_JOB,
      job_kind: "model_run",
      lane: "PRIMARY",
      priority: 50,
      concurrency_group: null,
      queue_depth: 1,
      attempt: 0,
      max_retries: 2,
      retry_backoff: "exponential",
      cancellation_token: `cancel:${ROOT_JOB}`,
    },
  },
  {
    // Utc::now() carries nanoseconds: to_rfc3339 writes 9 digits, TIMESTAMPTZ keeps 6.
    event_id: "01979a3b-0004-7000-8000-000000000004",
    trace_id: CHILD_TRACE,
    timestamp: "2026-06-22T10:00:01.123456789+00:00",
    actor: "system",
    actor_id: "system",
    event_type: "session.spawn_requested",
    ...none,
    payload: {
      type: "session.spawn_requested",
      event_id: "FR-EVT-SESS-SPAWN-001",
      requester_session_id: ROOT,
      child_role: "coder",
      spawn_depth: 1,
      spawn_mode: "STANDARD",
    },
  },
  {
    event_id: "01979a3b-0006-7000-8000-000000000006",
    trace_id: CHILD_TRACE,
    timestamp: "2026-06-22T10:00:01.500000+00:00",
    actor: "system",
    actor_id: "system",
    event_type: "session.created",
    ...none,
    job_id: CHILD_JOB,
    model_session_id: CHILD,
    session_span_id: sessionSpan(CHILD),
    payload: {
      type: "session.created",
      event_id: "FR-EVT-SESS-001",
      session_id: CHILD,
      state: "CREATED",
      job_id: CHILD_JOB,
    },
  },
  {
    event_id: "01979a3b-0008-7000-8000-000000000008",
    trace_id: "3b1c8d4f-5e6a-4b7c-8d9e-0f1a2b3c4d5e",
    timestamp: "2026-06-22T10:00:03+00:00",
    actor: "system",
    actor_id: "diagnostics_store",
    event_type: "diagnostic",
    ...none,
    job_id: CHILD_JOB,
    wsids: ["ws-1"],
    payload: {
      diagnostic_id: "3b1c8d4f-5e6a-4b7c-8d9e-0f1a2b3c4d5e",
      wsid: "ws-1",
      severity: "error",
      source: "lsp",
    },
  },
  {
    event_id: "01979a3b-0007-7000-8000-000000000007",
    trace_id: CHILD_TRACE,
    timestamp: "2026-06-22T10:00:02.000001+00:00",
    actor: "agent",
    actor_id: "workflow_engine",
    event_type: "capability_action",
    ...none,
    job_id: CHILD_JOB,
    capability_id: "fs.read",
    payload: {
      capability_id: "fs.read",
      actor_id: "workflow_engine",
      job_id: CHILD_JOB,
      decision_outcome: "allow",
    },
  },
];

/** What the reader must yield for RUNTIME_EVENTS: time order, event_id on ties, exact timestamps. */
export function expectedEvents(): FlightRecorderEvent[] {
  const byId = new Map(RUNTIME_EVENTS.map((e) => [e.event_id, e]));
  const read = (id: string, timestamp: string): FlightRecorderEvent => {
    const e = byId.get(id);
    if (e === undefined) throw new Error(id);
    return {
      event_id: e.event_id,
      trace_id: e.trace_id,
      timestamp,
      actor: e.actor,
      actor_id: e.actor_id,
      event_type: e.event_type,
      job_id: e.job_id ?? null,
      workflow_id: e.workflow_id ?? null,
      model_id: e.model_id ?? null,
      model_session_id: e.model_session_id ?? null,
      wsids: e.wsids ?? [],
      activity_span_id: e.activity_span_id ?? null,
      session_span_id: e.session_span_id ?? null,
      capability_id: e.capability_id ?? null,
      policy_decision_id: e.policy_decision_id ?? null,
      payload: e.payload as FlightRecorderEvent["payload"],
    };
  };
  return [
    read("01979a3b-0001-7000-8000-000000000001", "2026-06-22T10:00:00.000001+00:00"),
    // DuckDB prints the stored microseconds without trailing zeros.
    read("01979a3b-0002-7000-8000-000000000002", "2026-06-22T10:00:00.00025+00:00"),
    read("01979a3b-0003-7000-8000-000000000003", "2026-06-22T10:00:00.12+00:00"),
    read("01979a3b-0004-7000-8000-000000000004", "2026-06-22T10:00:01.123456+00:00"),
    read("01979a3b-0005-7000-8000-000000000005", "2026-06-22T10:00:01.5+00:00"),
    read("01979a3b-0006-7000-8000-000000000006", "2026-06-22T10:00:01.5+00:00"),
    read("01979a3b-0007-7000-8000-000000000007", "2026-06-22T10:00:02.000001+00:00"),
    read("01979a3b-0008-7000-8000-000000000008", "2026-06-22T10:00:03+00:00"),
  ];
}
