import type { FileRule } from "../rule.js";

export const duplicateKey: FileRule = {
  phase: "file",
  code: "SAP-E007",
  description: "A YAML map repeats a key.",
  message: (detail) => detail ?? "Map keys must be unique",
  hint: "keep one of the two keys; a YAML map cannot repeat a key",
};
