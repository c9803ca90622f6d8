// @generated: do not edit by hand.
// Generator: @handshake/sap-codegen (sap generate)
// Source: registry/events/*.yaml
// Regenerate: pnpm sap generate

/**
 * Anti-pattern detected (FR-EVT-SAP-001, `anti_pattern.detected`).
 *
 * An engine found an anti-pattern and applied (or, in audit mode, recorded) its outcome.
 */
export interface AntiPatternDetectedPayload {
  /** Entry id, SAP-NNN. */
  readonly anti_pattern_id: string;
  /** Fields the entry's evidence.record names, from the triggering event. */
  readonly details: Readonly<Record<string, string>>;
  /** audit means recorded, not applied. */
  readonly mode: "enforce" | "audit";
  /**
   * Occurrence number for the entry and key.
   * A whole number.
   * @minimum 1
   */
  readonly occurrence: number;
  /** Outcome of the tier applied. */
  readonly outcome: "downgrade" | "require_consent" | "deny" | "force_stop";
  /** sha256 of the canonical JSON of the effective params. */
  readonly params_hash: string;
  /** Content hash of the registry, sha256:<hex>. */
  readonly registry_hash: string;
  /** Registry package version. */
  readonly registry_version: string;
  /** The session the finding is about. */
  readonly session_id: string;
  /** Entry severity. */
  readonly severity: string;
  /**
   * Tier number (1-based).
   * A whole number.
   * @minimum 1
   */
  readonly tier: number;
  /** The events that made the trigger fire. */
  readonly triggering_event_ids: readonly string[];
}

/**
 * Capability checked (FR-EVT-CAP-001, `capability.check`).
 *
 * The tool gate decided one capability use by a session. Every check, allowed or denied, is recorded.
 */
export interface CapabilityCheckPayload {
  /** The actor asking: the session's id, a plugin id or an MCP server id. */
  readonly actor_id: string;
  /**
   * Operator approval id when the decision rests on one.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly approval_id?: string;
  /** Capability id, axis[:scope], for example fs.read:inputs. */
  readonly capability_id: string;
  /** The gate's decision. */
  readonly decision: "allowed" | "denied" | "escalated";
  /** The job the call belongs to. */
  readonly job_id: string;
  /** Why: HSK-4001 is unknown_capability. */
  readonly reason: "granted" | "not_granted" | "unknown_capability" | "constraint" | "operator_approved" | "bypass";
  /** The session whose tool call is checked. */
  readonly session_id: string;
  /** Tool that asked. */
  readonly tool_name: string;
}

/**
 * Capabilities granted (FR-EVT-CAP-002, `capability.granted`).
 *
 * Capability ids were added to a session's grants, at creation (inherited or narrowed from the parent) or later.
 */
export interface CapabilityGrantedPayload {
  /** The ids granted. */
  readonly capability_ids: readonly string[];
  /** Who granted: self means the session widened its own grants. */
  readonly granted_by: "runtime" | "operator" | "parent_session" | "self";
  /**
   * The granting session when granted_by is parent_session or self.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly grantor_session_id?: string;
  /** The session receiving the grants. */
  readonly session_id: string;
  /** Capability token id. */
  readonly token_id: string;
}

/**
 * Capabilities revoked (FR-EVT-CAP-003, `capability.revoked`).
 *
 * Capability ids were removed from a session's grants (a downgrade outcome leaves this event).
 */
export interface CapabilityRevokedPayload {
  /** The ids revoked. */
  readonly capability_ids: readonly string[];
  /** Who revoked. */
  readonly revoked_by: "runtime" | "operator" | "policy";
  /** The session. */
  readonly session_id: string;
}

/**
 * Consent receipt issued (FR-EVT-CONSENT-001, `consent.receipt_issued`).
 *
 * An operator or pre-approved policy approved a projection plan for cloud calls by the listed sessions.
 */
export interface ConsentReceiptIssuedPayload {
  /** Who approved. */
  readonly issued_by: "operator" | "policy";
  /** Hash of the projection plan approved. */
  readonly plan_hash: string;
  /** Receipt id. */
  readonly receipt_id: string;
  /** Scope. */
  readonly scope: "SINGLE_CALL" | "SESSION_SCOPED" | "WP_SCOPED" | "BROADCAST_SCOPED";
  /** The session that asked for consent. */
  readonly session_id: string;
  /** Sessions covered, fixed at issue. */
  readonly session_ids: readonly string[];
  /**
   * Start of validity.
   * RFC 3339 UTC timestamp (int milliseconds in CEL).
   */
  readonly valid_from: string;
  /**
   * End of validity (exclusive).
   * RFC 3339 UTC timestamp (int milliseconds in CEL).
   */
  readonly valid_until: string;
}

