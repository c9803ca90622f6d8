import type { FileRule } from "../rule.js";

export const unexpectedFile: FileRule = {
  phase: "file",
  code: "SAP-E009",
  description: "A file in events/ or anti-patterns/ does not end in .yaml and would be ignored.",
  message: (detail) => `not a .yaml file${detail ? ` (${detail})` : ""}; it would be ignored`,
  hint: "rename it to end in .yaml, or move it out of the registry",
};
