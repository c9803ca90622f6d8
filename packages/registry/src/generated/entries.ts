// @generated: do not edit by hand.
// Generator: @handshake/sap-codegen (sap generate)
// Source: registry/anti-patterns/*.yaml, registry/retired.yaml
// Regenerate: pnpm sap generate
// Typed views of registry.json: exact types for ids, vocabularies, events, params and outcomes; titles and CEL typed string.

import type { EntryData, RegistryJson, RetiredData } from "../entry-data.js";
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

export const SAP_001 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-001";
  readonly slug: string;
  readonly title: string;
  readonly category: "spawn-abuse";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "session.spawn_accepted",
    ];
    readonly window: {
      readonly kind: "distinct";
      readonly group_by: string;
      readonly distinct: string;
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
    };
    readonly window: {
      readonly type: "duration";
      readonly default: "60s";
      readonly min: "5s";
      readonly max: "1h";
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "root_session";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 3;
        readonly within: "10m";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(0);

export const SAP_002 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-002";
  readonly slug: string;
  readonly title: string;
  readonly category: "spawn-abuse";
  readonly tags: readonly string[];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
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
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "force_stop";
        readonly from: 1;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 2;
        readonly within: "1h";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(1);

export const SAP_003 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-003";
  readonly slug: string;
  readonly title: string;
  readonly category: "spawn-abuse";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
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
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 3;
        readonly within: "10m";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(2);

export const SAP_004 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-004";
  readonly slug: string;
  readonly title: string;
  readonly category: "spawn-abuse";
  readonly tags: readonly string[];
  readonly severity: "medium";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
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
    };
    readonly window: {
      readonly type: "duration";
      readonly default: "2m";
      readonly min: "10s";
      readonly max: "1h";
    };
    readonly counted_reasons: {
      readonly type: "string_list";
      readonly default: readonly [
        "depth_limit_exceeded",
        "children_cap_reached",
        "policy_denied",
        "INV-SPAWN-001",
        "INV-SPAWN-002",
        "TRUST-003",
      ];
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 2;
        readonly within: "30m";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(3);

export const SAP_005 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-005";
  readonly slug: string;
  readonly title: string;
  readonly category: "spawn-abuse";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "session_scheduler.dispatch",
      "llm_inference",
      "model.call_started",
      "exec.requested",
      "session.spawn_requested",
      "session_scheduler.cancelled",
      "session.state_change",
    ];
    readonly window: {
      readonly kind: "absence";
      readonly direction: "after";
      readonly group_by: { readonly [key: string]: string };
      readonly span_param: "race_window";
      readonly steps: readonly [
        {
          readonly on: readonly [
            "session_scheduler.dispatch",
            "llm_inference",
            "model.call_started",
            "exec.requested",
            "session.spawn_requested",
          ];
          readonly where: string;
        },
        {
          readonly on: readonly [
            "session_scheduler.cancelled",
            "session.state_change",
          ];
          readonly where: { readonly [key: string]: string };
        },
      ];
    };
    readonly condition: string;
  };
  readonly params: {
    readonly race_window: {
      readonly type: "duration";
      readonly default: "5s";
      readonly min: "100ms";
      readonly max: "1m";
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "force_stop";
        readonly from: 1;
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(4);

export const SAP_006 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-006";
  readonly slug: string;
  readonly title: string;
  readonly category: "spawn-abuse";
  readonly tags: readonly string[];
  readonly severity: "medium";
  readonly status: "experimental";
  readonly detection: EntryData["detection"];
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
    };
  };
  readonly enforcement: {
    readonly mode: "audit";
    readonly per: "root_session";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
      },
      {
        readonly outcome: "require_consent";
        readonly from: 3;
        readonly within: "2h";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(5);

export const SAP_007 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-007";
  readonly slug: string;
  readonly title: string;
  readonly category: "trust-boundary";
  readonly tags: readonly string[];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "trust.message_received",
      "trust_boundary.system_downgrade",
    ];
    readonly window: {
      readonly kind: "absence";
      readonly direction: "before";
      readonly group_by: { readonly [key: string]: string };
      readonly span_param: "repeat_window";
      readonly steps: readonly [
        {
          readonly on: readonly [
            "trust.message_received",
            "trust_boundary.system_downgrade",
          ];
          readonly where: { readonly [key: string]: string };
        },
        {
          readonly on: readonly [
            "trust_boundary.system_downgrade",
          ];
        },
      ];
    };
    readonly condition: string;
  };
  readonly params: {
    readonly repeat_window: {
      readonly type: "duration";
      readonly default: "24h";
      readonly min: "1h";
      readonly max: "30d";
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 3;
        readonly within: "10m";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(6);

export const SAP_008 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-008";
  readonly slug: string;
  readonly title: string;
  readonly category: "trust-boundary";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
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
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(7);

export const SAP_009 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-009";
  readonly slug: string;
  readonly title: string;
  readonly category: "trust-boundary";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "capability.check",
      "capability_action",
    ];
    readonly window: {
      readonly kind: "sequence";
      readonly group_by: string;
      readonly span_param: "span";
      readonly steps: readonly [
        {
          readonly on: readonly [
            "trust.message_received",
            "trust_boundary.system_downgrade",
          ];
          readonly where: { readonly [key: string]: string };
        },
        {
          readonly on: readonly [
            "capability.check",
            "capability_action",
          ];
          readonly where: { readonly [key: string]: string };
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
    };
    readonly risky_axes: {
      readonly type: "string_list";
      readonly default: readonly [
        "proc.exec",
        "net.http",
        "secrets.use",
        "fs.write",
        "terminal.exec",
      ];
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "require_consent";
        readonly from: 1;
      },
      {
        readonly outcome: "deny";
        readonly from: 3;
        readonly within: "1h";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(8);

export const SAP_010 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-010";
  readonly slug: string;
  readonly title: string;
  readonly category: "trust-boundary";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "experimental";
  readonly detection: EntryData["detection"];
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
    };
  };
  readonly enforcement: {
    readonly mode: "audit";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 3;
        readonly within: "10m";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(9);

export const SAP_011 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-011";
  readonly slug: string;
  readonly title: string;
  readonly category: "escalation";
  readonly tags: readonly string[];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
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
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(10);

export const SAP_012 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-012";
  readonly slug: string;
  readonly title: string;
  readonly category: "escalation";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
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
      },
      {
        readonly outcome: "force_stop";
        readonly from: 2;
        readonly within: "1h";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(11);

export const SAP_013 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-013";
  readonly slug: string;
  readonly title: string;
  readonly category: "escalation";
  readonly tags: readonly string[];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
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
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(12);

export const SAP_014 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-014";
  readonly slug: string;
  readonly title: string;
  readonly category: "escalation";
  readonly tags: readonly string[];
  readonly severity: "medium";
  readonly status: "experimental";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "capability.check",
      "capability_action",
    ];
    readonly window: {
      readonly kind: "count";
      readonly group_by: string;
      readonly span_param: "window";
      readonly where: { readonly [key: string]: string };
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
    };
    readonly window: {
      readonly type: "duration";
      readonly default: "60s";
      readonly min: "5s";
      readonly max: "1h";
    };
  };
  readonly enforcement: {
    readonly mode: "audit";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
      },
      {
        readonly outcome: "force_stop";
        readonly from: 2;
        readonly within: "30m";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(13);

export const SAP_015 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-015";
  readonly slug: string;
  readonly title: string;
  readonly category: "consent";
  readonly tags: readonly string[];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "model.call_started",
      "cloud_escalation_denied",
    ];
    readonly condition: { readonly [key: string]: string };
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(14);

export const SAP_016 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-016";
  readonly slug: string;
  readonly title: string;
  readonly category: "consent";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "model.call_started",
      "cloud_escalation_denied",
      "cloud_escalation_executed",
    ];
    readonly condition: { readonly [key: string]: string };
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "require_consent";
        readonly from: 1;
      },
      {
        readonly outcome: "deny";
        readonly from: 2;
        readonly within: "1h";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(15);

export const SAP_017 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-017";
  readonly slug: string;
  readonly title: string;
  readonly category: "consent";
  readonly tags: readonly string[];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "consent.receipt_revoked",
      "model.call_started",
      "cloud_escalation_denied",
      "cloud_escalation_executed",
    ];
    readonly window: {
      readonly kind: "sequence";
      readonly group_by: { readonly [key: string]: string };
      readonly span_param: "window";
      readonly steps: readonly [
        {
          readonly on: readonly [
            "consent.receipt_revoked",
            "cloud_escalation_denied",
          ];
          readonly where: { readonly [key: string]: string };
        },
        {
          readonly on: readonly [
            "model.call_started",
            "cloud_escalation_executed",
          ];
          readonly where: { readonly [key: string]: string };
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
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "force_stop";
        readonly from: 1;
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(16);

export const SAP_018 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-018";
  readonly slug: string;
  readonly title: string;
  readonly category: "consent";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "model.call_started",
      "cloud_escalation_executed",
    ];
    readonly condition: { readonly [key: string]: string };
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "require_consent";
        readonly from: 1;
      },
      {
        readonly outcome: "deny";
        readonly from: 3;
        readonly within: "1h";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(17);

export const SAP_019 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-019";
  readonly slug: string;
  readonly title: string;
  readonly category: "isolation";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "session.cross_access",
      "workspace_cross_session.denied",
    ];
    readonly condition: { readonly [key: string]: string };
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(18);

export const SAP_020 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-020";
  readonly slug: string;
  readonly title: string;
  readonly category: "execution";
  readonly tags: readonly string[];
  readonly severity: "critical";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
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
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(19);

export const SAP_021 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-021";
  readonly slug: string;
  readonly title: string;
  readonly category: "execution";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "exec.requested",
      "workspace_isolation.denied",
    ];
    readonly condition: { readonly [key: string]: string };
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(20);

