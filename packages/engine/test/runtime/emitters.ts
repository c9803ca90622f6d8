/*
 * Runtime Flight Recorder events exactly as Handshake's emitters build them
 * (Nuntissura/Handshake, src/backend/handshake_core/, commit 6519f4e2). Each
 * function names the emitter it mirrors; the payload keys, their order, the
 * envelope fields set (`with_job_id`, `with_model_session_id`, spans, actor)
 * and the `null`s are the emitter's. Times are kept exactly (milliseconds
 * and the nanoseconds within the millisecond) so each output form
 * (runtime-forms.ts) can write them as the runtime would.
 */

import { createHash } from "node:crypto";

/** An instant: milliseconds since the epoch and nanoseconds within that millisecond. */
export interface Instant {
  readonly ms: number;
  readonly subNs: number;
}

/**
 * `FlightRecorderEvent` (src/flight_recorder/mod.rs) before serialization:
 * `event_type` as its Display name (`event_type.to_string()`, what the DuckDB
 * store and the API write), `serdeType` as serde's snake_case variant name
 * (what the debug bundle's trace.jsonl writes).
 */
export interface RuntimeEvent {
  readonly event_id: string;
  readonly trace_id: string;
  readonly at: Instant;
  readonly actor: "human" | "agent" | "system";
  readonly actor_id: string;
  readonly event_type: string;
  readonly serdeType: string;
  readonly job_id: string | null;
  readonly workflow_id: string | null;
  readonly model_id: string | null;
  readonly model_session_id: string | null;
  readonly wsids: readonly string[];
  readonly activity_span_id: string | null;
  readonly session_span_id: string | null;
  readonly capability_id: string | null;
  readonly policy_decision_id: string | null;
  readonly payload: Record<string, unknown>;
}

/** Display name → serde name of the FlightRecorderEventType variants used here (mod.rs, `impl fmt::Display`). */
export const SERDE_NAMES: Readonly<Record<string, string>> = {
  system: "system",
  capability_action: "capability_action",
  diagnostic: "diagnostic",
  "session.created": "session_created",
  "session.state_change": "session_state_change",
  "session.message": "session_message",
  "session.completed": "session_completed",
  "session.budget_warning": "session_budget_warning",
  "session.spawn_requested": "session_spawn_requested",
  "session.spawn_accepted": "session_spawn_accepted",
  "session.spawn_rejected": "session_spawn_rejected",
  "session.announce_back": "session_spawn_announce_back",
  "session.cascade_cancel": "session_cascade_cancel",
  "session_scheduler.enqueue": "session_scheduler_enqueue",
  "session_scheduler.dispatch": "session_scheduler_dispatch",
  "session_scheduler.rate_limited": "session_scheduler_rate_limited",
  "session_scheduler.cancelled": "session_scheduler_cancelled",
  llm_inference: "llm_inference",
};

/** `stable_span_token` (mod.rs) for a safe token: `prefix:token`. */
const sessionSpan = (session: string) => `span.session:${session}`;
const jobSpan = (job: string) => `span.activity.model_run:${job}`;

/** A deterministic UUID-shaped id (v7-like: time-ordered by `n`). */
export function uuid(kind: number, n: number): string {
  const hex = (n + kind * 0x100000).toString(16).padStart(12, "0");
  return `0197a${kind.toString(16).padStart(3, "0")}-0000-7000-8000-${hex}`;
}

/** What one model-run job of a session carries (ModelRunMetadata, AiJob). */
export interface Job {
  readonly jobId: string;
  readonly session: string;
  readonly parent?: string;
  readonly depth: number;
  readonly role: string;
  readonly lane: "PRIMARY" | "SUBAGENT" | "BACKGROUND" | "VALIDATION";
  /** ModelRunMetadata.model_id (the job input `model_id`; `default-model` when absent). */
  readonly model?: string;
}

let sequence = 0;

/** `FlightRecorderEvent::new` (mod.rs): a fresh event id, actor_id = actor, every optional field None. */
function event(
  at: Instant,
  eventType: string,
  actor: RuntimeEvent["actor"],
  traceId: string,
  payload: Record<string, unknown>,
  fields: Partial<RuntimeEvent> = {},
): RuntimeEvent {
  sequence++;
  return {
    event_id: uuid(0, sequence),
    trace_id: traceId,
    at,
    actor,
    actor_id: actor,
    event_type: eventType,
    serdeType: SERDE_NAMES[eventType] ?? eventType,
    job_id: null,
    workflow_id: null,
    model_id: null,
    model_session_id: null,
    wsids: [],
    activity_span_id: null,
    session_span_id: null,
    capability_id: null,
    policy_decision_id: null,
    payload,
    ...fields,
  };
}

