// @generated: do not edit by hand.
// Generator: @handshake/sap-codegen (sap generate)
// Source: registry/events/*.yaml
// Regenerate: pnpm sap generate

/** Anti-pattern detected (FR-EVT-SAP-001, `anti_pattern.detected`). */
export interface AntiPatternDetectedPayload {
  readonly anti_pattern_id: string;
  readonly details: Readonly<Record<string, string>>;
  readonly mode: "enforce" | "audit";
  /**
   * A whole number.
   * @minimum 1
   */
  readonly occurrence: number;
  readonly outcome: "downgrade" | "require_consent" | "deny" | "force_stop";
  readonly params_hash: string;
  readonly registry_hash: string;
  readonly registry_version: string;
  readonly session_id: string;
  readonly severity: string;
  /**
   * A whole number.
   * @minimum 1
   */
  readonly tier: number;
  readonly triggering_event_ids: readonly string[];
}

/** Capability checked (FR-EVT-SAP-CAP-001, `capability.check`). */
export interface CapabilityCheckPayload {
  readonly actor_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly approval_id?: string;
  readonly capability_id: string;
  readonly decision: "allowed" | "denied" | "escalated";
  readonly job_id: string;
  readonly reason: "granted" | "not_granted" | "unknown_capability" | "constraint" | "operator_approved" | "bypass";
  readonly session_id: string;
  readonly tool_name: string;
}

/** Capabilities granted (FR-EVT-SAP-CAP-002, `capability.granted`). */
export interface CapabilityGrantedPayload {
  readonly capability_ids: readonly string[];
  readonly granted_by: "runtime" | "operator" | "parent_session" | "self";
  /** Optional: absent reads as the zero value in triggers. */
  readonly grantor_session_id?: string;
  readonly session_id: string;
  readonly token_id: string;
}

/** Capabilities revoked (FR-EVT-SAP-CAP-003, `capability.revoked`). */
export interface CapabilityRevokedPayload {
  readonly capability_ids: readonly string[];
  readonly revoked_by: "runtime" | "operator" | "policy";
  readonly session_id: string;
}

/** Capability checked (FR-EVT-004, `capability_action`). */
export interface CapabilityActionPayload {
  readonly actor_id: string;
  readonly capability_id: string;
  readonly decision_outcome: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly job_id?: string;
}

/** Cloud escalation approved (FR-EVT-CLOUD-002, `cloud_escalation_approved`). */
export interface CloudEscalationApprovedPayload {
  readonly consent_receipt_id: string;
  readonly last_error_summary: string;
  /**
   * A whole number.
   * @minimum 0
   */
  readonly local_attempts: number;
  readonly mt_id: string;
  readonly outcome: string;
  readonly projection_plan_id: string;
  readonly reason: string;
  readonly request_id: string;
  readonly requested_model_id: string;
  readonly wp_id: string;
}

/** Cloud escalation denied (FR-EVT-CLOUD-003, `cloud_escalation_denied`). */
export interface CloudEscalationDeniedPayload {
  /** Optional: absent reads as the zero value in triggers. */
  readonly consent_receipt_id?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly consent_scope?: "SINGLE_CALL" | "SESSION_SCOPED" | "WP_SCOPED" | "BROADCAST_SCOPED";
  /** Optional: absent reads as the zero value in triggers. */
  readonly last_error_summary?: string;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly local_attempts?: number;
  /** Optional: absent reads as the zero value in triggers. */
  readonly mt_id?: string;
  readonly outcome: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly projection_plan_id?: string;
  readonly reason: string;
  readonly request_id: string;
  readonly requested_model_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly session_id?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly session_ids?: readonly string[];
  /** Optional: absent reads as the zero value in triggers. */
  readonly wp_id?: string;
}

