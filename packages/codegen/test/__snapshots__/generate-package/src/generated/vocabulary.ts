// @generated: do not edit by hand.
// Generator: @handshake/sap-codegen (sap generate)
// Source: registry/registry.yaml, packages/registry/package.json (version)
// Regenerate: pnpm sap generate

import registry from "../../generated/registry.json" with { type: "json" };

/** The registry's name. */
export const registryName = "session-anti-patterns";

/** The registry version: the version of this package. Pin it to pin every id, severity, trigger and outcome. */
export const registryVersion = "1.0.0";

/** SHA-256 of the canonical registry content (without the version): `sha256:<hex>`. */
export const contentHash = "sha256:7574ab81ade0eed45e6336f6f94e5705f5e26f4be371a81d97a94e7f08f80c83";

/** Severity levels from least to most severe; the position is the rank. */
export const severities = registry.severities as unknown as readonly [
  {
    readonly id: "info";
    readonly title: "Info";
    readonly sarif_level: "note";
  },
  {
    readonly id: "low";
    readonly title: "Low";
    readonly sarif_level: "note";
  },
  {
    readonly id: "medium";
    readonly title: "Medium";
    readonly sarif_level: "warning";
  },
  {
    readonly id: "high";
    readonly title: "High";
    readonly sarif_level: "error";
  },
  {
    readonly id: "critical";
    readonly title: "Critical";
    readonly sarif_level: "error";
  },
];
/** An id of `severities`. */
export type Severity = (typeof severities)[number]["id"];

/** Anti-pattern categories. */
export const categories = registry.categories as unknown as readonly [
  {
    readonly id: "spawn-abuse";
    readonly title: "Spawn abuse";
  },
  {
    readonly id: "trust-boundary";
    readonly title: "Trust-boundary violation";
  },
  {
    readonly id: "escalation";
    readonly title: "Unauthorized escalation";
  },
  {
    readonly id: "consent";
    readonly title: "Consent";
  },
  {
    readonly id: "execution";
    readonly title: "Execution safety";
  },
  {
    readonly id: "isolation";
    readonly title: "Session isolation";
  },
  {
    readonly id: "scheduling";
    readonly title: "Scheduling";
  },
  {
    readonly id: "audit";
    readonly title: "Audit integrity";
  },
  {
    readonly id: "supply-chain";
    readonly title: "Supply chain";
  },
  {
    readonly id: "recovery";
    readonly title: "Recovery";
  },
];
/** An id of `categories`. */
export type Category = (typeof categories)[number]["id"];

/** Detection sources: where an anti-pattern is seen. */
export const detectionSources = registry.detection_sources as unknown as readonly [
  {
    readonly id: "scheduler_check";
    readonly title: "Scheduler check";
  },
  {
    readonly id: "trust_boundary_validation";
    readonly title: "Trust-boundary validation";
  },
  {
    readonly id: "capability_gate_outcome";
    readonly title: "Capability-gate outcome";
  },
  {
    readonly id: "session_lifecycle_record";
    readonly title: "Session lifecycle record";
  },
];
/** An id of `detectionSources`. */
export type DetectionSource = (typeof detectionSources)[number]["id"];

/** Policy outcomes from least to most strict; the position is the strictness. */
export const outcomes = registry.outcomes as unknown as readonly [
  {
    readonly id: "downgrade";
    readonly title: "Downgrade";
  },
  {
    readonly id: "require_consent";
    readonly title: "Require consent";
  },
  {
    readonly id: "deny";
    readonly title: "Deny";
  },
  {
    readonly id: "force_stop";
    readonly title: "Force stop";
  },
];
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
/** Keys of an entry's prose members, at any depth: not in registry.json (they ship in the docs package's prose.json). */
export type ProseKey = "action" | "description" | "examples" | "links" | "summary" | "why";

/** Bounds every conforming engine enforces. */
export const limits = {
  max_payload_list_items: 1024,
  max_context_list_items: 4096,
  max_expression_nodes: 512,
  max_expression_cost: 10000000,
  max_window_events: 4096,
  timestamp_tolerance: "5s",
  max_line_bytes: 1048576,
} as const;
