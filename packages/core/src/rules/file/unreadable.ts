import type { FileRule } from "../rule.js";

export const unreadable: FileRule = {
  phase: "file",
  code: "SAP-E008",
  description: "A registry path cannot be read (permissions, not a regular file, I/O error).",
  message: (detail) => `cannot read: ${detail ?? "unknown error"}`,
  hint: "make the path a readable regular file",
};