/** Restarts event ids (each fixture is built from sequence 1). */
export function resetIds(): void {
  sequence = 0;
}

/** src/workflows.rs, `log_capability_check` (from `enforce_capabilities`, at job start). */
export function capabilityCheck(
  at: Instant,
  job: Job,
  capabilityId: string,
  outcome: "allow" | "deny",
): RuntimeEvent {
  return event(
    at,
    "capability_action",
    "agent",
    job.jobId,
    {
      capability_id: capabilityId,
      actor_id: "workflow_engine",
      job_id: job.jobId,
      decision_outcome: outcome,
    },
    { job_id: job.jobId, capability_id: capabilityId, actor_id: "workflow_engine" },
  );
}

/** src/workflows.rs, `start_workflow_for_job`: the `system` event with the run's status (no payload.type). */
export function workflowStatus(at: Instant, job: Job, workflowRunId: string): RuntimeEvent {
  return event(
    at,
    "system",
    "agent",
    job.jobId,
    { status: "running" },
    {
      job_id: job.jobId,
      workflow_id: workflowRunId,
    },
  );
}

/**
 * src/workflows.rs, `run_and_finalize_workflow_job`: the `system` event closing
 * every job's run (after `finalize_model_run_after_terminal` for a model run),
 * payload `{status, error, node_id}` (JobState::as_str, the error text or null,
 * the node id = the job id), no payload.type.
 */
export function workflowRunFinished(
  at: Instant,
  job: Job,
  workflowRunId: string,
  status: "completed" | "failed" | "cancelled",
  error: string | null,
): RuntimeEvent {
  return event(
    at,
    "system",
    "agent",
    job.jobId,
    { status, error, node_id: job.jobId },
    { job_id: job.jobId, workflow_id: workflowRunId },
  );
}

/** A `diagnostic` event (FR-EVT-003, `FrEvt003Diagnostic`, src/flight_recorder/mod.rs): not a session event. */
export function diagnostic(at: Instant, traceId: string, diagnosticId: string): RuntimeEvent {
  return event(at, "diagnostic", "system", traceId, {
    diagnostic_id: diagnosticId,
    severity: "warning",
    source: "lsp",
  });
}

/** src/workflows.rs, `emit_session_spawn_requested_event` (no job id, no model_session_id). */
export function spawnRequested(at: Instant, job: Job): RuntimeEvent {
  return event(at, "session.spawn_requested", "system", job.jobId, {
    type: "session.spawn_requested",
    event_id: "FR-EVT-SESS-SPAWN-001",
    requester_session_id: job.parent ?? "",
    child_role: job.role,
    spawn_depth: job.depth,
    spawn_mode: "STANDARD",
  });
}

/** src/workflows.rs, `emit_session_spawn_rejected_event` (the first reason of `validate_spawn_request`). */
export function spawnRejected(
  at: Instant,
  job: Job,
  reason: string,
  activeChildren: number,
): RuntimeEvent {
  return event(at, "session.spawn_rejected", "system", job.jobId, {
    type: "session.spawn_rejected",
    event_id: "FR-EVT-SESS-SPAWN-003",
    requester_session_id: job.parent ?? "",
    rejection_reason: reason,
    spawn_depth: job.depth,
    active_children_count: activeChildren,
  });
}

/** src/workflows.rs, `emit_session_spawn_accepted_event` (no job id, no model_session_id). */
export function spawnAccepted(at: Instant, job: Job): RuntimeEvent {
  return event(at, "session.spawn_accepted", "system", job.jobId, {
    type: "session.spawn_accepted",
    event_id: "FR-EVT-SESS-SPAWN-002",
    requester_session_id: job.parent ?? "",
    child_session_id: job.session,
    child_role: job.role,
    spawn_depth: job.depth,
  });
}

/** src/workflows.rs, `emit_session_created_event` (from `ensure_model_session_artifact_refs`). */
export function sessionCreated(at: Instant, job: Job): RuntimeEvent {
  return event(
    at,
    "session.created",
    "system",
    job.jobId,
    {
      type: "session.created",
      event_id: "FR-EVT-SESS-001",
      session_id: job.session,
      state: "CREATED",
      job_id: job.jobId,
    },
    {
      job_id: job.jobId,
      model_session_id: job.session,
      session_span_id: sessionSpan(job.session),
    },
  );
}

/** src/workflows.rs, `emit_session_message_event` (token_count is `Option<i64>`). */
export function sessionMessage(
  at: Instant,
  job: Job,
  messageId: string,
  role: string,
  tokenCount: number | null,
): RuntimeEvent {
  return event(
    at,
    "session.message",
    "system",
    job.jobId,
    {
      type: "session.message",
      event_id: "FR-EVT-SESS-003",
      session_id: job.session,
      message_id: messageId,
      role,
      token_count: tokenCount,
      content_artifact_id: `artifact:${messageId}`,
      redacted: false,
    },
    {
      job_id: job.jobId,
      model_session_id: job.session,
      session_span_id: sessionSpan(job.session),
      activity_span_id: jobSpan(job.jobId),
    },
  );
}