/**
 * Consent receipt revoked (FR-EVT-CONSENT-002, `consent.receipt_revoked`).
 *
 * A receipt was revoked; its pending jobs must be cancelled and their sessions BLOCKED (INV-CONSENT-003).
 */
export interface ConsentReceiptRevokedPayload {
  /** Why. */
  readonly reason: string;
  /** Receipt id. */
  readonly receipt_id: string;
  /** Actor. */
  readonly revoked_by: string;
  /** The session that revoked it (the runtime's id for operator actions). */
  readonly session_id: string;
}

/**
 * Consent scope widened (FR-EVT-CONSENT-003, `consent.scope_widened`).
 *
 * A receipt's scope was widened (for example SINGLE_CALL to SESSION_SCOPED); widening must be logged.
 */
export interface ConsentScopeWidenedPayload {
  /** Actor approving the widening. */
  readonly approved_by: string;
  /** Old scope. */
  readonly from_scope: "SINGLE_CALL" | "SESSION_SCOPED" | "WP_SCOPED" | "BROADCAST_SCOPED";
  /** Receipt id. */
  readonly receipt_id: string;
  /** The session. */
  readonly session_id: string;
  /** New scope. */
  readonly to_scope: "SINGLE_CALL" | "SESSION_SCOPED" | "WP_SCOPED" | "BROADCAST_SCOPED";
}

/**
 * Execution requested (FR-EVT-EXEC-001, `exec.requested`).
 *
 * A session asked to run a command through a tool.
 */
export interface ExecRequestedPayload {
  /**
   * Per-call operator approval id; empty when none.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly approval_id?: string;
  /** destructive: hard reset, clean, interactive rebase, recursive delete, edits to governance artifacts. */
  readonly command_class: "read" | "write" | "destructive" | "network";
  /** Hash of the command line artifact. */
  readonly command_hash: string;
  /** Job id. */
  readonly job_id: string;
  /** The restriction in place for the command. */
  readonly sandbox: "container" | "worktree" | "none";
  /** The session. */
  readonly session_id: string;
  /** Tool running the command. */
  readonly tool_name: string;
}

/**
 * Execution started (FR-EVT-EXEC-002, `exec.started`).
 *
 * A requested command started, in the isolation it actually got.
 */
export interface ExecStartedPayload {
  /**
   * Why the isolation differs; empty when it does not.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly fallback_reason?: string;
  /** Isolation the command runs in. */
  readonly isolation: "container" | "worktree" | "host";
  /** Job id. */
  readonly job_id: string;
  /** Isolation the request asked for. */
  readonly requested_isolation: "container" | "worktree" | "host";
  /** The session. */
  readonly session_id: string;
}

/**
 * Extension install requested (FR-EVT-EXT-001, `extension.install_requested`).
 *
 * A session or operator asked to install a plugin, skill or MCP server from a registry.
 */
export interface ExtensionInstallRequestedPayload {
  /** What is installed. */
  readonly extension_kind: "plugin" | "skill" | "mcp_server";
  /**
   * Expected content hash (sha256:...); empty when not pinned.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly integrity?: string;
  /** Package name. */
  readonly name: string;
  /** The session asking. */
  readonly session_id: string;
  /** Registry it comes from. */
  readonly source_registry: string;
  /** Version as requested: an exact version (1.4.2) or a range/tag (^1.4, latest). */
  readonly version_spec: string;
}

/**
 * Bypass switch changed (FR-EVT-GOV-001, `governance.bypass_changed`).
 *
 * A flag, variable or setting that turns off the sandbox, approvals or capability checks was set or cleared (TRUST-004, AP-001).
 */