/** Cloud escalation executed (FR-EVT-CLOUD-004, `cloud_escalation_executed`). */
export interface CloudEscalationExecutedPayload {
  readonly consent_receipt_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly consent_scope?: "SINGLE_CALL" | "SESSION_SCOPED" | "WP_SCOPED" | "BROADCAST_SCOPED";
  readonly last_error_summary: string;
  /**
   * A whole number.
   * @minimum 0
   */
  readonly local_attempts: number;
  readonly mt_id: string;
  readonly outcome: string;
  readonly projection_plan_id: string;
  readonly reason: string;
  readonly request_id: string;
  readonly requested_model_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly session_id?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly session_ids?: readonly string[];
  readonly wp_id: string;
}

/** Cloud escalation requested (FR-EVT-CLOUD-001, `cloud_escalation_requested`). */
export interface CloudEscalationRequestedPayload {
  readonly last_error_summary: string;
  /**
   * A whole number.
   * @minimum 0
   */
  readonly local_attempts: number;
  readonly mt_id: string;
  readonly projection_plan_id: string;
  readonly reason: string;
  readonly request_id: string;
  readonly requested_model_id: string;
  readonly wp_id: string;
}

/** Consent receipt issued (FR-EVT-SAP-CONSENT-001, `consent.receipt_issued`). */
export interface ConsentReceiptIssuedPayload {
  readonly issued_by: "operator" | "policy";
  readonly plan_hash: string;
  readonly receipt_id: string;
  readonly scope: "SINGLE_CALL" | "SESSION_SCOPED" | "WP_SCOPED" | "BROADCAST_SCOPED";
  readonly session_id: string;
  readonly session_ids: readonly string[];
  /** RFC 3339 UTC timestamp (int milliseconds in CEL). */
  readonly valid_from: string;
  /** RFC 3339 UTC timestamp (int milliseconds in CEL). */
  readonly valid_until: string;
}

/** Consent receipt revoked (FR-EVT-SAP-CONSENT-002, `consent.receipt_revoked`). */
export interface ConsentReceiptRevokedPayload {
  readonly reason: string;
  readonly receipt_id: string;
  readonly revoked_by: string;
  readonly session_id: string;
}

/** Consent scope widened (FR-EVT-SAP-CONSENT-003, `consent.scope_widened`). */
export interface ConsentScopeWidenedPayload {
  readonly approved_by: string;
  readonly from_scope: "SINGLE_CALL" | "SESSION_SCOPED" | "WP_SCOPED" | "BROADCAST_SCOPED";
  readonly receipt_id: string;
  readonly session_id: string;
  readonly to_scope: "SINGLE_CALL" | "SESSION_SCOPED" | "WP_SCOPED" | "BROADCAST_SCOPED";
}

/** Execution requested (FR-EVT-SAP-EXEC-001, `exec.requested`). */
export interface ExecRequestedPayload {
  /** Optional: absent reads as the zero value in triggers. */
  readonly approval_id?: string;
  readonly command_class: "read" | "write" | "destructive" | "network";
  readonly command_hash: string;
  readonly job_id: string;
  readonly sandbox: "container" | "worktree" | "none";
  readonly session_id: string;
  readonly tool_name: string;
}

/** Execution started (FR-EVT-SAP-EXEC-002, `exec.started`). */
export interface ExecStartedPayload {
  /** Optional: absent reads as the zero value in triggers. */
  readonly fallback_reason?: string;
  readonly isolation: "container" | "worktree" | "host";
  readonly job_id: string;
  readonly requested_isolation: "container" | "worktree" | "host";
  readonly session_id: string;
}

/** Extension install requested (FR-EVT-SAP-EXT-001, `extension.install_requested`). */
export interface ExtensionInstallRequestedPayload {
  readonly extension_kind: "plugin" | "skill" | "mcp_server";
  /** Optional: absent reads as the zero value in triggers. */
  readonly integrity?: string;
  readonly name: string;
  readonly session_id: string;
  readonly source_registry: string;
  readonly version_spec: string;
}

