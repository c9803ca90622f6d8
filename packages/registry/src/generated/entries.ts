// @generated: do not edit by hand.
// Generator: @handshake/sap-codegen (sap generate)
// Source: registry/anti-patterns/*.yaml, registry/retired.yaml
// Regenerate: pnpm sap generate
// Typed views of registry.json: exact types for ids, vocabularies, events, params and outcomes; prose typed string.

import type { EntryData, EntryExamples, RegistryJson, RetiredData } from "../entry-data.js";
import registry from "../../generated/registry.json" with { type: "json" };

/**
 * The entry at `index` of registry.json, typed exactly. The constraint makes
 * every generated entry type a compile-time check against the schema's shape.
 */
function entryAt<T extends EntryData>(index: number): T {
  return registry.anti_patterns[index] as unknown as T;
}

/** The whole registry.json document, as shipped (for engines and tools that read the JSON). */
export const registryJson: RegistryJson = registry as unknown as RegistryJson;

/** SAP-001: Delegation storm across a spawn tree (high, stable). */
export const SAP_001 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-001";
  readonly slug: "delegation-storm";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "spawn-abuse";
  readonly tags: readonly [
    "delegation",
    "rate",
    "churn",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "session.spawn_accepted",
      ];
      readonly description: string;
    },
    {
      readonly source: "scheduler_check";
      readonly events: readonly [
        "session.spawn_requested",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "session.spawn_accepted",
    ];
    readonly window: {
      readonly kind: "count";
      readonly group_by: string;
      readonly span_param: "window";
    };
    readonly condition: string;
  };
  readonly params: {
    readonly max_tree_spawns: {
      readonly type: "int";
      readonly default: 84;
      readonly min: 4;
      readonly max: 100000;
      readonly unit: "children";
      readonly description: string;
    };
    readonly window: {
      readonly type: "duration";
      readonly default: "60s";
      readonly min: "5s";
      readonly max: "1h";
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "root_session";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 3;
        readonly within: "10m";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "requester_session_id",
      "child_session_id",
      "spawn_depth",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "session.spawn_accepted";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "AP-006",
      "INV-SPAWN-001",
      "INV-SPAWN-002",
      "INV-SPAWN-004",
    ];
  };
  readonly examples: EntryExamples;
}>(0);

