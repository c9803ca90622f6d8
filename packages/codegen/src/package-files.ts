import { canonicalJson, PROSE_MARKER, splitProse } from "@handshake/sap-core";
import { type BannerInfo, tidy, tsBanner } from "./banner.js";
import type { GeneratedFile } from "./files.js";
import { registryJsonText } from "./json.js";
import type { RegistryDocument } from "./model.js";
import { printStatements } from "./printer.js";
import { entriesModule } from "./transform/entries.js";
import { eventsModule } from "./transform/events-module.js";
import { withoutAnnotations } from "./transform/schema-annotations.js";
import { schemaTypesSource } from "./transform/schema-types.js";
import { vocabularyModule } from "./transform/vocabulary.js";

/** A JSON Schema file as read from registry/schema: its name and exact text. */
export interface SchemaText {
  readonly name: string;
  readonly text: string;
}

export interface PackageInputs {
  readonly document: RegistryDocument;
  readonly schemas: readonly SchemaText[];
  /** Text of core's self-contained history query, shipped as a copy (no imports, zero deps). */
  readonly historyQuerySource: string;
  /** Text of core's self-contained prose merge (`withProse`), shipped as a copy. */
  readonly proseMergeSource: string;
  /** The docs package folder, relative to the registry package folder (`../registry-docs`). */
  readonly docsPackagePath: string;
  /** The command that regenerates, printed in every banner. */
  readonly command: string;
}

/** The generator's name in banners. */
export const GENERATOR = "@handshake/sap-codegen";

/** The package that ships the registry's prose (prose.json) beside the registry package. */
export const DOCS_PACKAGE = "@handshake/session-anti-patterns-docs";

/** Folders of the registry package that codegen owns entirely. */
export const PACKAGE_OWNED_DIRS: readonly string[] = ["generated", "schemas", "src/generated"];

/** Folders of the docs package that codegen owns entirely. */
export const DOCS_PACKAGE_OWNED_DIRS: readonly string[] = ["generated", "schemas", "src/generated"];

/**
 * The registry document split in two: registry.json's machine members (with the
 * `prose_in` marker naming where the rest ships) and the docs package's prose.json.
 * Both declare the version and the content hash of the full registry.
 */
export function splitDocument(document: RegistryDocument): {
  machine: RegistryDocument;
  prose: Record<string, unknown>;
} {
  const { machine, prose } = splitProse(document);
  return {
    machine: {
      ...machine,
      [PROSE_MARKER]: `${DOCS_PACKAGE}/prose.json`,
    } as unknown as RegistryDocument,
    prose: {
      name: DOCS_PACKAGE,
      version: document.version,
      content_hash: document.content_hash,
      prose,
    },
  };
}

function banner(source: string, command: string, notes: readonly string[] = []): BannerInfo {
  return { generator: `${GENERATOR} (sap generate)`, source, command, notes };
}

/**
 * Every file of the registry package that codegen writes, relative to the
 * package folder. Pure: the same inputs give the same bytes.
 */
export async function packageFiles(inputs: PackageInputs): Promise<GeneratedFile[]> {
  const { command } = inputs;
  const { machine: document, prose } = splitDocument(inputs.document);
  const schemas = [...inputs.schemas].sort((a, b) => (a.name < b.name ? -1 : 1));
  // Without the schemas' descriptions as comments: the shipped schemas carry them.
  const schemaTypes = await schemaTypesSource(
    schemas.map((s) => ({ name: s.name, schema: JSON.parse(s.text) as Record<string, unknown> })),
    { comments: false },
  );
  const ts = (path: string, info: BannerInfo, body: string): GeneratedFile => ({
    path,
    contents: tidy(`${tsBanner(info)}\n${body}`),
  });
  return [
    { path: "generated/registry.json", contents: registryJsonText(document) },
    { path: `${inputs.docsPackagePath}/generated/prose.json`, contents: canonicalJson(prose) },
    // The registry package: the schemas' assertions only, minified; the docs
    // package: the exact files, annotations and all.
    ...schemas.map((s) => ({
      path: `schemas/${s.name}`,
      contents: `${JSON.stringify(withoutAnnotations(JSON.parse(s.text)))}\n`,
    })),
    ...schemas.map((s) => ({
      path: `${inputs.docsPackagePath}/schemas/${s.name}`,
      contents: s.text,
    })),
    ts(
      "src/generated/schema-types.ts",
      banner("registry/schema/*.schema.json (json-schema-to-typescript)", command, [
        "The shapes of the registry's authoring files, exported as the `Schema` namespace.",
      ]),
      schemaTypes,
    ),
    ts(
      "src/generated/vocabulary.ts",
      banner("registry/registry.yaml, packages/registry/package.json (version)", command),
      printStatements("vocabulary.ts", vocabularyModule(document)),
    ),
    ts(
      "src/generated/events.ts",
      banner("registry/events/*.yaml", command),
      printStatements("events.ts", eventsModule(document.events)),
    ),
    ts(
      "src/generated/entries.ts",
      banner("registry/anti-patterns/*.yaml, registry/retired.yaml", command, [
        "Typed views of registry.json: exact types for ids, vocabularies, events, params and outcomes; titles and CEL typed string.",
      ]),
      printStatements("entries.ts", entriesModule(document.anti_patterns, document.retired)),
    ),
    ts(
      "src/generated/history-query.ts",
      banner("packages/core/src/diff/history-query.ts (a verbatim copy)", command, [
        "The query over registry.json's `history`: what changed between two versions for the ids you use.",
      ]),
      inputs.historyQuerySource,
    ),
    ts(
      `${inputs.docsPackagePath}/src/generated/prose-merge.ts`,
      banner("packages/core/src/canonical/prose-merge.ts (a verbatim copy)", command, [
        "Joins registry.json and the docs package's prose.json back into the full registry.",
      ]),
      inputs.proseMergeSource,
    ),
  ];
}
