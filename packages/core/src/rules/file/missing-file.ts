import type { FileRule } from "../rule.js";

export const missingFile: FileRule = {
  phase: "file",
  code: "SAP-E001",
  description:
    "A required file or folder of the registry is missing (registry.yaml, environment.yaml, retired.yaml, events/, anti-patterns/).",
  message: (detail) => detail ?? "required file or folder is missing",
  hint: "create it (copy it from the registry/ of this repository), or pass the registry folder as DIR",
};