/** SAP-002: Child session admitted past the spawn depth limit (critical, stable). */
export const SAP_002 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-002";
  readonly slug: "spawn-past-depth-limit";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "spawn-abuse";
  readonly tags: readonly [
    "delegation",
    "depth",
    "admission",
  ];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "scheduler_check";
      readonly events: readonly [
        "session.spawn_requested",
        "session.spawn_accepted",
      ];
      readonly description: string;
    },
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "session.created",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "session.spawn_accepted",
    ];
    readonly condition: string;
  };
  readonly params: {
    readonly max_spawn_depth: {
      readonly type: "int";
      readonly default: 3;
      readonly min: 1;
      readonly max: 16;
      readonly unit: "levels";
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "force_stop";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 2;
        readonly within: "1h";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "requester_session_id",
      "child_session_id",
      "child_role",
      "spawn_depth",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "session.spawn_accepted";
        readonly why: string;
      },
      {
        readonly event_type: "session.spawn_requested";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-SPAWN-001",
      "AP-006",
      "INV-SPAWN-004",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(1);

/** SAP-003: Child admitted while the requester is at its active-children cap (high, stable). */
export const SAP_003 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-003";
  readonly slug: "children-cap-exceeded";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "spawn-abuse";
  readonly tags: readonly [
    "delegation",
    "breadth",
    "admission",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "scheduler_check";
      readonly events: readonly [
        "session.spawn_requested",
        "session.spawn_accepted",
        "session.spawn_rejected",
      ];
      readonly description: string;
    },
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "session.state_change",
        "session.completed",
        "session.cascade_cancel",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "session.spawn_accepted",
    ];
    readonly condition: string;
  };
  readonly params: {
    readonly max_active_children: {
      readonly type: "int";
      readonly default: 4;
      readonly min: 1;
      readonly max: 64;
      readonly unit: "children";
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 3;
        readonly within: "10m";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "requester_session_id",
      "child_session_id",
      "child_role",
      "spawn_depth",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "session.spawn_accepted";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-SPAWN-002",
      "AP-006",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(2);

/** SAP-004: Session keeps retrying spawns the runtime rejected (medium, stable). */
export const SAP_004 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-004";
  readonly slug: "retrying-rejected-spawns";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "spawn-abuse";
  readonly tags: readonly [
    "delegation",
    "retry",
    "rate",
  ];
  readonly severity: "medium";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "scheduler_check";
      readonly events: readonly [
        "session.spawn_requested",
        "session.spawn_rejected",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "session.spawn_rejected",
    ];
    readonly window: {
      readonly kind: "count";
      readonly group_by: string;
      readonly span_param: "window";
      readonly where: string;
    };
    readonly condition: string;
  };
  readonly params: {
    readonly max_rejections: {
      readonly type: "int";
      readonly default: 3;
      readonly min: 1;
      readonly max: 100;
      readonly unit: "rejections";
      readonly description: string;
    };
    readonly window: {
      readonly type: "duration";
      readonly default: "2m";
      readonly min: "10s";
      readonly max: "1h";
      readonly description: string;
    };
    readonly counted_reasons: {
      readonly type: "string_list";
      readonly default: readonly [
        "depth_limit_exceeded",
        "children_cap_reached",
        "policy_denied",
      ];
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 2;
        readonly within: "30m";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "requester_session_id",
      "rejection_reason",
      "spawn_depth",
      "active_children_count",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "session.spawn_rejected";
        readonly why: string;
      },
      {
        readonly event_type: "session.spawn_requested";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "AP-006",
      "INV-SPAWN-001",
      "INV-SPAWN-002",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(3);

/** SAP-005: Orphaned descendant still active after its parent was cancelled or failed (high, stable). */
export const SAP_005 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-005";
  readonly slug: "orphaned-descendant-active";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "spawn-abuse";
  readonly tags: readonly [
    "cascade",
    "orphan",
    "lifecycle",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "session.created",
        "session.state_change",
        "session.completed",
        "session.cascade_cancel",
        "session.spawn_accepted",
      ];
      readonly description: string;
    },
    {
      readonly source: "scheduler_check";
      readonly events: readonly [
        "model.call_started",
        "session.spawn_requested",
      ];
      readonly description: string;
    },
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "exec.requested",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "model.call_started",
      "exec.requested",
      "session.spawn_requested",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "force_stop";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly source_events: readonly [
      {
        readonly event_type: "session.created";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-SPAWN-004",
      "AP-006",
      "INV-SCHED-004",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(4);

/** SAP-006: Finished child never announces back to its requester (medium, experimental). */
export const SAP_006 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-006";
  readonly slug: "child-never-announces-back";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "spawn-abuse";
  readonly tags: readonly [
    "announce-back",
    "delegation",
    "audit-trail",
  ];
  readonly severity: "medium";
  readonly status: "experimental";
  readonly detection: readonly [
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "session.state_change",
        "session.announce_back",
        "session.completed",
        "session.cascade_cancel",
      ];
      readonly description: string;
    },
    {
      readonly source: "scheduler_check";
      readonly events: readonly [
        "session.spawn_accepted",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "session.state_change",
    ];
    readonly window: {
      readonly kind: "absence";
      readonly direction: "after";
      readonly group_by: string;
      readonly span_param: "announce_within";
      readonly steps: readonly [
        {
          readonly on: readonly [
            "session.state_change",
          ];
          readonly where: string;
        },
        {
          readonly on: readonly [
            "session.announce_back",
          ];
        },
      ];
    };
    readonly condition: string;
  };
  readonly params: {
    readonly announce_within: {
      readonly type: "duration";
      readonly default: "5m";
      readonly min: "10s";
      readonly max: "24h";
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "audit";
    readonly per: "root_session";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "require_consent";
        readonly from: 3;
        readonly within: "2h";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "session_id",
      "from_state",
      "to_state",
      "reason",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "session.state_change";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "AP-004",
      "INV-SPAWN-002",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(5);

/** SAP-007: SYSTEM message delivered from a source other than the runtime (critical, stable). */
export const SAP_007 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-007";
  readonly slug: "system-message-from-non-runtime";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "trust-boundary";
  readonly tags: readonly [
    "system-role",
    "prompt-injection",
    "attribution",
  ];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "trust_boundary_validation";
      readonly events: readonly [
        "trust.message_received",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "trust.message_received",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 3;
        readonly within: "10m";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "message_id",
      "declared_role",
      "delivered_role",
      "source_kind",
      "source_id",
      "source_session_id",
      "content_hash",
      "trust",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "trust.message_received";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "TRUST-001",
      "AP-003",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(6);

/** SAP-008: Message routed from another session without full provenance (high, stable). */
export const SAP_008 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-008";
  readonly slug: "routed-message-without-provenance";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "trust-boundary";
  readonly tags: readonly [
    "provenance",
    "routing",
    "attribution",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "trust_boundary_validation";
      readonly events: readonly [
        "trust.message_received",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "trust.message_received",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "message_id",
      "source_kind",
      "source_id",
      "source_session_id",
      "source_role",
      "content_hash",
      "trust",
      "delivered_role",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "trust.message_received";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "TRUST-002",
      "INV-SESS-002",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(7);

/** SAP-009: Untrusted inbound message followed by a high-risk capability use (high, stable). */
export const SAP_009 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-009";
  readonly slug: "untrusted-inbox-drives-risky-tools";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "trust-boundary";
  readonly tags: readonly [
    "prompt-injection",
    "capabilities",
    "remote-action",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "trust_boundary_validation";
      readonly events: readonly [
        "trust.message_received",
      ];
      readonly description: string;
    },
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "capability.check",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "capability.check",
    ];
    readonly window: {
      readonly kind: "sequence";
      readonly group_by: string;
      readonly span_param: "span";
      readonly steps: readonly [
        {
          readonly on: readonly [
            "trust.message_received",
          ];
          readonly where: string;
        },
        {
          readonly on: readonly [
            "capability.check",
          ];
          readonly where: string;
        },
      ];
    };
    readonly condition: string;
  };
  readonly params: {
    readonly span: {
      readonly type: "duration";
      readonly default: "10m";
      readonly min: "1m";
      readonly max: "24h";
      readonly description: string;
    };
    readonly risky_axes: {
      readonly type: "string_list";
      readonly default: readonly [
        "proc.exec",
        "net.http",
        "secrets.use",
        "fs.write",
      ];
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "require_consent";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "deny";
        readonly from: 3;
        readonly within: "1h";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "capability_id",
      "tool_name",
      "decision",
      "reason",
      "actor_id",
      "job_id",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "trust.message_received";
        readonly why: string;
      },
      {
        readonly event_type: "capability.check";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "AP-002",
      "TRUST-001",
      "TRUST-002",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(8);

/** SAP-010: SYSTEM message in a thread with no runtime attribution record (high, experimental). */
export const SAP_010 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-010";
  readonly slug: "unattributed-system-message";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "trust-boundary";
  readonly tags: readonly [
    "system-role",
    "attribution",
    "provenance",
  ];
  readonly severity: "high";
  readonly status: "experimental";
  readonly detection: readonly [
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "session.message",
      ];
      readonly description: string;
    },
    {
      readonly source: "trust_boundary_validation";
      readonly events: readonly [
        "trust.message_received",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "session.message",
    ];
    readonly window: {
      readonly kind: "absence";
      readonly direction: "before";
      readonly group_by: string;
      readonly span_param: "attribution_window";
      readonly steps: readonly [
        {
          readonly on: readonly [
            "session.message",
          ];
          readonly where: string;
        },
        {
          readonly on: readonly [
            "trust.message_received",
          ];
          readonly where: string;
        },
      ];
    };
    readonly condition: string;
  };
  readonly params: {
    readonly attribution_window: {
      readonly type: "duration";
      readonly default: "5m";
      readonly min: "100ms";
      readonly max: "1h";
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "audit";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 3;
        readonly within: "10m";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "message_id",
      "role",
      "content_hash",
      "token_count",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "session.message";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "TRUST-001",
      "AP-003",
      "INV-SESS-002",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(9);

/** SAP-011: Child session granted more than its parent holds (critical, stable). */
export const SAP_011 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-011";
  readonly slug: "child-wider-than-parent";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "escalation";
  readonly tags: readonly [
    "capabilities",
    "delegation",
    "spawn",
  ];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "capability.granted",
        "capability.revoked",
      ];
      readonly description: string;
    },
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "session.spawn_accepted",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "capability.granted",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "session_id",
      "capability_ids",
      "granted_by",
      "grantor_session_id",
      "token_id",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "capability.granted";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-SPAWN-003",
      "TRUST-003",
    ];
  };
  readonly examples: EntryExamples;
}>(10);

/** SAP-012: Session widens its own capability grants (high, stable). */
export const SAP_012 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-012";
  readonly slug: "self-widened-grants";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "escalation";
  readonly tags: readonly [
    "capabilities",
    "self-grant",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "capability.granted",
        "capability.revoked",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "capability.granted",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 2;
        readonly within: "1h";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "session_id",
      "capability_ids",
      "granted_by",
      "grantor_session_id",
      "token_id",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "capability.granted";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "TRUST-003",
    ];
  };
  readonly examples: EntryExamples;
}>(11);

/** SAP-013: Global switch turns off the sandbox, approvals or capability checks (critical, stable). */
export const SAP_013 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-013";
  readonly slug: "global-bypass-switch";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "escalation";
  readonly tags: readonly [
    "bypass",
    "governance",
    "sandbox",
    "approvals",
  ];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "governance.bypass_changed",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "governance.bypass_changed",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "force_stop";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "session_id",
      "control",
      "scope",
      "target_session_id",
      "enabled",
      "actor_id",
      "source",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "governance.bypass_changed";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "TRUST-004",
      "AP-001",
      "INV-WS-002",
    ];
  };
  readonly examples: EntryExamples;
}>(12);

