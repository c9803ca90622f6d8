import type { Instant, Job, RuntimeEvent } from "./emitters.js";
import {
  announceBack,
  capabilityCheck,
  cascadeCancel,
  llmInference,
  resetIds,
  schedulerCancelled,
  schedulerDispatch,
  schedulerEnqueue,
  schedulerRateLimited,
  sessionCompleted,
  sessionCreated,
  sessionMessage,
  spawnAccepted,
  spawnRejected,
  spawnRequested,
  stateChange,
  uuid,
  workflowRunFinished,
} from "./emitters.js";

/*
 * Model-run jobs as the runtime runs them (Nuntissura/Handshake,
 * src/backend/handshake_core/src/workflows.rs, commit 6519f4e2), written on
 * one clock from the emitter mirrors in emitters.ts. Each method is one step
 * of the code and emits what that step records, in its order:
 *
 * - `start_workflow_for_job`: `enforce_capabilities` logs the job's required
 *   capability (a model run is checked as a workflow_run: `doc.summarize`,
 *   src/capabilities.rs `job_requirements`), then `enqueue_model_run_job`:
 *   `validate_spawn_request` (depth, then the parent's active children, then
 *   grants), `session.spawn_requested` for a job with a parent, on refusal
 *   `session.spawn_rejected` and the job fails; otherwise
 *   `ensure_model_session_artifact_refs` (`session.created`, then one
 *   `session.message` per input message), `session_scheduler.enqueue` and, for
 *   a child, `session.spawn_accepted`;
 * - `run_model_run_dispatch_loop`: `model_run_dispatch_gate` either denies
 *   (`session_scheduler.rate_limited`, retried after max(backoff, 100 ms)) or
 *   `dispatch_model_run_job` records `session.state_change` CREATED -> ACTIVE
 *   and `session_scheduler.dispatch`;
 * - `run_model_run_job`: the provider adapter's `llm_inference`, the ASSISTANT
 *   `session.message`, `session.state_change` ACTIVE -> COMPLETED,
 *   `session.completed` and (child) `session.announce_back`; then
 *   `run_and_finalize_workflow_job` -> `finalize_model_run_after_terminal`
 *   records the state change, `session.completed` and announce-back again,
 *   and the run's closing `system` event;
 * - `cancel_model_run_job`: `session_scheduler.cancelled` for the job, then
 *   for each live descendant `cascade_cancel_session` finds, then
 *   `session.cascade_cancel` when it found any; the cancelled jobs' runs end
 *   through `finalize_model_run_after_terminal` (ACTIVE -> CANCELLED,
 *   announce-back `cancelled`, no second scheduler event).
 */

/** A job of a session with its workflow run (`ensure_model_run_workflow_run`). */
export interface RunJob extends Job {
  readonly workflowRunId: string;
}

/** What `SessionSchedulerConfig::from_env` read for the provider's token bucket (INV-SCHED-003). */
export interface RunConfig {
  /** SESSION_SCHED_RATE_LIMIT_REQUESTS_PER_MINUTE; unset = no rate limit (`RateLimitOutcome::Unlimited`). */
  readonly requestsPerMinute?: number;
  /** The sessions' backend (job input `backend`): the provider whose bucket applies; `ollama` here. */
  readonly provider?: string;
  /** The jobs' model (job input `model_id`), which the Ollama adapter's llm_inference names. */
  readonly model?: string;
}

/** `TokenBucket` (src/workflows.rs): capacity = per-minute limit, continuous refill, full at first use. */
class TokenBucket {
  #available: number;
  #last: number | undefined;
  readonly #capacity: number;
  readonly #perMs: number;

  constructor(perMinute: number) {
    this.#capacity = perMinute;
    this.#available = perMinute;
    this.#perMs = perMinute / 60_000;
  }