/** Bypass switch changed (FR-EVT-SAP-GOV-001, `governance.bypass_changed`). */
export interface GovernanceBypassChangedPayload {
  readonly actor_id: string;
  readonly control: "sandbox" | "approvals" | "capability_checks";
  readonly enabled: boolean;
  readonly scope: "global" | "session";
  readonly session_id: string;
  readonly source: "cli_flag" | "env_var" | "config_setting" | "api_call";
  /** Optional: absent reads as the zero value in triggers. */
  readonly target_session_id?: string;
}

/** Model inference (FR-EVT-006, `llm_inference`). */
export interface LlmInferencePayload {
  /** Optional: absent reads as the zero value in triggers. */
  readonly ace_validation?: unknown;
  /** Optional: absent reads as the zero value in triggers. */
  readonly adapter?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly context_snapshot_id?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly finish_reason?: string;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly gen_eval_ms?: number;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly latency_ms?: number;
  /** Optional: absent reads as the zero value in triggers. */
  readonly model_call_correlation_id?: string;
  readonly model_id: string;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly ordered_index?: number;
  /** Optional: absent reads as the zero value in triggers. */
  readonly phase?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly prompt_envelope?: Readonly<Record<string, string>>;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly prompt_eval_ms?: number;
  /** Optional: absent reads as the zero value in triggers. */
  readonly prompt_hash?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly request_id?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly response_hash?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly schema_version?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly spec_prompt_pack_id?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly spec_prompt_pack_sha256?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly token_counts?: unknown;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly token_id?: number;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly token_index?: number;
  readonly token_usage: unknown;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly tokens_generated?: number;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly tokens_in_prompt?: number;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly total_ms?: number;
  readonly trace_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly truncation?: unknown;
}

/** Model call finished (FR-EVT-SAP-MODEL-002, `model.call_finished`). */
export interface ModelCallFinishedPayload {
  readonly job_id: string;
  readonly session_id: string;
  readonly status: "ok" | "error" | "cancelled" | "timeout";
  /**
   * A whole number.
   * @minimum 0
   */
  readonly tokens: number;
}

/** Model call started (FR-EVT-SAP-MODEL-001, `model.call_started`). */
export interface ModelCallStartedPayload {
  readonly job_id: string;
  readonly locality: "local" | "cloud";
  readonly model_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly plan_hash?: string;
  readonly provider: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly receipt_id?: string;
  readonly session_id: string;
}

/** Security violation (job poisoned) (FR-EVT-008, `security_violation`). */
export interface SecurityViolationPayload {
  readonly action_taken: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly context?: string;
  readonly description: string;
  readonly guard_name: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly job_state_transition?: string;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly offset?: number;
  /** Optional: absent reads as the zero value in triggers. */
  readonly source_id?: string;
  readonly trigger: string;
  readonly violation_type: string;
}

/** Child announced back (FR-EVT-SESS-SPAWN-004, `session.announce_back`). */
export interface SessionAnnounceBackPayload {
  readonly child_session_id: string;
  readonly mailbox_message_id: string;
  readonly requester_session_id: string;
  readonly status: "COMPLETED" | "FAILED" | "CANCELLED" | "completed" | "failed" | "cancelled";
  /** Optional: absent reads as the zero value in triggers. */
  readonly summary_artifact_id?: string;
}

/** Budget warning (FR-EVT-SESS-005, `session.budget_warning`). */
export interface SessionBudgetWarningPayload {
  /** Optional: absent reads as the zero value in triggers. */
  readonly budget_type?: "tokens" | "cost_usd" | "duration_ms";
  readonly current_value: number;
  /** Optional: absent reads as the zero value in triggers. */
  readonly job_id?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly metric?: string;
  readonly session_id: string;
  readonly threshold_value: number;
}

/** Cascade cancel (FR-EVT-SESS-SPAWN-005, `session.cascade_cancel`). */
export interface SessionCascadeCancelPayload {
  readonly cancelled_session_ids: readonly string[];
  readonly reason: string;
  readonly root_session_id: string;
}

