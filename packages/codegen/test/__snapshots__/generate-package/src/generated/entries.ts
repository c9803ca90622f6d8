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

/** Every live entry (experimental, stable, deprecated), sorted by id. */
export const entries: readonly [
  typeof SAP_001,
  typeof SAP_002,
] = [
  SAP_001,
  SAP_002,
];

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
    readonly slug: string;
    readonly title: string;
    readonly retired_in: "0.2.0";
    readonly reason: string;
    readonly replaced_by: "SAP-002";
  },
] satisfies readonly RetiredData[];
/** The id of a retired entry. */
export type RetiredId = (typeof retiredEntries)[number]["id"];
