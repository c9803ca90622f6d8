// @generated: do not edit by hand.
// Generator: @handshake/sap-codegen (sap generate)
// Source: registry/registry.yaml, packages/registry/package.json (version)
// Regenerate: pnpm sap generate



/** The registry's name. */
export const registryName = "session-anti-patterns";

/** The registry version: the version of this package. Pin it to pin every id, severity, trigger and outcome. */
export const registryVersion = "0.1.0";

/** SHA-256 of the canonical registry content (without the version): `sha256:<hex>`. */
export const contentHash = "sha256:de983419ef0983900ab5bd86439b0ecec363daa466ee97dd32f49c7a81ff8616";

/** Severity levels from least to most severe; the position is the rank. */
export const severities = [
  {
    id: "info",
    title: "Info",
    description: "Worth recording; no harm on its own.",
    sarif_level: "note",
  },
  {
    id: "low",
    title: "Low",
    description: "Degrades hygiene or auditability; no direct harm.",
    sarif_level: "note",
  },
  {
    id: "medium",
    title: "Medium",
    description: "Wastes resources or weakens a control; harmful when repeated.",
    sarif_level: "warning",
  },
  {
    id: "high",
    title: "High",
    description: "Breaks a runtime invariant or trust rule; harm likely.",
    sarif_level: "error",
  },
  {
    id: "critical",
    title: "Critical",
    description: "Crosses a trust boundary or escapes a sandbox; harm immediate.",
    sarif_level: "error",
  },
] as const;
/** An id of `severities`. */
export type Severity = (typeof severities)[number]["id"];

/** Anti-pattern categories. */
export const categories = [
  {
    id: "spawn-abuse",
    title: "Spawn abuse",
    description: "Spawning child sessions past depth, breadth or rate limits, or leaving them orphaned.",
  },
  {
    id: "trust-boundary",
    title: "Trust-boundary violation",
    description: "Content or authority crossing the inbound trust boundary without provenance.",
  },
  {
    id: "escalation",
    title: "Unauthorized escalation",
    description: "A session acquiring or using capabilities it was not granted.",
  },
  {
    id: "consent",
    title: "Consent",
    description: "Cloud model calls without a valid, bound consent receipt.",
  },
  {
    id: "execution",
    title: "Execution safety",
    description: "Commands and writes outside the sandbox, workspace or approval rules.",
  },
  {
    id: "isolation",
    title: "Session isolation",
    description: "One session reading another's thread or worktree without approval.",
  },
  {
    id: "scheduling",
    title: "Scheduling",
    description: "Model calls bypassing the scheduler or starving its lanes.",
  },
  {
    id: "audit",
    title: "Audit integrity",
    description: "Actions without an audit trail, or audit events carrying inline content.",
  },
  {
    id: "supply-chain",
    title: "Supply chain",
    description: "Plugins and skills installed without pinned versions and hashes.",
  },
  {
    id: "recovery",
    title: "Recovery",
    description: "State lost or actions blindly repeated across a crash.",
  },
] as const;
/** An id of `categories`. */
export type Category = (typeof categories)[number]["id"];

/** Detection sources: where an anti-pattern is seen. */
export const detectionSources = [
  {
    id: "scheduler_check",
    title: "Scheduler check",
    description: "The scheduler's own records of enqueue, dispatch, rate limiting, cancellation and spawn admission.",
  },
  {
    id: "trust_boundary_validation",
    title: "Trust-boundary validation",
    description: "The inbound gate that attributes every message to a source and decides its role.",
  },
  {
    id: "capability_gate_outcome",
    title: "Capability-gate outcome",
    description: "Allowed, denied and escalated capability checks, grants, consent checks and execution requests.",
  },
  {
    id: "session_lifecycle_record",
    title: "Session lifecycle record",
    description: "Session creation, state changes, completion, messages, checkpoints and recovery.",
  },
] as const;
/** An id of `detectionSources`. */
export type DetectionSource = (typeof detectionSources)[number]["id"];

/** Policy outcomes from least to most strict; the position is the strictness. */
export const outcomes = [
  {
    id: "downgrade",
    title: "Downgrade",
    description: "The action proceeds with less authority (narrowed capabilities, a cheaper lane, a local model, USER role instead of SYSTEM).",
  },
  {
    id: "require_consent",
    title: "Require consent",
    description: "The action waits until an operator approves it; the session moves to BLOCKED meanwhile.",
  },
  {
    id: "deny",
    title: "Deny",
    description: "The action is refused; the session continues.",
  },
  {
    id: "force_stop",
    title: "Force stop",
    description: "The session is cancelled with its descendants (cascade, INV-SPAWN-004).",
  },
] as const;
/** An id of `outcomes`. */
export type Outcome = (typeof outcomes)[number]["id"];

/** Runtime rule ids entries may cite in `references.rules`. */
export const ruleIds = [
  "INV-SESS-001",
  "INV-SESS-002",
  "INV-SESS-003",
  "INV-SESS-004",
  "INV-SESS-005",
  "INV-SCHED-001",
  "INV-SCHED-002",
  "INV-SCHED-003",
  "INV-SCHED-004",
  "INV-SCHED-005",
  "INV-SPAWN-001",
  "INV-SPAWN-002",
  "INV-SPAWN-003",
  "INV-SPAWN-004",
  "INV-CONSENT-001",
  "INV-CONSENT-002",
  "INV-CONSENT-003",
  "INV-WS-001",
  "INV-WS-002",
  "INV-WS-003",
  "INV-RECOVER-001",
  "INV-RECOVER-002",
  "INV-RECOVER-003",
  "TRUST-001",
  "TRUST-002",
  "TRUST-003",
  "TRUST-004",
  "AP-001",
  "AP-002",
  "AP-003",
  "AP-004",
  "AP-005",
  "AP-006",
  "AP-007",
  "AP-008",
  "CX-MM-CONSENT-MISSING",
  "HSK-4001",
] as const;
/** A runtime rule id. */
export type RuleId = (typeof ruleIds)[number];

/** Entry statuses. Retired ids are listed in `retiredEntries`, not among the entries. */
export const statuses = ["experimental", "stable", "deprecated"] as const;
/** A live entry's status. */
export type Status = (typeof statuses)[number];

/** Bounds every conforming engine enforces. */
export const limits = {
  max_payload_list_items: 1024,
  max_expression_nodes: 512,
  max_window_events: 4096,
  timestamp_tolerance: "5s",
  max_line_bytes: 1048576,
} as const;
