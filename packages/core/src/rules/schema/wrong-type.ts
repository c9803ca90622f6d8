import type { SchemaRule } from "../rule.js";

export const wrongType: SchemaRule = {
  phase: "schema",
  code: "SAP-E012",
  description:
    "A value has the wrong type (a string where a list is expected, a number as text, ...).",
  keywords: ["type"],
};