/** SAP-014: Session probes the capability gate (medium, experimental). */
export const SAP_014 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-014";
  readonly slug: "capability-probing";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "escalation";
  readonly tags: readonly [
    "capabilities",
    "probing",
    "rate",
  ];
  readonly severity: "medium";
  readonly status: "experimental";
  readonly detection: readonly [
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "capability.check",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "capability.check",
    ];
    readonly window: {
      readonly kind: "count";
      readonly group_by: string;
      readonly span_param: "window";
      readonly where: string;
    };
    readonly condition: string;
  };
  readonly params: {
    readonly max_denied_checks: {
      readonly type: "int";
      readonly default: 5;
      readonly min: 2;
      readonly max: 1000;
      readonly unit: "checks";
      readonly description: string;
    };
    readonly window: {
      readonly type: "duration";
      readonly default: "60s";
      readonly min: "5s";
      readonly max: "1h";
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "audit";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 2;
        readonly within: "30m";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "capability_id",
      "tool_name",
      "actor_id",
      "decision",
      "reason",
      "job_id",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "capability.check";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "HSK-4001",
      "TRUST-003",
    ];
  };
  readonly examples: EntryExamples;
}>(13);

/** SAP-015: Cloud model call without a valid consent receipt (critical, stable). */
export const SAP_015 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-015";
  readonly slug: "cloud-call-without-valid-consent";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "consent";
  readonly tags: readonly [
    "cloud",
    "consent",
    "receipts",
  ];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "model.call_started",
        "consent.receipt_issued",
        "consent.receipt_revoked",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "model.call_started",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "session_id",
      "job_id",
      "provider",
      "model_id",
      "locality",
      "receipt_id",
      "plan_hash",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "model.call_started";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-CONSENT-001",
      "CX-MM-CONSENT-MISSING",
    ];
  };
  readonly examples: EntryExamples;
}>(14);

