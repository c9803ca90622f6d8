import type { SchemaRule } from "../rule.js";

export const unknownField: SchemaRule = {
  phase: "schema",
  code: "SAP-E010",
  description: "A field the schema does not allow (a misspelt or misplaced key).",
  keywords: ["additionalProperties", "unevaluatedProperties", "propertyNames"],
};
