import type { SchemaRule } from "../rule.js";

export const missingField: SchemaRule = {
  phase: "schema",
  code: "SAP-E011",
  description: "A required field is missing.",
  keywords: ["required", "dependentRequired"],
};