/** SAP-016: Cloud call on a consent receipt that does not list the session (high, stable). */
export const SAP_016 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-016";
  readonly slug: "receipt-borrowed-by-unlisted-session";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "consent";
  readonly tags: readonly [
    "cloud",
    "consent",
    "broadcast",
    "fan-out",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "model.call_started",
        "consent.receipt_issued",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "model.call_started",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "require_consent";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "deny";
        readonly from: 2;
        readonly within: "1h";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "session_id",
      "job_id",
      "provider",
      "model_id",
      "receipt_id",
      "plan_hash",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "model.call_started";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-CONSENT-002",
      "INV-CONSENT-001",
    ];
  };
  readonly examples: EntryExamples;
}>(15);

/** SAP-017: Cloud work continues after its consent receipt was revoked (critical, stable). */
export const SAP_017 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-017";
  readonly slug: "cloud-work-after-revocation";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "consent";
  readonly tags: readonly [
    "cloud",
    "consent",
    "revocation",
  ];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "consent.receipt_revoked",
        "model.call_started",
      ];
      readonly description: string;
    },
    {
      readonly source: "scheduler_check";
      readonly events: readonly [
        "session_scheduler.cancelled",
      ];
      readonly description: string;
    },
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "session.state_change",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "consent.receipt_revoked",
      "model.call_started",
    ];
    readonly window: {
      readonly kind: "sequence";
      readonly group_by: string;
      readonly span_param: "window";
      readonly steps: readonly [
        {
          readonly on: readonly [
            "consent.receipt_revoked",
          ];
          readonly where: string;
        },
        {
          readonly on: readonly [
            "model.call_started",
          ];
          readonly where: string;
        },
      ];
    };
    readonly condition: string;
  };
  readonly params: {
    readonly window: {
      readonly type: "duration";
      readonly default: "1h";
      readonly min: "1s";
      readonly max: "7d";
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "force_stop";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "session_id",
      "job_id",
      "provider",
      "model_id",
      "locality",
      "receipt_id",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "consent.receipt_revoked";
        readonly why: string;
      },
      {
        readonly event_type: "model.call_started";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-CONSENT-003",
      "INV-CONSENT-001",
      "INV-SPAWN-004",
    ];
  };
  readonly examples: EntryExamples;
}>(16);

