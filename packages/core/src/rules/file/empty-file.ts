import type { FileRule } from "../rule.js";

export const emptyFile: FileRule = {
  phase: "file",
  code: "SAP-E005",
  description: "A registry file is empty or holds only comments.",
  message: () => "file is empty",
  hint: "write the file's content (see registry/schema/ for its shape) or delete the file",
};
