/**
 * The Handshake runtime's own registry types, as serde writes and reads them.
 *
 * Derived by hand (no code copied) from
 * `src/backend/handshake_core/src/kernel/session_anti_pattern_registry.rs` of
 * Nuntissura/Handshake at commit 6519f4e2: plain `#[derive(Serialize,
 * Deserialize)]` with no `rename`, `rename_all`, `default` or
 * `deny_unknown_fields`, so fields keep their Rust names, every field is
 * required (none is an `Option`), unit enum variants are written as their
 * PascalCase names, and unknown fields are ignored on read. The JSON Schema
 * beside the package (`schemas/handshake-kernel-session-anti-pattern-registry-v1.schema.json`)
 * states the same types.
 */

/** Where these types come from. */
export const HANDSHAKE_KERNEL_SOURCE = {
  repository: "Nuntissura/Handshake",
  file: "src/backend/handshake_core/src/kernel/session_anti_pattern_registry.rs",
  commit: "6519f4e2827840642a6c0401ac31055469f09d3b",
} as const;

/** `SessionAntiPatternDomain`, in declaration order. */
export const KERNEL_DOMAINS = [
  "Scheduler",
  "TrustBoundary",
  "CapabilityGate",
  "SessionOrchestration",
] as const;
export type KernelDomain = (typeof KERNEL_DOMAINS)[number];

/** `DetectionSourceKind`, in declaration order. */
export const KERNEL_DETECTION_SOURCE_KINDS = [
  "SchedulerCheck",
  "TrustBoundaryValidation",
  "CapabilityGateOutcome",
  "SessionLifecycleRecord",
] as const;
export type KernelDetectionSourceKind = (typeof KERNEL_DETECTION_SOURCE_KINDS)[number];

/** `PolicyOutcome`, in declaration order. */
export const KERNEL_POLICY_OUTCOMES = ["Deny", "Downgrade", "RequireConsent", "ForceStop"] as const;
export type KernelPolicyOutcome = (typeof KERNEL_POLICY_OUTCOMES)[number];

/** `SessionAntiPatternCoverage`, in declaration order. */
export const KERNEL_COVERAGE = [
  "SpawnAbuse",
  "TrustBoundaryViolation",
  "UnauthorizedEscalation",
] as const;
export type KernelCoverage = (typeof KERNEL_COVERAGE)[number];

/** `SessionAntiPatternDetectionV1`. */
export interface KernelDetection {
  source_id: string;
  source_kind: KernelDetectionSourceKind;
  signal_ref: string;
  deterministic: boolean;
}

/** `SessionAntiPatternEntryV1`. */
export interface KernelEntry {
  entry_id: string;
  title: string;
  domain: KernelDomain;
  severity: string;
  trigger_condition: string;
  detections: KernelDetection[];
  policy_outcome: KernelPolicyOutcome;
  coverage_tags: KernelCoverage[];
  required_flight_recorder_refs: string[];
}

/** `SessionAntiPatternRegistryV1`; `version` is a Rust `u32`. */
export interface KernelRegistry {
  schema_id: string;
  registry_id: string;
  version: number;
  folded_stub_ids: string[];
  entries: KernelEntry[];
  product_authority_refs: string[];
  folded_source_refs: string[];
}

/** The schema id the runtime's action catalog names as the projection's input. */
export const KERNEL_SCHEMA_ID = "hsk.kernel.session_anti_pattern_registry@1";

/** The folded work-packet stub id the validator requires (in folded_stub_ids, and inside a folded_source_refs value). */
export const KERNEL_FOLDED_STUB_ID = "WP-1-Session-Anti-Pattern-Registry-v1";

/** The product authority refs the validator requires, each exactly. */
export const KERNEL_AUTHORITY_REFS = [
  "kernel.role_turn_isolation",
  "kernel.work_profiles",
  "kernel.local_first_mcp_posture",
  "flight_recorder.session_orchestration",
  "capability_gate.session",
] as const;

/** The prefixes the validator requires of entry ids and of flight recorder refs. */
export const KERNEL_ENTRY_ID_PREFIX = "sap.";
export const KERNEL_FR_REF_PREFIX = "FR-EVT-SESSION-";