/** SAP-018: Single-call consent receipt reused (high, stable). */
export const SAP_018 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-018";
  readonly slug: "single-call-receipt-reused";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "consent";
  readonly tags: readonly [
    "cloud",
    "consent",
    "receipts",
    "scope",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "model.call_started",
        "consent.receipt_issued",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "model.call_started",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "require_consent";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "deny";
        readonly from: 3;
        readonly within: "1h";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "session_id",
      "job_id",
      "provider",
      "model_id",
      "receipt_id",
      "plan_hash",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "model.call_started";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-CONSENT-001",
    ];
  };
  readonly examples: EntryExamples;
}>(17);

/** SAP-019: Session reads another session's thread or worktree without approval (high, stable). */
export const SAP_019 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-019";
  readonly slug: "unapproved-cross-session-read";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "isolation";
  readonly tags: readonly [
    "isolation",
    "threads",
    "worktrees",
    "approval",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "trust_boundary_validation";
      readonly events: readonly [
        "session.cross_access",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "session.cross_access",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "session_id",
      "target_session_id",
      "resource",
      "decision",
      "approval_id",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "session.cross_access";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-SESS-005",
      "INV-WS-003",
    ];
  };
  readonly examples: EntryExamples;
}>(18);

/** SAP-020: Silent fallback from sandbox to host execution (critical, stable). */
export const SAP_020 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-020";
  readonly slug: "silent-host-fallback";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "execution";
  readonly tags: readonly [
    "sandbox",
    "fail-closed",
    "host",
  ];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "exec.requested",
        "exec.started",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "exec.started",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "force_stop";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "job_id",
      "requested_isolation",
      "isolation",
      "fallback_reason",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "exec.requested";
        readonly why: string;
      },
      {
        readonly event_type: "exec.started";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "AP-007",
      "INV-WS-002",
      "TRUST-004",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(19);

/** SAP-021: Execution with no sandbox or workspace restriction (high, stable). */
export const SAP_021 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-021";
  readonly slug: "unsandboxed-execution";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "execution";
  readonly tags: readonly [
    "sandbox",
    "fail-closed",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "exec.requested",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "exec.requested",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "job_id",
      "tool_name",
      "command_class",
      "command_hash",
      "sandbox",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "exec.requested";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-WS-002",
      "AP-007",
      "TRUST-004",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(20);

/** SAP-022: Destructive command by a child or background session without per-call approval (high, stable). */
export const SAP_022 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-022";
  readonly slug: "unapproved-destructive-command-by-child";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "execution";
  readonly tags: readonly [
    "destructive",
    "approval",
    "child-session",
    "worktree",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "exec.requested",
      ];
      readonly description: string;
    },
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "session.created",
        "session.spawn_accepted",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "exec.requested",
    ];
    readonly condition: string;
  };
  readonly params: {
    readonly background_roles: {
      readonly type: "string_list";
      readonly default: readonly [
        "Background",
      ];
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "require_consent";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "deny";
        readonly from: 3;
        readonly within: "15m";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "job_id",
      "tool_name",
      "command_class",
      "command_hash",
      "sandbox",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "exec.requested";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-WS-001",
      "TRUST-003",
      "INV-SPAWN-003",
    ];
  };
  readonly examples: EntryExamples;
}>(21);