export interface GovernanceBypassChangedPayload {
  /** Who changed it. */
  readonly actor_id: string;
  /** The control bypassed. */
  readonly control: "sandbox" | "approvals" | "capability_checks";
  /** True when the bypass was turned on. */
  readonly enabled: boolean;
  /** global: every session; session: only target_session_id. */
  readonly scope: "global" | "session";
  /** The session the change was made from (the runtime's own id for operator changes). */
  readonly session_id: string;
  /** How it was changed. */
  readonly source: "cli_flag" | "env_var" | "config_setting" | "api_call";
  /**
   * The one session a session-scoped bypass applies to.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly target_session_id?: string;
}

/**
 * Model call finished (FR-EVT-MODEL-002, `model.call_finished`).
 *
 * A model call ended.
 */
export interface ModelCallFinishedPayload {
  /** Job id. */
  readonly job_id: string;
  /** The session. */
  readonly session_id: string;
  /** How it ended. */
  readonly status: "ok" | "error" | "cancelled" | "timeout";
  /**
   * Tokens used.
   * A whole number.
   * @minimum 0
   */
  readonly tokens: number;
}

/**
 * Model call started (FR-EVT-MODEL-001, `model.call_started`).
 *
 * A model call began executing for a session.
 */
export interface ModelCallStartedPayload {
  /** The scheduler job the call runs as; empty when none. */
  readonly job_id: string;
  /** Where the model runs. */
  readonly locality: "local" | "cloud";
  /** Model. */
  readonly model_id: string;
  /**
   * Hash of the projection plan disclosed for this call.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly plan_hash?: string;
  /** Provider. */
  readonly provider: string;
  /**
   * Consent receipt the call relies on; empty when none.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly receipt_id?: string;
  /** The session. */
  readonly session_id: string;
}

/**
 * Child announced back (FR-EVT-SESS-SPAWN-004, `session.announce_back`).
 *
 * A finished child wrote its summary artifact and announced back to its requester (references and hashes only).
 */
export interface SessionAnnounceBackPayload {
  /** The child. */
  readonly child_session_id: string;
  /** Message id in the requester's mailbox. */
  readonly mailbox_message_id: string;
  /** The parent it reports to. */
  readonly requester_session_id: string;
  /** The child's final state. */
  readonly status: "COMPLETED" | "FAILED" | "CANCELLED";
  /** Summary artifact id. */
  readonly summary_artifact_id: string;
}

/**
 * Budget warning (FR-EVT-SESS-005, `session.budget_warning`).
 *
 * A session's token, cost or time budget crossed its warning threshold.
 */
export interface SessionBudgetWarningPayload {
  /** Which budget. */
  readonly budget_type: "tokens" | "cost_usd" | "duration_ms";
  /** Current consumption. */
  readonly current_value: number;
  /** The session. */
  readonly session_id: string;
  /** The warning threshold. */
  readonly threshold_value: number;
}

/**
 * Cascade cancel (FR-EVT-SESS-SPAWN-005, `session.cascade_cancel`).
 *
 * Cancelling a root cancelled every descendant (INV-SPAWN-004).
 */
export interface SessionCascadeCancelPayload {
  /** Every descendant cancelled with it. */
  readonly cancelled_session_ids: readonly string[];
  /** Why. */
  readonly reason: string;
  /** The cancelled session whose descendants follow. */
  readonly root_session_id: string;
}

/**
 * Checkpoint written (FR-EVT-SESS-CKPT-001, `session.checkpoint`).
 *
 * The runtime checkpointed a session.
 */
export interface SessionCheckpointPayload {
  /** Checkpoint id. */
  readonly checkpoint_id: string;
  /**
   * Messages since the previous checkpoint.
   * A whole number.
   * @minimum 0
   */
  readonly messages_since_last: number;
  /** The session. */
  readonly session_id: string;
  /**
   * Tokens since the previous checkpoint.
   * A whole number.
   * @minimum 0
   */
  readonly tokens_since_last: number;
  /** Why it was written. */
  readonly trigger: "tool_call" | "operator_action" | "before_pause" | "shutdown" | "streaming_interval";
}

/**
 * Session completed (FR-EVT-SESS-003, `session.completed`).
 *
 * A session finished its work.
 */
export interface SessionCompletedPayload {
  /**
   * Wall time of the session.
   * A whole number.
   * @minimum 0
   */
  readonly duration_ms: number;
  /**
   * Messages in its thread.
   * A whole number.
   * @minimum 0
   */
  readonly messages_count: number;
  /** The session. */
  readonly session_id: string;
  /**
   * Cost in US dollars.
   * @minimum 0
   */
  readonly total_cost_usd: number;
  /**
   * Tokens used over the session's life.
   * A whole number.
   * @minimum 0
   */
  readonly total_tokens: number;
}

/**
 * Session created (FR-EVT-SESS-001, `session.created`).
 *
 * A model session exists. Root sessions have spawn_depth 0; children are also announced by session.spawn_accepted.
 */
export interface SessionCreatedPayload {
  /** Backend: local, or the cloud provider's name. */
  readonly backend: string;
  /** Fixed at creation (INV-SESS-004). */
  readonly memory_policy: "EPHEMERAL" | "SESSION_SCOPED" | "WORKSPACE_SCOPED";
  /** Model the session runs on. */
  readonly model_id: string;
  /**
   * Bound micro-task id.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly mt_id?: string;
  /** Orchestrator, Coder, Validator or a custom role. */
  readonly role: string;
  /** The new session's stable id. */
  readonly session_id: string;
  /**
   * 0 for a root session, +1 per spawn.
   * A whole number.
   * @minimum 0
   */
  readonly spawn_depth: number;
  /**
   * Bound work packet id.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly wp_id?: string;
}

/**
 * Cross-session access (FR-EVT-ISO-001, `session.cross_access`).
 *
 * A session read another session's message thread or uncommitted worktree.
 */
export interface SessionCrossAccessPayload {
  /**
   * Operator approval id; empty when none.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly approval_id?: string;
  /** The gate's decision. */
  readonly decision: "allowed" | "denied";
  /** What was read. */
  readonly resource: "message_thread" | "worktree";
  /** The reading session. */
  readonly session_id: string;
  /** The session read. */
  readonly target_session_id: string;
}

/**
 * Message appended (FR-EVT-SESS-004, `session.message`).
 *
 * A message was appended to the session's thread. Content lives in a hashed artifact (INV-SESS-002).
 */
export interface SessionMessagePayload {
  /** Hash of the content artifact, sha256:<64 hex>. */
  readonly content_hash: string;
  /** Message id. */
  readonly message_id: string;
  /** The message's role in the thread. */
  readonly role: "SYSTEM" | "USER" | "ASSISTANT" | "TOOL_CALL" | "TOOL_RESULT";
  /** The session. */
  readonly session_id: string;
  /**
   * Tokens in the message.
   * A whole number.
   * @minimum 0
   */
  readonly token_count: number;
}

/**
 * Spawn accepted (FR-EVT-SESS-SPAWN-002, `session.spawn_accepted`).
 *
 * The runtime created the child session.
 */
export interface SessionSpawnAcceptedPayload {
  /** Role of the child. */
  readonly child_role: string;
  /** The new child. */
  readonly child_session_id: string;
  /** The parent. */
  readonly requester_session_id: string;
  /**
   * Depth of the child.
   * A whole number.
   * @minimum 1
   */
  readonly spawn_depth: number;
}

/**
 * Spawn rejected (FR-EVT-SESS-SPAWN-003, `session.spawn_rejected`).
 *
 * The runtime refused a spawn request.
 */
export interface SessionSpawnRejectedPayload {
  /**
   * The requester's active children at the time.
   * A whole number.
   * @minimum 0
   */
  readonly active_children_count: number;
  /** Why. */
  readonly rejection_reason: "depth_limit_exceeded" | "children_cap_reached" | "global_cap_reached" | "policy_denied";
  /** The requesting session. */
  readonly requester_session_id: string;
  /**
   * Depth the child would have had.
   * A whole number.
   * @minimum 1
   */
  readonly spawn_depth: number;
}

/**
 * Spawn requested (FR-EVT-SESS-SPAWN-001, `session.spawn_requested`).
 *
 * A session asked the runtime for a child session. The answer (accepted or rejected) is immediate.
 */
export interface SessionSpawnRequestedPayload {
  /** Role of the requested child. */
  readonly child_role: string;
  /** The requesting session. */
  readonly requester_session_id: string;
  /**
   * Depth the child would have.
   * A whole number.
   * @minimum 1
   */
  readonly spawn_depth: number;
  /** Spawn mode. */
  readonly spawn_mode: "ONE_SHOT" | "SESSION_PERSISTENT";
}

/**
 * Session state changed (FR-EVT-SESS-002, `session.state_change`).
 *
 * A session moved between CREATED, ACTIVE, PAUSED, BLOCKED, COMPLETED, FAILED and CANCELLED. Terminal states are sticky.
 */
export interface SessionStateChangePayload {
  /** State before. */
  readonly from_state: "CREATED" | "ACTIVE" | "PAUSED" | "BLOCKED" | "COMPLETED" | "FAILED" | "CANCELLED";
  /** Why, for example crash_recovery, consent_revoked, parent_cancelled. */
  readonly reason: string;
  /** The session. */
  readonly session_id: string;
  /** State after. */
  readonly to_state: "CREATED" | "ACTIVE" | "PAUSED" | "BLOCKED" | "COMPLETED" | "FAILED" | "CANCELLED";
}

/**
 * Job cancelled (FR-EVT-SESS-SCHED-004, `session_scheduler.cancelled`).
 *
 * A job was cancelled cooperatively and ends CANCELLED (INV-SCHED-004).
 */
export interface SessionSchedulerCancelledPayload {
  /** Actor that cancelled it. */
  readonly cancelled_by: string;
  /** Job id. */
  readonly job_id: string;
  /** Why, for example consent_revoked, parent_cancelled, operator. */
  readonly reason: string;
  /** The session. */
  readonly session_id: string;
}

/**
 * Job dispatched (FR-EVT-SESS-SCHED-002, `session_scheduler.dispatch`).
 *
 * A queued job left the queue and its model call may start.
 */
export interface SessionSchedulerDispatchPayload {
  /** Job id. */
  readonly job_id: string;
  /** Scheduler lane. */
  readonly lane: "PRIMARY" | "SUBAGENT" | "BACKGROUND" | "VALIDATION";
  /**
   * Time the job waited in the queue.
   * A whole number.
   * @minimum 0
   */
  readonly queue_wait_ms: number;
  /** The session. */
  readonly session_id: string;
}

/**
 * Job enqueued (FR-EVT-SESS-SCHED-001, `session_scheduler.enqueue`).
 *
 * A model_run job entered a lane's queue.
 */
export interface SessionSchedulerEnqueuePayload {
  /** Group the concurrency limit is counted in (provider/model). */
  readonly concurrency_group: string;
  /** Job id. */
  readonly job_id: string;
  /** Scheduler lane. */
  readonly lane: "PRIMARY" | "SUBAGENT" | "BACKGROUND" | "VALIDATION";
  /**
   * 0 is highest; default 50.
   * A whole number.
   * @minimum 0
   */
  readonly priority: number;
  /** The session the job runs for. */
  readonly session_id: string;
}

/**
 * Job rate limited (FR-EVT-SESS-SCHED-003, `session_scheduler.rate_limited`).
 *
 * A job was held back by a provider rate limit, with a logged deterministic backoff (INV-SCHED-003).
 */
export interface SessionSchedulerRateLimitedPayload {
  /**
   * Attempt number.
   * A whole number.
   * @minimum 1
   */
  readonly attempt: number;
  /**
   * Backoff before the next attempt.
   * A whole number.
   * @minimum 0
   */
  readonly backoff_ms: number;
  /** Job id. */
  readonly job_id: string;
  /** Provider whose limit applied. */
  readonly provider: string;
  /** The session. */
  readonly session_id: string;
}

/**
 * Inbound message attributed (FR-EVT-TRUST-001, `trust.message_received`).
 *
 * The trust-boundary gate received a message for a session and attributed it to a source before it entered the thread.
 */
export interface TrustMessageReceivedPayload {
  /**
   * Hash of the content artifact; empty when missing.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly content_hash?: string;
  /** Role the sender asked for. */
  readonly declared_role: "SYSTEM" | "USER" | "ASSISTANT" | "TOOL_CALL" | "TOOL_RESULT";
  /** Role the message entered the thread with. */
  readonly delivered_role: "SYSTEM" | "USER" | "ASSISTANT" | "TOOL_CALL" | "TOOL_RESULT";
  /** Message id. */
  readonly message_id: string;
  /** The receiving session. */
  readonly session_id: string;
  /** Id of the source (plugin id, server id, session id); empty when unattributed. */
  readonly source_id: string;
  /** runtime covers the workflow engine, scheduler and governance gates. */
  readonly source_kind: "runtime" | "operator" | "session" | "mcp_server" | "plugin" | "tool" | "external";
  /**
   * For source_kind session, the sending session's role.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly source_role?: string;
  /**
   * For source_kind session, the sending session.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly source_session_id?: string;
  /** TRUST-002 flag: trusted (internal), untrusted (external) or unset (missing). */
  readonly trust: "trusted" | "untrusted" | "unset";
}

/**
 * Recovery action (FR-EVT-WF-RECOVERY, `workflow.recovery`).
 *
 * The runtime acted on a session after a crash.
 */
export interface WorkflowRecoveryPayload {
  /** What was done. */
  readonly action: "paused_for_recovery" | "resumed" | "tool_call_reevaluated" | "tool_call_rerun" | "abandoned";
  /**
   * Checkpoint restored from; empty when none exists.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly checkpoint_id?: string;
  /** The session. */
  readonly session_id: string;
  /**
   * The pending tool call concerned.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly tool_call_id?: string;
}

/**
 * Workspace write (FR-EVT-WS-001, `workspace.write`).
 *
 * A session wrote a file.
 */
export interface WorkspaceWritePayload {
  /** True when the path is inside the session's declared in-scope paths. */
  readonly in_scope: boolean;
  /** Job id. */
  readonly job_id: string;
  /** Path written, relative to the repository root. */
  readonly path: string;
  /** The session. */
  readonly session_id: string;
  /**
   * The session's worktree; empty under file-scope locks.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly worktree_id?: string;
}

/** The typed payload of every event type in the catalog, by event type. */
export interface EventPayloads {
  readonly "anti_pattern.detected": AntiPatternDetectedPayload;
  readonly "capability.check": CapabilityCheckPayload;
  readonly "capability.granted": CapabilityGrantedPayload;
  readonly "capability.revoked": CapabilityRevokedPayload;
  readonly "consent.receipt_issued": ConsentReceiptIssuedPayload;
  readonly "consent.receipt_revoked": ConsentReceiptRevokedPayload;
  readonly "consent.scope_widened": ConsentScopeWidenedPayload;
  readonly "exec.requested": ExecRequestedPayload;
  readonly "exec.started": ExecStartedPayload;
  readonly "extension.install_requested": ExtensionInstallRequestedPayload;
  readonly "governance.bypass_changed": GovernanceBypassChangedPayload;
  readonly "model.call_finished": ModelCallFinishedPayload;
  readonly "model.call_started": ModelCallStartedPayload;
  readonly "session.announce_back": SessionAnnounceBackPayload;
  readonly "session.budget_warning": SessionBudgetWarningPayload;
  readonly "session.cascade_cancel": SessionCascadeCancelPayload;
  readonly "session.checkpoint": SessionCheckpointPayload;
  readonly "session.completed": SessionCompletedPayload;
  readonly "session.created": SessionCreatedPayload;
  readonly "session.cross_access": SessionCrossAccessPayload;
  readonly "session.message": SessionMessagePayload;
  readonly "session.spawn_accepted": SessionSpawnAcceptedPayload;
  readonly "session.spawn_rejected": SessionSpawnRejectedPayload;
  readonly "session.spawn_requested": SessionSpawnRequestedPayload;
  readonly "session.state_change": SessionStateChangePayload;
  readonly "session_scheduler.cancelled": SessionSchedulerCancelledPayload;
  readonly "session_scheduler.dispatch": SessionSchedulerDispatchPayload;
  readonly "session_scheduler.enqueue": SessionSchedulerEnqueuePayload;
  readonly "session_scheduler.rate_limited": SessionSchedulerRateLimitedPayload;
  readonly "trust.message_received": TrustMessageReceivedPayload;
  readonly "workflow.recovery": WorkflowRecoveryPayload;
  readonly "workspace.write": WorkspaceWritePayload;
}

/** Every event type in the catalog. */
export type EventType = keyof EventPayloads;

/** Every event type in the catalog, sorted. */
export const eventTypes = [
  "anti_pattern.detected",
  "capability.check",
  "capability.granted",
  "capability.revoked",
  "consent.receipt_issued",
  "consent.receipt_revoked",
  "consent.scope_widened",
  "exec.requested",
  "exec.started",
  "extension.install_requested",
  "governance.bypass_changed",
  "model.call_finished",
  "model.call_started",
  "session.announce_back",
  "session.budget_warning",
  "session.cascade_cancel",
  "session.checkpoint",
  "session.completed",
  "session.created",
  "session.cross_access",
  "session.message",
  "session.spawn_accepted",
  "session.spawn_rejected",
  "session.spawn_requested",
  "session.state_change",
  "session_scheduler.cancelled",
  "session_scheduler.dispatch",
  "session_scheduler.enqueue",
  "session_scheduler.rate_limited",
  "trust.message_received",
  "workflow.recovery",
  "workspace.write",
] as const satisfies readonly EventType[];