export const SAP_022 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-022";
  readonly slug: string;
  readonly title: string;
  readonly category: "execution";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
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
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "require_consent";
        readonly from: 1;
      },
      {
        readonly outcome: "deny";
        readonly from: 3;
        readonly within: "15m";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(21);

export const SAP_023 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-023";
  readonly slug: string;
  readonly title: string;
  readonly category: "execution";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
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
      },
      {
        readonly outcome: "force_stop";
        readonly from: 3;
        readonly within: "10m";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(22);

export const SAP_024 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-024";
  readonly slug: string;
  readonly title: string;
  readonly category: "scheduling";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "model.call_started",
      "llm_inference",
      "session_scheduler.dispatch",
    ];
    readonly window: {
      readonly kind: "absence";
      readonly direction: "before";
      readonly group_by: { readonly [key: string]: string };
      readonly span_param: "dispatch_window";
      readonly steps: readonly [
        {
          readonly on: readonly [
            "model.call_started",
            "llm_inference",
          ];
          readonly where: { readonly [key: string]: string };
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
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(23);

export const SAP_025 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-025";
  readonly slug: string;
  readonly title: string;
  readonly category: "scheduling";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "model.call_started",
      "session_scheduler.dispatch",
    ];
    readonly condition: { readonly [key: string]: string };
  };
  readonly params: {};
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(24);

export const SAP_026 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-026";
  readonly slug: string;
  readonly title: string;
  readonly category: "scheduling";
  readonly tags: readonly string[];
  readonly severity: "medium";
  readonly status: "experimental";
  readonly detection: EntryData["detection"];
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
    };
    readonly min_lower_lane_dispatches: {
      readonly type: "int";
      readonly default: 4;
      readonly min: 1;
      readonly max: 1000;
      readonly unit: "jobs";
    };
  };
  readonly enforcement: {
    readonly mode: "audit";
    readonly per: "window_key";
    readonly tiers: readonly [
      {
        readonly outcome: "downgrade";
        readonly from: 1;
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(25);

export const SAP_027 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-027";
  readonly slug: string;
  readonly title: string;
  readonly category: "audit";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
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
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(26);

export const SAP_028 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-028";
  readonly slug: string;
  readonly title: string;
  readonly category: "audit";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
  readonly trigger: {
    readonly on: readonly [
      "session_scheduler.dispatch",
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
      },
      {
        readonly outcome: "force_stop";
        readonly from: 3;
        readonly within: "10m";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(27);

export const SAP_029 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-029";
  readonly slug: string;
  readonly title: string;
  readonly category: "supply-chain";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
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
      },
      {
        readonly outcome: "deny";
        readonly from: 3;
        readonly within: "1h";
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(28);

export const SAP_030 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-030";
  readonly slug: string;
  readonly title: string;
  readonly category: "recovery";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "stable";
  readonly detection: EntryData["detection"];
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
    };
  };
  readonly enforcement: {
    readonly mode: "enforce";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "deny";
        readonly from: 1;
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(29);

export const SAP_031 = /* @__PURE__ */ entryAt<{
  readonly id: "SAP-031";
  readonly slug: string;
  readonly title: string;
  readonly category: "recovery";
  readonly tags: readonly string[];
  readonly severity: "high";
  readonly status: "experimental";
  readonly detection: EntryData["detection"];
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
    };
  };
  readonly enforcement: {
    readonly mode: "audit";
    readonly per: "session";
    readonly tiers: readonly [
      {
        readonly outcome: "require_consent";
        readonly from: 1;
      },
    ];
  };
  readonly evidence: EntryData["evidence"];
  readonly references: EntryData["references"];
  readonly coverage: EntryData["coverage"];
}>(30);

/** Every live entry (experimental, stable, deprecated), sorted by id. */
export const entries: readonly [
  typeof SAP_001,
  typeof SAP_002,
  typeof SAP_003,
  typeof SAP_004,
  typeof SAP_005,
  typeof SAP_006,
  typeof SAP_007,
  typeof SAP_008,
  typeof SAP_009,
  typeof SAP_010,
  typeof SAP_011,
  typeof SAP_012,
  typeof SAP_013,
  typeof SAP_014,
  typeof SAP_015,
  typeof SAP_016,
  typeof SAP_017,
  typeof SAP_018,
  typeof SAP_019,
  typeof SAP_020,
  typeof SAP_021,
  typeof SAP_022,
  typeof SAP_023,
  typeof SAP_024,
  typeof SAP_025,
  typeof SAP_026,
  typeof SAP_027,
  typeof SAP_028,
  typeof SAP_029,
  typeof SAP_030,
  typeof SAP_031,
] = [
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
];

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