/** Checkpoint written (FR-EVT-SAP-CKPT-001, `session.checkpoint`). */
export interface SessionCheckpointPayload {
  readonly checkpoint_id: string;
  /**
   * A whole number.
   * @minimum 0
   */
  readonly messages_since_last: number;
  readonly session_id: string;
  /**
   * A whole number.
   * @minimum 0
   */
  readonly tokens_since_last: number;
  readonly trigger: "tool_call" | "operator_action" | "before_pause" | "shutdown" | "streaming_interval";
}

/** Session completed (FR-EVT-SESS-003, `session.completed`). */
export interface SessionCompletedPayload {
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly duration_ms?: number;
  /** Optional: absent reads as the zero value in triggers. */
  readonly job_id?: string;
  /**
   * A whole number.
   * @minimum 0
   */
  readonly messages_count: number;
  readonly session_id: string;
  /**
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly total_cost_usd?: number;
  /**
   * A whole number.
   * @minimum 0
   */
  readonly total_tokens: number;
}

/** Session created (FR-EVT-SESS-001, `session.created`). */
export interface SessionCreatedPayload {
  /** Optional: absent reads as the zero value in triggers. */
  readonly backend?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly job_id?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly memory_policy?: "EPHEMERAL" | "SESSION_SCOPED" | "WORKSPACE_SCOPED";
  /** Optional: absent reads as the zero value in triggers. */
  readonly model_id?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly mt_id?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly role?: string;
  readonly session_id: string;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly spawn_depth?: number;
  /** Optional: absent reads as the zero value in triggers. */
  readonly state?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly wp_id?: string;
}

/** Cross-session access (FR-EVT-SAP-ISO-001, `session.cross_access`). */
export interface SessionCrossAccessPayload {
  /** Optional: absent reads as the zero value in triggers. */
  readonly approval_id?: string;
  readonly decision: "allowed" | "denied";
  readonly resource: "message_thread" | "worktree";
  readonly session_id: string;
  readonly target_session_id: string;
}

/** Message appended (FR-EVT-SESS-004, `session.message`). */
export interface SessionMessagePayload {
  /** Optional: absent reads as the zero value in triggers. */
  readonly content_artifact_id?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly content_hash?: string;
  readonly message_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly redacted?: boolean;
  readonly role: "SYSTEM" | "USER" | "ASSISTANT" | "TOOL_CALL" | "TOOL_RESULT";
  readonly session_id: string;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly token_count?: number;
}

/** Spawn accepted (FR-EVT-SESS-SPAWN-002, `session.spawn_accepted`). */
export interface SessionSpawnAcceptedPayload {
  readonly child_role: string;
  readonly child_session_id: string;
  readonly requester_session_id: string;
  /**
   * A whole number.
   * @minimum 1
   */
  readonly spawn_depth: number;
}

/** Spawn rejected (FR-EVT-SESS-SPAWN-003, `session.spawn_rejected`). */
export interface SessionSpawnRejectedPayload {
  /**
   * A whole number.
   * @minimum 0
   */
  readonly active_children_count: number;
  readonly rejection_reason: string;
  readonly requester_session_id: string;
  /**
   * A whole number.
   * @minimum 1
   */
  readonly spawn_depth: number;
}

/** Spawn requested (FR-EVT-SESS-SPAWN-001, `session.spawn_requested`). */
export interface SessionSpawnRequestedPayload {
  readonly child_role: string;
  readonly requester_session_id: string;
  /**
   * A whole number.
   * @minimum 1
   */
  readonly spawn_depth: number;
  readonly spawn_mode: string;
}

/** Session state changed (FR-EVT-SESS-002, `session.state_change`). */
export interface SessionStateChangePayload {
  readonly from_state: "CREATED" | "ACTIVE" | "PAUSED" | "BLOCKED" | "COMPLETED" | "FAILED" | "CANCELLED";
  /** Optional: absent reads as the zero value in triggers. */
  readonly job_id?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly reason?: string;
  readonly session_id: string;
  readonly to_state: "CREATED" | "ACTIVE" | "PAUSED" | "BLOCKED" | "COMPLETED" | "FAILED" | "CANCELLED";
}