/**
 * src/workflows.rs, `ensure_model_session_artifact_refs` (TRUST-001): a
 * SYSTEM message from outside, stored as USER, recorded as event type
 * `system` with payload.type `trust_boundary.system_downgrade` (no event_id).
 */
export function systemDowngrade(
  at: Instant,
  job: Job,
  messageId: string | null,
  sourceSession: string | null,
  sourceTrusted: boolean | null,
): RuntimeEvent {
  return event(
    at,
    "system",
    "system",
    job.jobId,
    {
      type: "trust_boundary.system_downgrade",
      job_id: job.jobId,
      session_id: job.session,
      message_id: messageId,
      from_role: "SYSTEM",
      to_role: "USER",
      source_session_id: sourceSession,
      source_trusted: sourceTrusted,
    },
    { job_id: job.jobId, model_session_id: job.session },
  );
}

/** src/workflows.rs, `emit_session_scheduler_enqueue_event` (attempt 0; concurrency_group and cancellation_token may be null). */
export function schedulerEnqueue(at: Instant, job: Job, queueDepth: number): RuntimeEvent {
  return event(
    at,
    "session_scheduler.enqueue",
    "system",
    job.jobId,
    {
      type: "session_scheduler.enqueue",
      event_id: "FR-EVT-SESS-SCHED-001",
      session_id: job.session,
      job_id: job.jobId,
      job_kind: "model_run",
      lane: job.lane,
      priority: 50,
      concurrency_group: null,
      queue_depth: queueDepth,
      attempt: 0,
      max_retries: 2,
      retry_backoff: "exponential",
      cancellation_token: null,
    },
    {
      job_id: job.jobId,
      model_session_id: job.session,
      session_span_id: sessionSpan(job.session),
      activity_span_id: jobSpan(job.jobId),
    },
  );
}

/** src/workflows.rs, `emit_session_scheduler_dispatch_event` (attempt 1). */
export function schedulerDispatch(at: Instant, job: Job, queueWaitMs: number): RuntimeEvent {
  return event(
    at,
    "session_scheduler.dispatch",
    "system",
    job.jobId,
    {
      type: "session_scheduler.dispatch",
      event_id: "FR-EVT-SESS-SCHED-002",
      session_id: job.session,
      job_id: job.jobId,
      job_kind: "model_run",
      lane: job.lane,
      priority: 50,
      concurrency_group: null,
      queue_wait_ms: queueWaitMs,
      attempt: 1,
    },
    {
      job_id: job.jobId,
      model_session_id: job.session,
      session_span_id: sessionSpan(job.session),
      activity_span_id: jobSpan(job.jobId),
    },
  );
}

/** src/workflows.rs, `emit_session_state_change_event` (no reason field). */
export function stateChange(at: Instant, job: Job, from: string, to: string): RuntimeEvent {
  return event(
    at,
    "session.state_change",
    "system",
    job.jobId,
    {
      type: "session.state_change",
      event_id: "FR-EVT-SESS-002",
      session_id: job.session,
      from_state: from,
      to_state: to,
      job_id: job.jobId,
    },
    {
      job_id: job.jobId,
      model_session_id: job.session,
      session_span_id: sessionSpan(job.session),
      activity_span_id: jobSpan(job.jobId),
    },
  );
}

/** src/workflows.rs, `emit_session_completed_observability_events` (total_cost_usd is `Option<f64>`). */
export function sessionCompleted(
  at: Instant,
  job: Job,
  totalTokens: number,
  messages: number,
  costUsd: number | null,
): RuntimeEvent {
  return event(
    at,
    "session.completed",
    "system",
    job.jobId,
    {
      type: "session.completed",
      event_id: "FR-EVT-SESS-004",
      session_id: job.session,
      job_id: job.jobId,
      total_tokens: totalTokens,
      messages_count: messages,
      total_cost_usd: costUsd,
    },
    {
      job_id: job.jobId,
      model_session_id: job.session,
      session_span_id: sessionSpan(job.session),
      activity_span_id: jobSpan(job.jobId),
    },
  );
}

