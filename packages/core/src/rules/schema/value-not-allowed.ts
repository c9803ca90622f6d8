import type { SchemaRule } from "../rule.js";

export const valueNotAllowed: SchemaRule = {
  phase: "schema",
  code: "SAP-E013",
  description:
    "A value is not one of the allowed values or does not match the required format (ids, durations, event types, tokens).",
  keywords: ["enum", "const", "pattern", "format"],
};