/** Session checkpoint created (FR-EVT-MT-002-001, `session_checkpoint_created`). */
export interface SessionCheckpointCreatedPayload {
  readonly checkpoint_artifact_id: string;
  readonly checkpoint_id: string;
  /** RFC 3339 UTC timestamp (int milliseconds in CEL). */
  readonly checkpointed_at: string;
  readonly message_thread_tail_id: string;
  /**
   * A whole number.
   * @minimum 0
   */
  readonly pending_tool_call_count: number;
  readonly reason: string;
  readonly session_id: string;
  /**
   * A whole number.
   * @minimum 0
   */
  readonly thread_message_count: number;
}

/** Session recovered from checkpoint (FR-EVT-MT-002-002, `session_recovery_attempted`). */
export interface SessionRecoveryAttemptedPayload {
  readonly checkpoint_artifact_id: string;
  readonly checkpoint_id: string;
  /** RFC 3339 UTC timestamp (int milliseconds in CEL). */
  readonly checkpointed_at: string;
  readonly previous_state: string;
  readonly reason: string;
  readonly session_id: string;
}

/** Job cancelled (FR-EVT-SESS-SCHED-004, `session_scheduler.cancelled`). */
export interface SessionSchedulerCancelledPayload {
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly attempt?: number;
  readonly cancelled_by: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly concurrency_group?: string;
  readonly job_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly job_kind?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly lane?: "PRIMARY" | "SUBAGENT" | "BACKGROUND" | "VALIDATION";
  /**
   * A whole number.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly priority?: number;
  readonly reason: string;
  readonly session_id: string;
}

/** Job dispatched (FR-EVT-SESS-SCHED-002, `session_scheduler.dispatch`). */
export interface SessionSchedulerDispatchPayload {
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly attempt?: number;
  /** Optional: absent reads as the zero value in triggers. */
  readonly concurrency_group?: string;
  readonly job_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly job_kind?: string;
  readonly lane: "PRIMARY" | "SUBAGENT" | "BACKGROUND" | "VALIDATION";
  /**
   * A whole number.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly priority?: number;
  /**
   * A whole number.
   * @minimum 0
   */
  readonly queue_wait_ms: number;
  readonly session_id: string;
}

/** Job enqueued (FR-EVT-SESS-SCHED-001, `session_scheduler.enqueue`). */
export interface SessionSchedulerEnqueuePayload {
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly attempt?: number;
  /** Optional: absent reads as the zero value in triggers. */
  readonly cancellation_token?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly concurrency_group?: string;
  readonly job_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly job_kind?: string;
  readonly lane: "PRIMARY" | "SUBAGENT" | "BACKGROUND" | "VALIDATION";
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly max_retries?: number;
  /** A whole number. */
  readonly priority: number;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly queue_depth?: number;
  /** Optional: absent reads as the zero value in triggers. */
  readonly retry_backoff?: string;
  readonly session_id: string;
}

/** Job rate limited (FR-EVT-SESS-SCHED-003, `session_scheduler.rate_limited`). */
export interface SessionSchedulerRateLimitedPayload {
  /**
   * A whole number.
   * @minimum 1
   */
  readonly attempt: number;
  /**
   * A whole number.
   * @minimum 0
   */
  readonly backoff_ms: number;
  /** Optional: absent reads as the zero value in triggers. */
  readonly concurrency_group?: string;
  readonly job_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly job_kind?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly lane?: "PRIMARY" | "SUBAGENT" | "BACKGROUND" | "VALIDATION";
  /**
   * A whole number.
   * Optional: absent reads as the zero value in triggers.
   */
  readonly priority?: number;
  readonly provider: string;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly queue_wait_ms?: number;
  /** Optional: absent reads as the zero value in triggers. */
  readonly reason?: string;
  readonly session_id: string;
}

/** Inbound message attributed (FR-EVT-SAP-TRUST-001, `trust.message_received`). */
export interface TrustMessageReceivedPayload {
  /** Optional: absent reads as the zero value in triggers. */
  readonly content_hash?: string;
  readonly declared_role: "SYSTEM" | "USER" | "ASSISTANT" | "TOOL_CALL" | "TOOL_RESULT";
  readonly delivered_role: "SYSTEM" | "USER" | "ASSISTANT" | "TOOL_CALL" | "TOOL_RESULT";
  readonly message_id: string;
  readonly session_id: string;
  readonly source_id: string;
  readonly source_kind: "runtime" | "operator" | "session" | "mcp_server" | "plugin" | "tool" | "external";
  /** Optional: absent reads as the zero value in triggers. */
  readonly source_role?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly source_session_id?: string;
  readonly trust: "trusted" | "untrusted" | "unset";
}

/** SYSTEM message downgraded to USER (FR-EVT-RT-TRUST-DOWNGRADE, `trust_boundary.system_downgrade`). */
export interface TrustBoundarySystemDowngradePayload {
  readonly from_role: string;
  readonly job_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly message_id?: string;
  readonly session_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly source_session_id?: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly source_trusted?: boolean;
  readonly to_role: string;
}

/** Recovery action (FR-EVT-SAP-RECOVER-001, `workflow.recovery`). */
export interface WorkflowRecoveryPayload {
  readonly action: "paused_for_recovery" | "resumed" | "tool_call_reevaluated" | "tool_call_rerun" | "abandoned";
  /** Optional: absent reads as the zero value in triggers. */
  readonly checkpoint_id?: string;
  readonly session_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly tool_call_id?: string;
}

/** Dispatched job failed without finishing (FR-EVT-RT-WF-FINALIZE-FAILED, `workflow_engine.finalization_failed`). */
export interface WorkflowEngineFinalizationFailedPayload {
  readonly component: string;
  readonly error: string;
  readonly job_id: string;
  readonly message: string;
  readonly workflow_run_id: string;
}

/** Workflow run recovered (FR-EVT-WF-RECOVERY, `workflow_recovery`). */
export interface WorkflowRecoveryPayload {
  readonly from_state: string;
  readonly job_id: string;
  /** RFC 3339 UTC timestamp (int milliseconds in CEL). */
  readonly last_heartbeat_ts: string;
  readonly reason: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly resume_point?: string;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly steps_recovered?: number;
  /**
   * A whole number.
   * @minimum 0
   * Optional: absent reads as the zero value in triggers.
   */
  readonly steps_to_retry?: number;
  /**
   * A whole number.
   * @minimum 0
   */
  readonly threshold_secs: number;
  readonly to_state: string;
  readonly workflow_run_id: string;
}

/** Workspace write (FR-EVT-SAP-WS-001, `workspace.write`). */
export interface WorkspaceWritePayload {
  readonly in_scope: boolean;
  readonly job_id: string;
  readonly path: string;
  readonly session_id: string;
  /** Optional: absent reads as the zero value in triggers. */
  readonly worktree_id?: string;
}

/** Cross-session workspace access approved (FR-EVT-WS-ISO-003, `workspace_cross_session.approved`). */
export interface WorkspaceCrossSessionApprovedPayload {
  readonly invariant: string;
  readonly operator_approved: boolean;
  readonly source_session: string;
  readonly target_path: string;
  readonly target_session: string;
}

/** Cross-session workspace access denied (FR-EVT-WS-ISO-002, `workspace_cross_session.denied`). */
export interface WorkspaceCrossSessionDeniedPayload {
  readonly invariant: string;
  readonly reason: string;
  readonly source_session: string;
  readonly target_path: string;
  readonly target_session: string;
}

/** Workspace isolation denied (FR-EVT-WS-ISO-001, `workspace_isolation.denied`). */
export interface WorkspaceIsolationDeniedPayload {
  readonly invariant: string;
  readonly reason: string;
  readonly session_id: string;
}

/** The typed payload of every event type in the catalog, by event type. */
export interface EventPayloads {
  readonly "anti_pattern.detected": AntiPatternDetectedPayload;
  readonly "capability.check": CapabilityCheckPayload;
  readonly "capability.granted": CapabilityGrantedPayload;
  readonly "capability.revoked": CapabilityRevokedPayload;
  readonly "capability_action": CapabilityActionPayload;
  readonly "cloud_escalation_approved": CloudEscalationApprovedPayload;
  readonly "cloud_escalation_denied": CloudEscalationDeniedPayload;
  readonly "cloud_escalation_executed": CloudEscalationExecutedPayload;
  readonly "cloud_escalation_requested": CloudEscalationRequestedPayload;
  readonly "consent.receipt_issued": ConsentReceiptIssuedPayload;
  readonly "consent.receipt_revoked": ConsentReceiptRevokedPayload;
  readonly "consent.scope_widened": ConsentScopeWidenedPayload;
  readonly "exec.requested": ExecRequestedPayload;
  readonly "exec.started": ExecStartedPayload;
  readonly "extension.install_requested": ExtensionInstallRequestedPayload;
  readonly "governance.bypass_changed": GovernanceBypassChangedPayload;
  readonly "llm_inference": LlmInferencePayload;
  readonly "model.call_finished": ModelCallFinishedPayload;
  readonly "model.call_started": ModelCallStartedPayload;
  readonly "security_violation": SecurityViolationPayload;
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
  readonly "session_checkpoint_created": SessionCheckpointCreatedPayload;
  readonly "session_recovery_attempted": SessionRecoveryAttemptedPayload;
  readonly "session_scheduler.cancelled": SessionSchedulerCancelledPayload;
  readonly "session_scheduler.dispatch": SessionSchedulerDispatchPayload;
  readonly "session_scheduler.enqueue": SessionSchedulerEnqueuePayload;
  readonly "session_scheduler.rate_limited": SessionSchedulerRateLimitedPayload;
  readonly "trust.message_received": TrustMessageReceivedPayload;
  readonly "trust_boundary.system_downgrade": TrustBoundarySystemDowngradePayload;
  readonly "workflow.recovery": WorkflowRecoveryPayload;
  readonly "workflow_engine.finalization_failed": WorkflowEngineFinalizationFailedPayload;
  readonly "workflow_recovery": WorkflowRecoveryPayload;
  readonly "workspace.write": WorkspaceWritePayload;
  readonly "workspace_cross_session.approved": WorkspaceCrossSessionApprovedPayload;
  readonly "workspace_cross_session.denied": WorkspaceCrossSessionDeniedPayload;
  readonly "workspace_isolation.denied": WorkspaceIsolationDeniedPayload;
}

/** Every event type in the catalog. */
export type EventType = keyof EventPayloads;

/** Every event type in the catalog, sorted. */
export const eventTypes = [
  "anti_pattern.detected",
  "capability.check",
  "capability.granted",
  "capability.revoked",
  "capability_action",
  "cloud_escalation_approved",
  "cloud_escalation_denied",
  "cloud_escalation_executed",
  "cloud_escalation_requested",
  "consent.receipt_issued",
  "consent.receipt_revoked",
  "consent.scope_widened",
  "exec.requested",
  "exec.started",
  "extension.install_requested",
  "governance.bypass_changed",
  "llm_inference",
  "model.call_finished",
  "model.call_started",
  "security_violation",
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
  "session_checkpoint_created",
  "session_recovery_attempted",
  "session_scheduler.cancelled",
  "session_scheduler.dispatch",
  "session_scheduler.enqueue",
  "session_scheduler.rate_limited",
  "trust.message_received",
  "trust_boundary.system_downgrade",
  "workflow.recovery",
  "workflow_engine.finalization_failed",
  "workflow_recovery",
  "workspace.write",
  "workspace_cross_session.approved",
  "workspace_cross_session.denied",
  "workspace_isolation.denied",
] as const satisfies readonly EventType[];
