import { compile } from "json-schema-to-typescript";

/** One JSON Schema file of registry/schema, by file name. */
export interface SchemaFile {
  readonly name: string;
  readonly schema: Readonly<Record<string, unknown>>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `common.schema.json#/$defs/X` and `#/$defs/X` -> `#/$defs/X`: one flat namespace of definitions. */
export function flattenRef(ref: string): string {
  const hash = ref.indexOf("#");
  return hash >= 0 ? ref.slice(hash) : ref;
}

const TYPED_KEYS = [
  "type",
  "enum",
  "const",
  "$ref",
  "oneOf",
  "anyOf",
  "allOf",
  "properties",
  "items",
];

/**
 * Prepares one schema node for type generation (validators use the originals):
 * refs are flattened and carry nothing else (so each definition is one named
 * type); a `oneOf` that only constrains which keys are present is dropped; a node
 * with no type at all (a param's `default`) becomes `unknown`; `$id`/`$schema` go;
 * without `comments`, so do `description` and `examples` (no JSDoc in the output).
 */
export function forTypes(node: Json, comments = true): Json {
  if (Array.isArray(node)) return node.map((item) => forTypes(item, comments));
  if (node === null || typeof node !== "object") return node;
  if (typeof node.$ref === "string") return { $ref: flattenRef(node.$ref) };
  const out: { [key: string]: Json } = {};
  for (const [key, child] of Object.entries(node)) {
    if (key === "$id" || key === "$schema") continue;
    if (!comments && (key === "description" || key === "examples")) continue;
    if (key === "oneOf" && Array.isArray(child) && child.every(keysOnly)) continue;
    if (key === "properties" || key === "$defs") {
      out[key] = Object.fromEntries(
        Object.entries(child as { [key: string]: Json }).map(([k, v]) => [
          k,
          forTypes(v, comments),
        ]),
      );
    } else {
      out[key] = forTypes(child, comments);
    }
  }
  if (!TYPED_KEYS.some((key) => key in out)) out.tsType = "unknown";
  return out;
}

function keysOnly(branch: Json): boolean {
  return (
    branch !== null &&
    typeof branch === "object" &&
    !Array.isArray(branch) &&
    !("type" in branch) &&
    !("properties" in branch)
  );
}

/** Every file's root (under its title) and every `$defs` entry in one schema. */
export function combineSchemas(
  files: readonly SchemaFile[],
  comments = true,
): { [key: string]: Json } {
  const defs: { [key: string]: Json } = {};
  const roots: { [key: string]: Json } = {};
  const add = (name: string, def: Json, from: string): void => {
    if (name in defs) {
      throw new Error(
        `registry/schema/${from}: the definition name ${name} is used twice; rename one of them`,
      );
    }
    defs[name] = def;
  };
  for (const file of [...files].sort((a, b) => compareStrings(a.name, b.name))) {
    const schema = file.schema as { [key: string]: Json };
    for (const [defName, def] of Object.entries((schema.$defs ?? {}) as { [key: string]: Json })) {
      add(defName, forTypes(def, comments), file.name);
    }
    if (schema.type === "object" && typeof schema.title === "string") {
      const { $defs: _ignored, ...root } = schema;
      add(schema.title, forTypes(root, comments), file.name);
      roots[schema.title] = { $ref: `#/$defs/${schema.title}` };
    }
  }
  return {
    title: "RegistrySchemaTypes",
    type: "object",
    additionalProperties: false,
    properties: roots,
    $defs: defs,
  };
}

/** Ordinal comparison: locale-independent, so output never depends on the machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * TypeScript types of every registry file kind, from the JSON Schemas, by
 * json-schema-to-typescript: the one generator of these types, for the
 * registry package (no comments) and core (comments, formatted; core-files.ts).
 * Returns the body (no banner).
 */
export async function schemaTypesSource(
  files: readonly SchemaFile[],
  options: { readonly comments?: boolean; readonly format?: boolean } = {},
): Promise<string> {
  const combined = combineSchemas(files, options.comments ?? true);
  const ts = await compile(combined as Parameters<typeof compile>[0], "RegistrySchemaTypes", {
    bannerComment: "",
    additionalProperties: false,
    declareExternallyReferenced: true,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    unknownAny: true,
    ignoreMinAndMaxItems: true,
    // Prettier's layout, for types people read (core's); the shipped package's are terse.
    format: options.format ?? false,
    $refOptions: { resolve: { external: false } },
  });
  if (options.comments ?? true) return ts;
  // json-schema-to-typescript adds a "referenced by ... via the definition"
  // block (and @minItems notes) to every definition; without comments, they go too.
  return ts
    .replace(
      /\/\*\*\n \* This interface was referenced by [^\n]*\n \* via the `definition` "[^"\n]*"\.\n \*\/\n/g,
      "",
    )
    .replace(/ *\/\*\*\n *\* @(?:minItems|maxItems) \d+\n *\*\/\n/g, "");
}
