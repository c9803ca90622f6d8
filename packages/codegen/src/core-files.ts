import { type BannerInfo, tidy, tsBanner } from "./banner.js";
import type { GeneratedFile } from "./files.js";
import type { SchemaText } from "./package-files.js";
import { schemaTypesSource } from "./transform/schema-types.js";

/*
 * Core's generated sources, written by codegen. Core validates the YAML
 * against registry/schema and types it by those schemas, so it holds both in
 * src/generated (committed). They come from the one JSON Schema → TypeScript
 * generator (transform/schema-types.ts) that also writes the registry
 * package's types. Core cannot run it itself: codegen depends on core, so core
 * importing codegen, even in a build script, would close a cycle in turbo's
 * graph. Instead `sap generate` (in this repository) writes them with the
 * registry package's files, and `sap generate --check` fails when they are
 * stale; core builds from the committed files, so a fresh clone builds without
 * running any generator first.
 */

/** Folders of core (packages/core) that codegen owns entirely. */
export const CORE_OWNED_DIRS: readonly string[] = ["src/generated"];

/** Every file of core that codegen writes, relative to core's folder. Pure. */
export async function coreFiles(
  schemas: readonly SchemaText[],
  command: string,
): Promise<GeneratedFile[]> {
  const sorted = [...schemas].sort((a, b) => (a.name < b.name ? -1 : 1));
  const parsed = sorted.map((s) => ({
    name: s.name,
    schema: JSON.parse(s.text) as Record<string, unknown>,
  }));
  const banner = (note: string): BannerInfo => ({
    generator: "@handshake/sap-codegen (sap generate)",
    source: "registry/schema/*.schema.json",
    command,
    notes: [note],
  });
  const types = await schemaTypesSource(parsed, { comments: true, format: true });
  const embedded = [
    "/** registry/schema/*.schema.json by file name. */",
    `export const schemas: Readonly<Record<string, Readonly<Record<string, unknown>>>> = ${JSON.stringify(
      Object.fromEntries(parsed.map((s) => [s.name, s.schema])),
      null,
      2,
    )};`,
  ].join("\n");
  return [
    {
      path: "src/generated/schema-types.ts",
      contents: tidy(
        `${tsBanner(banner("Types of the registry's YAML files (json-schema-to-typescript)."))}\n${types}`,
      ),
    },
    {
      path: "src/generated/schemas.ts",
      contents: tidy(
        `${tsBanner(banner("The JSON Schemas, embedded so the validator reads nothing but the registry folder."))}\n${embedded}`,
      ),
    },
  ];
}
