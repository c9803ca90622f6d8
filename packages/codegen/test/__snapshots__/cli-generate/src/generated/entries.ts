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
  ];
  readonly severity: "high";
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
      "session.spawn_requested",
    ];
    readonly window: {
      readonly kind: "count";
      readonly group_by: string;
      readonly span_param: "window";
    };
    readonly condition: string;
  };
  readonly params: {
    readonly max_spawn_requests: {
      readonly type: "int";
      readonly default: 12;
      readonly min: 4;
      readonly max: 1000;
      readonly unit: "requests";
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
      "spawn_depth",
    ];
    readonly source_events: readonly [
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
  };
  readonly examples: EntryExamples;
}>(1);

/** Every live entry (experimental, stable, deprecated), sorted by id. */
export const entries = [
  SAP_001,
  SAP_002,
] as const;

/** The exact type of each entry, by id. */
export interface EntriesById {
  readonly "SAP-001": typeof SAP_001;
  readonly "SAP-002": typeof SAP_002;
}

/** The id of a live entry. A misspelt id is a compile error. */
export type AntiPatternId = keyof EntriesById;

/** Every live entry id, sorted. */
export const antiPatternIds = ["SAP-001", "SAP-002"] as const satisfies readonly AntiPatternId[];

/** Tombstones: ids that no longer apply. Never reused, never removed. */
export const retiredEntries = registry.retired as unknown as readonly [
  {
    readonly id: "SAP-003";
    readonly slug: "old-spawn-check";
    readonly title: string;
    readonly retired_in: "0.2.0";
    readonly reason: string;
    readonly replaced_by: "SAP-002";
  },
] satisfies readonly RetiredData[];
/** The id of a retired entry. */
export type RetiredId = (typeof retiredEntries)[number]["id"];
