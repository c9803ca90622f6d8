/**
 * JSON Schema without its human annotations (`description`, `examples`,
 * `$comment`): the same assertions, so a validator accepts and rejects exactly
 * the same documents. The registry package ships schemas in this form; the docs
 * package ships them whole, for editors and readers.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ANNOTATIONS = new Set(["description", "examples", "$comment"]);

/** Keywords whose value maps names to subschemas: the names are data, not keywords. */
const SCHEMA_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
]);

/** Keywords whose value is instance data: copied as is. */
const DATA = new Set(["enum", "const", "default"]);

export function withoutAnnotations(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (schema === null || typeof schema !== "object") return schema;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (DATA.has(key)) out[key] = value;
    else if (
      SCHEMA_MAPS.has(key) &&
      value !== null &&
      typeof value === "object" &&
      !Array.isArray(value)
    ) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]),
      );
    } else out[key] = withoutAnnotations(value);
  }
  return out;
}
