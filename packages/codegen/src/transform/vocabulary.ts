import { PROSE_PATHS } from "@handshake/sap-core";
import { StructureKind } from "ts-morph";
import type { RegistryDocument, VocabularyItemDoc } from "../model.js";
import { exportConst, type Statement } from "../statements.js";
import { tsLiteral, tsTypeLiteral } from "../ts-json.js";
import { stringTuple } from "./tuple.js";

interface VocabularySpec {
  /** The member of registry.json holding the items. */
  readonly jsonKey: string;
  readonly constName: string;
  readonly typeName: string;
  readonly doc: string;
  readonly items: readonly VocabularyItemDoc[];
}

/**
 * A typed view of one vocabulary of registry.json (the data exists once in the
 * package) and the union of its ids.
 */
export function vocabularyStatements(spec: VocabularySpec): Statement[] {
  return [
    exportConst(
      spec.constName,
      `registry.${spec.jsonKey} as unknown as ${tsTypeLiteral(spec.items, () => undefined)}`,
      spec.doc,
    ),
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: spec.typeName,
      docs: [`An id of \`${spec.constName}\`.`],
      type: `(typeof ${spec.constName})[number]["id"]`,
    },
  ];
}

function constString(name: string, value: string, doc: string): Statement {
  return exportConst(name, JSON.stringify(value), doc);
}

/** Statements of `src/generated/vocabulary.ts`: version, hash, vocabularies, rules, limits. */
export function vocabularyModule(doc: RegistryDocument): Statement[] {
  return [
    `import registry from "../../generated/registry.json" with { type: "json" };`,
    constString("registryName", doc.name, "The registry's name."),
    constString(
      "registryVersion",
      doc.version,
      "The registry version: the version of this package. Pin it to pin every id, severity, trigger and outcome.",
    ),
    constString(
      "contentHash",
      doc.content_hash,
      "SHA-256 of the canonical registry content (without the version): `sha256:<hex>`.",
    ),
    ...vocabularyStatements({
      jsonKey: "severities",
      constName: "severities",
      typeName: "Severity",
      doc: "Severity levels from least to most severe; the position is the rank.",
      items: doc.severities,
    }),
    ...vocabularyStatements({
      jsonKey: "categories",
      constName: "categories",
      typeName: "Category",
      doc: "Anti-pattern categories.",
      items: doc.categories,
    }),
    ...vocabularyStatements({
      jsonKey: "detection_sources",
      constName: "detectionSources",
      typeName: "DetectionSource",
      doc: "Detection sources: where an anti-pattern is seen.",
      items: doc.detection_sources,
    }),
    ...vocabularyStatements({
      jsonKey: "outcomes",
      constName: "outcomes",
      typeName: "Outcome",
      doc: "Policy outcomes from least to most strict; the position is the strictness.",
      items: doc.outcomes,
    }),
    exportConst(
      "ruleIds",
      `${stringTuple(doc.rules.map((r) => r.id))} as const`,
      "Runtime rule ids entries may cite in `references.rules`.",
    ),
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "RuleId",
      docs: ["A runtime rule id."],
      type: "(typeof ruleIds)[number]",
    },
    exportConst(
      "statuses",
      `["experimental", "stable", "deprecated"] as const`,
      "Entry statuses. Retired ids are listed in `retiredEntries`, not among the entries.",
    ),
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "Status",
      docs: ["A live entry's status."],
      type: "(typeof statuses)[number]",
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "ProseKey",
      docs: [
        "Keys of an entry's prose members, at any depth: not in registry.json (they ship in the docs package's prose.json).",
      ],
      type: entryProseKeys()
        .map((key) => JSON.stringify(key))
        .join(" | "),
    },
    exportConst(
      "limits",
      `${tsLiteral(doc.limits ?? {})} as const`,
      "Bounds every conforming engine enforces.",
    ),
  ];
}

/** The last key of every prose path under an entry (core's PROSE_PATHS), sorted, each once. */
export function entryProseKeys(): string[] {
  const keys = PROSE_PATHS.filter((path) => path[0] === "anti_patterns").map(
    (path) => path[path.length - 1] as string,
  );
  return [...new Set(keys)].sort();
}