/** src/workflows.rs, `emit_session_spawn_announce_back_event` (status lower case; summary_artifact_id `Option`). */
export function announceBack(
  at: Instant,
  job: Job,
  status: "completed" | "cancelled" | "failed",
  summaryArtifactId: string | null,
): RuntimeEvent {
  return event(
    at,
    "session.announce_back",
    "system",
    job.jobId,
    {
      type: "session.announce_back",
      event_id: "FR-EVT-SESS-SPAWN-004",
      child_session_id: job.session,
      requester_session_id: job.parent ?? "",
      status,
      summary_artifact_id: summaryArtifactId,
      mailbox_message_id: `mailbox:${job.session}/announce_back`,
    },
    {
      job_id: job.jobId,
      model_session_id: job.session,
      session_span_id: sessionSpan(job.session),
      activity_span_id: jobSpan(job.jobId),
    },
  );
}

/** src/workflows.rs, `emit_session_cascade_cancel_event` (from `cancel_model_run_job`; no job id, no model_session_id). */
export function cascadeCancel(
  at: Instant,
  root: Job,
  cancelled: readonly string[],
  reason: string,
): RuntimeEvent {
  return event(at, "session.cascade_cancel", "system", root.jobId, {
    type: "session.cascade_cancel",
    event_id: "FR-EVT-SESS-SPAWN-005",
    root_session_id: root.session,
    cancelled_session_ids: [...cancelled],
    reason,
  });
}

/**
 * src/workflows.rs, `emit_session_scheduler_rate_limited_event`, from
 * `run_model_run_dispatch_loop` when `model_run_dispatch_gate` denies the
 * queued job (attempt 1; reason e.g. `rate_limit_requests_per_minute_queued`
 * from the provider's token bucket, `ProviderRateLimiter::try_acquire`).
 */
export function schedulerRateLimited(
  at: Instant,
  job: Job,
  provider: string,
  queueWaitMs: number,
  backoffMs: number,
  reason: string,
): RuntimeEvent {
  return event(
    at,
    "session_scheduler.rate_limited",
    "system",
    job.jobId,
    {
      type: "session_scheduler.rate_limited",
      event_id: "FR-EVT-SESS-SCHED-003",
      session_id: job.session,
      job_id: job.jobId,
      provider,
      job_kind: "model_run",
      lane: job.lane,
      priority: 50,
      concurrency_group: null,
      queue_wait_ms: queueWaitMs,
      attempt: 1,
      backoff_ms: backoffMs,
      reason,
    },
    {
      job_id: job.jobId,
      model_session_id: job.session,
      session_span_id: sessionSpan(job.session),
      activity_span_id: jobSpan(job.jobId),
    },
  );
}

/**
 * src/workflows.rs, `emit_session_scheduler_cancelled_event`, from
 * `cancel_model_run_job_no_cascade` (the cancelled job, then each live
 * descendant `cascade_cancel_session` finds), before the job's run ends.
 */
export function schedulerCancelled(
  at: Instant,
  job: Job,
  cancelledBy: string,
  reason: string,
): RuntimeEvent {
  return event(
    at,
    "session_scheduler.cancelled",
    "system",
    job.jobId,
    {
      type: "session_scheduler.cancelled",
      event_id: "FR-EVT-SESS-SCHED-004",
      session_id: job.session,
      job_id: job.jobId,
      job_kind: "model_run",
      lane: job.lane,
      priority: 50,
      concurrency_group: null,
      attempt: 1,
      cancelled_by: cancelledBy,
      reason,
    },
    {
      job_id: job.jobId,
      model_session_id: job.session,
      session_span_id: sessionSpan(job.session),
      activity_span_id: jobSpan(job.jobId),
    },
  );
}

/**
 * src/llm/ollama.rs, `emit_llm_inference_event` (the `LlmInferenceEvent` of
 * src/flight_recorder/mod.rs): one completed model call, actor agent,
 * `with_model_id` only: no job_id and no model_session_id; trace_id is the
 * request's, which `run_model_run_job` sets to the job id (`derive_trace_id`).
 * Hashes are sha256 hex (of stand-in texts here).
 */
export function llmInference(
  at: Instant,
  job: Job,
  tokens: { prompt: number; completion: number },
  latencyMs: number,
): RuntimeEvent {
  const model = job.model ?? "default-model";
  return event(
    at,
    "llm_inference",
    "agent",
    job.jobId,
    {
      type: "llm_inference",
      trace_id: job.jobId,
      model_id: model,
      token_usage: {
        prompt_tokens: tokens.prompt,
        completion_tokens: tokens.completion,
        total_tokens: tokens.prompt + tokens.completion,
      },
      prompt_hash: sha256Hex(`prompt:${job.jobId}`),
      response_hash: sha256Hex(`response:${job.jobId}`),
      latency_ms: latencyMs,
    },
    { model_id: model },
  );
}

/** sha256 hex, as `compute_hash` (src/llm/ollama.rs) writes it; here of a stand-in text. */
function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
