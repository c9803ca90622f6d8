import type { SchemaRule } from "../rule.js";

export const constraint: SchemaRule = {
  phase: "schema",
  code: "SAP-E014",
  description:
    "A value breaks a size or count constraint (empty list, repeated item, too long, below the minimum, one of two exclusive fields).",
  keywords: [
    "minItems",
    "maxItems",
    "uniqueItems",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minProperties",
    "maxProperties",
    "oneOf",
    "anyOf",
    "not",
    "multipleOf",
  ],
};