/** SAP-023: Write outside the session's declared scope (high, stable). */
export const SAP_023 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-023";
  readonly slug: "write-outside-declared-scope";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "execution";
  readonly tags: readonly [
    "workspace",
    "scope",
    "parallel-sessions",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "workspace.write",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "workspace.write",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 3;
        readonly within: "10m";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "job_id",
      "path",
      "in_scope",
      "worktree_id",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "workspace.write";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-WS-001",
      "INV-WS-003",
    ];
  };
  readonly examples: EntryExamples;
}>(22);

/** SAP-024: Model call that bypasses the scheduler (high, stable). */
export const SAP_024 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-024";
  readonly slug: "model-call-bypasses-scheduler";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "scheduling";
  readonly tags: readonly [
    "scheduler",
    "queue",
    "rate-limit",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "scheduler_check";
      readonly events: readonly [
        "session_scheduler.enqueue",
        "session_scheduler.dispatch",
        "model.call_started",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "model.call_started",
      "session_scheduler.dispatch",
    ];
    readonly window: {
      readonly kind: "absence";
      readonly direction: "before";
      readonly group_by: string;
      readonly span_param: "dispatch_window";
      readonly steps: readonly [
        {
          readonly on: readonly [
            "model.call_started",
          ];
        },
        {
          readonly on: readonly [
            "session_scheduler.dispatch",
          ];
          readonly where: string;
        },
      ];
    };
    readonly condition: string;
  };
  readonly params: {
    readonly dispatch_window: {
      readonly type: "duration";
      readonly default: "45m";
      readonly min: "1s";
      readonly max: "2h";
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "job_id",
      "provider",
      "model_id",
      "locality",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "model.call_started";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-SCHED-001",
      "INV-SCHED-002",
      "INV-SCHED-003",
      "INV-SCHED-005",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(23);

/** SAP-025: Two model calls at once in one session (high, stable). */
export const SAP_025 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-025";
  readonly slug: "concurrent-model-calls-in-session";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "scheduling";
  readonly tags: readonly [
    "concurrency",
    "session-invariant",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "model.call_started",
        "model.call_finished",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "model.call_started",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "job_id",
      "provider",
      "model_id",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "model.call_started";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-SESS-003",
      "INV-SCHED-002",
      "INV-RECOVER-001",
    ];
  };
  readonly examples: EntryExamples;
}>(24);

/** SAP-026: Primary lane starved by subagent and background work (medium, experimental). */
export const SAP_026 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-026";
  readonly slug: "primary-lane-starved";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "scheduling";
  readonly tags: readonly [
    "lanes",
    "starvation",
    "fairness",
  ];
  readonly severity: "medium";
  readonly status: "experimental";
  readonly detection: readonly [
    {
      readonly source: "scheduler_check";
      readonly events: readonly [
        "session_scheduler.enqueue",
        "session_scheduler.dispatch",
        "session_scheduler.rate_limited",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "session_scheduler.dispatch",
    ];
    readonly window: {
      readonly kind: "distinct";
      readonly group_by: string;
      readonly span_param: "max_primary_wait";
      readonly where: string;
      readonly distinct: string;
    };
    readonly condition: string;
  };
  readonly params: {
    readonly max_primary_wait: {
      readonly type: "duration";
      readonly default: "30s";
      readonly min: "1s";
      readonly max: "10m";
      readonly description: string;
    };
    readonly min_lower_lane_dispatches: {
      readonly type: "int";
      readonly default: 4;
      readonly min: 1;
      readonly max: 1000;
      readonly unit: "jobs";
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "audit";
    readonly per: "window_key";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "session_id",
      "job_id",
      "lane",
      "queue_wait_ms",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "session_scheduler.dispatch";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-SCHED-005",
      "INV-SCHED-002",
      "AP-006",
    ];
  };
  readonly examples: EntryExamples;
}>(25);

