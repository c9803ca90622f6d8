import { StructureKind } from "ts-morph";
import type { EntryDoc, RetiredDoc } from "../model.js";
import { entryConstName } from "../naming.js";
import { exportConst, type Statement } from "../statements.js";
import { type RuleFor, tsTypeLiteral } from "../ts-json.js";
import { docText } from "./payloads.js";
import { stringTuple } from "./tuple.js";

/**
 * Properties whose values are text or expressions: typed `string` in the
 * declarations (their text is in registry.json), which keeps the declaration
 * files small while ids, severities, statuses, sources, events, params and
 * outcomes stay exact literal types. Slugs and tags are widened too: nothing
 * is typed by them. (Prose proper, such as descriptions and
 * examples, is not in registry.json at all: it ships in the docs package.)
 */
export const WIDENED_KEYS: readonly string[] = [
  "slug",
  "tags",
  "title",
  "summary",
  "description",
  "action",
  "why",
  "condition",
  "group_by",
  "where",
  "distinct",
  "url",
  "reason",
];

/**
 * Entry members typed by their general shape (a member of `EntryData`) rather
 * than spelt out: which events and fields the evidence cites, the references
 * and the detection list are read at run time (registry.json), never narrowed
 * by type, and spelling them out per entry would double the declarations.
 * `coverage` is derived data that changes with the runtime, not with the
 * entry: a consumer reads it, never narrows on it.
 */
export const GENERAL_KEYS: Readonly<Record<string, string>> = {
  coverage: 'EntryData["coverage"]',
  detection: 'EntryData["detection"]',
  evidence: 'EntryData["evidence"]',
  references: 'EntryData["references"]',
};

/** The rule `tsTypeLiteral` applies under each entry property. */
export const entryTypeRule: RuleFor = (key) => {
  const named = GENERAL_KEYS[key];
  if (named !== undefined) return { named };
  return WIDENED_KEYS.includes(key) ? "widen" : undefined;
};

/**
 * JSDoc of an entry constant: only a deprecated entry has one (`@deprecated`,
 * which editors show as a strike-through, with its replacement). Titles stay
 * out of the declarations: the constant's type already shows id, category,
 * severity and status, and the package has a size budget.
 */
export function entryDoc(entry: EntryDoc): string | undefined {
  if (entry.status !== "deprecated") return undefined;
  return docText([
    `${entry.id} is deprecated.`,
    "",
    `@deprecated ${entry.replaced_by ? `Replaced by ${entry.replaced_by}.` : "Deprecated."}`,
  ]);
}

/** `export const SAP_001 = entryAt<{ ...exact type... }>(0);` */
export function entryStatement(entry: EntryDoc, index: number): Statement {
  return exportConst(
    entryConstName(entry.id),
    `/* @__PURE__ */ entryAt<${tsTypeLiteral(entry, entryTypeRule)}>(${index})`,
    entryDoc(entry),
  );
}

// Every generated entry type must satisfy the package's `EntryData` (the
// schema's entry without prose keys): a machine member moved to prose by
// mistake fails the registry package's build.
const PRELUDE = `import type { EntryData, RegistryJson, RetiredData } from "../entry-data.js";
import registry from "../../generated/registry.json" with { type: "json" };

/**
 * The entry at \`index\` of registry.json, typed exactly. The constraint makes
 * every generated entry type a compile-time check against the schema's shape.
 */
function entryAt<T extends EntryData>(index: number): T {
  return registry.anti_patterns[index] as unknown as T;
}

/** The whole registry.json document, as shipped (for engines and tools that read the JSON). */
export const registryJson: RegistryJson = registry as unknown as RegistryJson;
`;

/** Statements of \`src/generated/entries.ts\`: typed views of registry.json's entries and tombstones. */
export function entriesModule(
  entries: readonly EntryDoc[],
  retired: readonly RetiredDoc[],
): Statement[] {
  const names = entries.map((entry) => entryConstName(entry.id));
  const list = names.length === 0 ? "[]" : `[\n${names.map((n) => `  ${n},\n`).join("")}]`;
  const retiredType = tsTypeLiteral(retired, entryTypeRule);
  return [
    PRELUDE,
    ...entries.map(entryStatement),
    // Annotated with each constant's `typeof`: left to inference, the declaration
    // file would spell every entry's type out a second time.
    exportConst(
      `entries: readonly [${names.map((n) => `\n  typeof ${n},`).join("")}${names.length > 0 ? "\n" : ""}]`,
      list,
      "Every live entry (experimental, stable, deprecated), sorted by id.",
    ),
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "EntriesById",
      docs: ["The exact type of each entry, by id."],
      properties: entries.map((entry) => ({
        name: JSON.stringify(entry.id),
        isReadonly: true,
        type: `typeof ${entryConstName(entry.id)}`,
      })),
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "AntiPatternId",
      docs: ["The id of a live entry. A misspelt id is a compile error."],
      type: "keyof EntriesById",
    },
    exportConst(
      "antiPatternIds",
      `${stringTuple(entries.map((e) => e.id))} as const satisfies readonly AntiPatternId[]`,
      "Every live entry id, sorted.",
    ),
    exportConst(
      "retiredEntries",
      `registry.retired as unknown as ${retiredType} satisfies readonly RetiredData[]`,
      "Tombstones: ids that no longer apply. Never reused, never removed.",
    ),
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "RetiredId",
      docs: ["The id of a retired entry."],
      type: retired.length === 0 ? "never" : `(typeof retiredEntries)[number]["id"]`,
    },
  ];
}