  #refill(ms: number): void {
    if (this.#last !== undefined) {
      this.#available = Math.min(this.#capacity, this.#available + (ms - this.#last) * this.#perMs);
    }
    this.#last = ms;
  }

  /** `try_acquire`: undefined when a request may go (and takes it), else the backoff in ms (`time_until`). */
  tryAcquire(ms: number): number | undefined {
    this.#refill(ms);
    if (this.#available >= 1) {
      this.#available -= 1;
      return undefined;
    }
    return Math.max(1, Math.ceil((1 - this.#available) / this.#perMs));
  }
}

/** The role of a session's messages (`SessionMessageRole::as_str`). */
type Role = "USER" | "ASSISTANT";

/** One run of the runtime, event by event. */
export class RuntimeRun {
  readonly events: RuntimeEvent[] = [];
  #ms: number;
  #n = 0;
  #jobs = 0;
  readonly #bucket: TokenBucket | undefined;
  readonly #provider: string;
  readonly #model: string;
  /** Token counts of every message stored for a session (`list_session_messages`). */
  readonly #messages = new Map<string, (number | null)[]>();
  /** Model-run jobs in state Queued (`list_queued_model_run_jobs`). */
  readonly #queued = new Set<string>();
  /** When each job was created (`AiJob.created_at`): queue waits are measured from it. */
  readonly #createdAt = new Map<string, number>();
  /** When each job was dispatched: its model call's latency is measured from it. */
  readonly #dispatchedAt = new Map<string, number>();

  constructor(start: number, config: RunConfig = {}) {
    resetIds();
    this.#ms = start;
    this.#bucket =
      config.requestsPerMinute === undefined
        ? undefined
        : new TokenBucket(config.requestsPerMinute);
    this.#provider = config.provider ?? "ollama";
    this.#model = config.model ?? "llama3.1:8b";
  }

  /** The instant `stepMs` after the previous event, with sub-millisecond digits that never land on a millisecond. */
  #at(stepMs: number): Instant {
    if (stepMs < 1) throw new Error("every event is at least 1 ms after the one before");
    this.#ms += stepMs;
    this.#n++;
    const n = this.#n;
    return { ms: this.#ms, subNs: (((n * 397) % 999) + 1) * 1000 + ((n * 131) % 1000) };
  }

  #push(e: RuntimeEvent): void {
    this.events.push(e);
  }

  /** A new model-run job for `session` (its id, and its workflow run's, from the run's job counter). */
  job(
    session: string,
    depth: number,
    options: { parent?: string; role?: string; lane?: Job["lane"] } = {},
  ): RunJob {
    this.#jobs++;
    return {
      jobId: uuid(1, this.#jobs),
      workflowRunId: uuid(2, this.#jobs),
      session,
      depth,
      role: options.role ?? (depth === 0 ? "Orchestrator" : "Coder"),
      lane: options.lane ?? (depth === 0 ? "PRIMARY" : "SUBAGENT"),
      model: this.#model,
      ...(options.parent === undefined ? {} : { parent: options.parent }),
    };
  }

  // --- start_workflow_for_job / enqueue_model_run_job, step by step -------------------------

  /** `enforce_capabilities` → `log_capability_check` (allow): the job starts. */
  capability(job: RunJob, afterMs: number): void {
    const at = this.#at(afterMs);
    this.#createdAt.set(job.jobId, at.ms - 1);
    this.#push(capabilityCheck(at, job, "doc.summarize", "allow"));
  }

  /** `emit_session_spawn_requested_event` (jobs with a parent only). */
  spawnRequested(job: RunJob, afterMs: number): void {
    this.#push(spawnRequested(this.#at(afterMs), job));
  }

  /** `emit_session_spawn_rejected_event` with the first reason of `validate_spawn_request`. */
  spawnRejected(job: RunJob, afterMs: number, reason: string, activeChildren: number): void {
    this.#push(spawnRejected(this.#at(afterMs), job, reason, activeChildren));
  }

  /** `ensure_model_session_artifact_refs` → `emit_session_created_event`. */
  created(job: RunJob, afterMs: number): void {
    this.#push(sessionCreated(this.#at(afterMs), job));
  }

  /** `emit_session_message_event` for a message stored for the session (input or ASSISTANT). */
  message(job: RunJob, afterMs: number, role: Role, tokens: number | null, id?: string): void {
    const stored = this.#messages.get(job.session) ?? [];
    stored.push(tokens);
    this.#messages.set(job.session, stored);
    const messageId = id ?? `msg-${job.session}-${stored.length}`;
    this.#push(sessionMessage(this.#at(afterMs), job, messageId, role, tokens));
  }

  /** `emit_session_scheduler_enqueue_event`: queue_depth counts the queued jobs, this one included. */
  enqueue(job: RunJob, afterMs: number): void {
    this.#queued.add(job.jobId);
    this.#push(schedulerEnqueue(this.#at(afterMs), job, this.#queued.size));
  }

  /** `emit_session_spawn_accepted_event` (jobs with a parent only). */
  spawnAccepted(job: RunJob, afterMs: number): void {
    this.#push(spawnAccepted(this.#at(afterMs), job));
  }

  /**
   * A job start the runtime accepts, in `enqueue_model_run_job`'s order:
   * capability check, [spawn_requested], created, the input message,
   * enqueue, [spawn_accepted].
   */
  start(job: RunJob, afterMs: number, inputTokens: number | null = 24): void {
    this.capability(job, afterMs);
    if (job.parent !== undefined) this.spawnRequested(job, 2);
    this.created(job, job.parent === undefined ? 6 : 8);
    this.message(job, 1, "USER", inputTokens);
    this.enqueue(job, 3);
    if (job.parent !== undefined) this.spawnAccepted(job, 1);
  }

  /** A spawn the runtime refuses: capability check, spawn_requested, spawn_rejected; the job fails. */
  reject(job: RunJob, afterMs: number, reason: string, activeChildren: number): void {
    this.capability(job, afterMs);
    this.spawnRequested(job, 2);
    this.spawnRejected(job, 1, reason, activeChildren);
  }

  // --- the dispatcher --------------------------------------------------------------------------

  /** The gate's answer for the queued job `afterMs` from now, without recording anything. */
  #gate(afterMs: number): number | undefined {
    return this.#bucket?.tryAcquire(this.#ms + afterMs);
  }

  /**
   * `model_run_dispatch_gate` allows the job and `dispatch_model_run_job`
   * records CREATED -> ACTIVE and the dispatch (queue_wait_ms since the job
   * was created). Throws when the provider's token bucket would have denied
   * it: a scenario must then record the denial with `rateLimited`.
   */
  dispatch(job: RunJob, afterMs: number): void {
    const backoff = this.#gate(afterMs);
    if (backoff !== undefined) {
      throw new Error(`the rate limit denies ${job.session}'s job here (backoff ${backoff} ms)`);
    }
    this.#queued.delete(job.jobId);
    this.#push(stateChange(this.#at(afterMs), job, "CREATED", "ACTIVE"));
    const at = this.#at(1);
    const wait = at.ms - (this.#createdAt.get(job.jobId) ?? at.ms);
    this.#dispatchedAt.set(job.jobId, at.ms);
    this.#push(schedulerDispatch(at, job, wait));
  }

  /**
   * The gate denies the queued job on the provider's requests-per-minute
   * bucket: `emit_session_scheduler_rate_limited_event` with the bucket's
   * backoff. Returns the delay before the dispatcher tries again
   * (max(backoff, 100 ms)). Throws when the bucket would have allowed it.
   */
  rateLimited(job: RunJob, afterMs: number): number {
    const backoff = this.#gate(afterMs);
    if (backoff === undefined) throw new Error(`the rate limit allows ${job.session}'s job here`);
    const at = this.#at(afterMs);
    const wait = at.ms - (this.#createdAt.get(job.jobId) ?? at.ms);
    this.#push(
      schedulerRateLimited(
        at,
        job,
        this.#provider,
        wait,
        backoff,
        "rate_limit_requests_per_minute_queued",
      ),
    );
    return Math.max(backoff, 100);
  }

  // --- the end of a job ------------------------------------------------------------------------

  /** `session.completed` as `emit_session_completed_observability_events` counts the session's messages. */
  #completed(job: RunJob, afterMs: number): void {
    const stored = this.#messages.get(job.session) ?? [];
    const total = stored.reduce<number>((sum, t) => sum + (t ?? 0), 0);
    this.#push(sessionCompleted(this.#at(afterMs), job, total, stored.length, null));
  }

  /** The artifact `run_model_run_job` stores the answer as (and announces back as the summary). */
  static answerArtifact(job: RunJob): string {
    return `artifact:model_run:${job.session}/${job.jobId}`;
  }

  /**
   * The model call returns and the job completes: `run_model_run_job`
   * (llm_inference, ASSISTANT message, COMPLETED, session.completed,
   * announce-back) then `finalize_model_run_after_terminal` (the same three
   * again) and the run's closing `system` event.
   */
  complete(
    job: RunJob,
    afterMs: number,
    tokens: { prompt: number; completion: number } = { prompt: 420, completion: 180 },
  ): void {
    const total = tokens.prompt + tokens.completion;
    const at = this.#at(afterMs);
    const latency = Math.max(1, at.ms - (this.#dispatchedAt.get(job.jobId) ?? at.ms) - 5);
    this.#push(llmInference(at, job, tokens, latency));
    this.message(job, 2, "ASSISTANT", total, `msg-${job.jobId}-answer`);
    const summary = RuntimeRun.answerArtifact(job);
    for (const step of [4, 20]) {
      this.#push(stateChange(this.#at(step), job, "ACTIVE", "COMPLETED"));
      this.#completed(job, 2);
      if (job.parent !== undefined) {
        this.#push(announceBack(this.#at(2), job, "completed", summary));
      }
    }
    this.#push(workflowRunFinished(this.#at(3), job, job.workflowRunId, "completed", null));
  }

  /** `cancel_model_run_job_no_cascade`: the job and its session are cancelled; `session_scheduler.cancelled`. */
  cancelJob(job: RunJob, afterMs: number, cancelledBy: string, reason: string): void {
    this.#queued.delete(job.jobId);
    this.#push(schedulerCancelled(this.#at(afterMs), job, cancelledBy, reason));
  }

  /** `emit_session_cascade_cancel_event` (only when `cascade_cancel_session` cancelled any). */
  cascade(root: RunJob, afterMs: number, cancelled: readonly RunJob[], reason: string): void {
    this.#push(
      cascadeCancel(
        this.#at(afterMs),
        root,
        cancelled.map((j) => j.session),
        reason,
      ),
    );
  }

  /**
   * A cancelled job's run notices (`is_model_run_cancel_requested`) and ends:
   * `finalize_model_run_after_terminal` records ACTIVE -> CANCELLED and, for a
   * child, announce-back `cancelled` (no summary); the scheduler event was
   * already recorded; then the run's closing `system` event.
   */
  endCancelled(job: RunJob, afterMs: number, reason: string): void {
    this.#push(stateChange(this.#at(afterMs), job, "ACTIVE", "CANCELLED"));
    if (job.parent !== undefined) this.#push(announceBack(this.#at(2), job, "cancelled", null));
    this.#push(workflowRunFinished(this.#at(3), job, job.workflowRunId, "cancelled", reason));
  }
}

/** The runtime's refusal reasons (src/workflows.rs, `validate_spawn_request`). */
export const REJECT = {
  depth: "INV-SPAWN-001: spawn_depth exceeds max_spawn_depth",
  childrenCap: "INV-SPAWN-002: parent session already at max_active_children_per_session",
} as const;