/** SAP-027: Message content written inline into the audit trail (high, stable). */
export const SAP_027 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-027";
  readonly slug: "inline-content-in-audit-event";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "audit";
  readonly tags: readonly [
    "audit-trail",
    "content-hash",
    "data-leak",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "session.message",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "session.message",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "message_id",
      "role",
      "token_count",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "session.message";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-SESS-002",
      "AP-004",
      "INV-SESS-001",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(26);

/** SAP-028: Actions by a session with no audit trail (high, stable). */
export const SAP_028 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-028";
  readonly slug: "action-by-unrecorded-session";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "audit";
  readonly tags: readonly [
    "audit-trail",
    "session-identity",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "session.created",
        "session.spawn_accepted",
      ];
      readonly description: string;
    },
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "capability.check",
        "exec.requested",
      ];
      readonly description: string;
    },
    {
      readonly source: "scheduler_check";
      readonly events: readonly [
        "model.call_started",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "model.call_started",
      "exec.requested",
      "capability.check",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 3;
        readonly within: "10m";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "session_id",
      "job_id",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "capability.check";
        readonly or_event_types: readonly [
          "model.call_started",
          "exec.requested",
        ];
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "AP-004",
      "INV-SESS-001",
      "INV-SPAWN-004",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(27);

/** SAP-029: Plugin or skill installed without a pinned version and hash (high, stable). */
export const SAP_029 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-029";
  readonly slug: "unpinned-extension-install";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "supply-chain";
  readonly tags: readonly [
    "plugins",
    "skills",
    "mcp",
    "pinning",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "capability_gate_outcome";
      readonly events: readonly [
        "extension.install_requested",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "extension.install_requested",
    ];
    readonly condition: string;
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "require_consent";
        readonly from: 1;
        readonly action: string;
      },
      {
        readonly outcome: "deny";
        readonly from: 3;
        readonly within: "1h";
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "extension_kind",
      "name",
      "source_registry",
      "version_spec",
      "integrity",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "extension.install_requested";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "AP-005",
    ];
    readonly links: readonly [
      {
        readonly title: string;
        readonly url: string;
      },
      {
        readonly title: string;
        readonly url: string;
      },
      {
        readonly title: string;
        readonly url: string;
      },
    ];
  };
  readonly examples: EntryExamples;
}>(28);

/** SAP-030: Pending tool call blindly re-run after a crash (high, stable). */
export const SAP_030 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-030";
  readonly slug: "blind-tool-call-rerun";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "recovery";
  readonly tags: readonly [
    "crash-recovery",
    "idempotency",
    "tool-calls",
  ];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: readonly [
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "workflow.recovery",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "workflow.recovery",
    ];
    readonly window: {
      readonly kind: "absence";
      readonly direction: "before";
      readonly group_by: string;
      readonly span_param: "reevaluation_window";
      readonly steps: readonly [
        {
          readonly on: readonly [
            "workflow.recovery",
          ];
          readonly where: string;
        },
        {
          readonly on: readonly [
            "workflow.recovery",
          ];
          readonly where: string;
        },
      ];
    };
    readonly condition: string;
  };
  readonly params: {
    readonly reevaluation_window: {
      readonly type: "duration";
      readonly default: "1h";
      readonly min: "1m";
      readonly max: "1d";
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "action",
      "tool_call_id",
      "checkpoint_id",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "workflow.recovery";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-RECOVER-002",
      "INV-RECOVER-003",
      "AP-008",
    ];
  };
  readonly examples: EntryExamples;
}>(29);

/** SAP-031: Session resumed without a checkpoint (high, experimental). */
export const SAP_031 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-031";
  readonly slug: "resume-without-checkpoint";
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly category: "recovery";
  readonly tags: readonly [
    "crash-recovery",
    "checkpoint",
  ];
  readonly severity: "high";
  readonly status: "experimental";
  readonly detection: readonly [
    {
      readonly source: "session_lifecycle_record";
      readonly events: readonly [
        "workflow.recovery",
        "session.checkpoint",
      ];
      readonly description: string;
    },
  ];
  readonly trigger: {
    readonly on: readonly [
      "workflow.recovery",
      "session.checkpoint",
    ];
    readonly window: {
      readonly kind: "absence";
      readonly direction: "before";
      readonly group_by: string;
      readonly span_param: "checkpoint_max_age";
      readonly steps: readonly [
        {
          readonly on: readonly [
            "workflow.recovery",
          ];
          readonly where: string;
        },
        {
          readonly on: readonly [
            "session.checkpoint",
          ];
          readonly where: string;
        },
      ];
    };
    readonly condition: string;
  };
  readonly params: {
    readonly checkpoint_max_age: {
      readonly type: "duration";
      readonly default: "7d";
      readonly min: "1h";
      readonly max: "30d";
      readonly description: string;
    };
  };
  readonly enforcement: {
    readonly mode: "audit";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "require_consent";
        readonly from: 1;
        readonly action: string;
      },
    ];
  };
  readonly evidence: {
    readonly record: readonly [
      "action",
      "checkpoint_id",
    ];
    readonly source_events: readonly [
      {
        readonly event_type: "workflow.recovery";
        readonly why: string;
      },
    ];
  };
  readonly references: {
    readonly rules: readonly [
      "INV-RECOVER-001",
      "INV-RECOVER-003",
      "AP-008",
    ];
  };
  readonly examples: EntryExamples;
}>(30);

/** Every live entry (experimental, stable, deprecated), sorted by id. */
export const entries = [
  SAP_001,
  SAP_002,
  SAP_003,
  SAP_004,
  SAP_005,
  SAP_006,
  SAP_007,
  SAP_008,
  SAP_009,
  SAP_010,
  SAP_011,
  SAP_012,
  SAP_013,
  SAP_014,
  SAP_015,
  SAP_016,
  SAP_017,
  SAP_018,
  SAP_019,
  SAP_020,
  SAP_021,
  SAP_022,
  SAP_023,
  SAP_024,
  SAP_025,
  SAP_026,
  SAP_027,
  SAP_028,
  SAP_029,
  SAP_030,
  SAP_031,
] as const;

/** The exact type of each entry, by id. */
export interface EntriesById {
  readonly "SAP-001": typeof SAP_001;
  readonly "SAP-002": typeof SAP_002;
  readonly "SAP-003": typeof SAP_003;
  readonly "SAP-004": typeof SAP_004;
  readonly "SAP-005": typeof SAP_005;
  readonly "SAP-006": typeof SAP_006;
  readonly "SAP-007": typeof SAP_007;
  readonly "SAP-008": typeof SAP_008;
  readonly "SAP-009": typeof SAP_009;
  readonly "SAP-010": typeof SAP_010;
  readonly "SAP-011": typeof SAP_011;
  readonly "SAP-012": typeof SAP_012;
  readonly "SAP-013": typeof SAP_013;
  readonly "SAP-014": typeof SAP_014;
  readonly "SAP-015": typeof SAP_015;
  readonly "SAP-016": typeof SAP_016;
  readonly "SAP-017": typeof SAP_017;
  readonly "SAP-018": typeof SAP_018;
  readonly "SAP-019": typeof SAP_019;
  readonly "SAP-020": typeof SAP_020;
  readonly "SAP-021": typeof SAP_021;
  readonly "SAP-022": typeof SAP_022;
  readonly "SAP-023": typeof SAP_023;
  readonly "SAP-024": typeof SAP_024;
  readonly "SAP-025": typeof SAP_025;
  readonly "SAP-026": typeof SAP_026;
  readonly "SAP-027": typeof SAP_027;
  readonly "SAP-028": typeof SAP_028;
  readonly "SAP-029": typeof SAP_029;
  readonly "SAP-030": typeof SAP_030;
  readonly "SAP-031": typeof SAP_031;
}

/** The id of a live entry. A misspelt id is a compile error. */
export type AntiPatternId = keyof EntriesById;

/** Every live entry id, sorted. */
export const antiPatternIds = [
  "SAP-001",
  "SAP-002",
  "SAP-003",
  "SAP-004",
  "SAP-005",
  "SAP-006",
  "SAP-007",
  "SAP-008",
  "SAP-009",
  "SAP-010",
  "SAP-011",
  "SAP-012",
  "SAP-013",
  "SAP-014",
  "SAP-015",
  "SAP-016",
  "SAP-017",
  "SAP-018",
  "SAP-019",
  "SAP-020",
  "SAP-021",
  "SAP-022",
  "SAP-023",
  "SAP-024",
  "SAP-025",
  "SAP-026",
  "SAP-027",
  "SAP-028",
  "SAP-029",
  "SAP-030",
  "SAP-031",
] as const satisfies readonly AntiPatternId[];

/** Tombstones: ids that no longer apply. Never reused, never removed. */
export const retiredEntries = registry.retired as unknown as readonly [] satisfies readonly RetiredData[];
/** The id of a retired entry. */
export type RetiredId = never;
