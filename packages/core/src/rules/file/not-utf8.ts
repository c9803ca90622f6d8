import type { FileRule } from "../rule.js";

export const notUtf8: FileRule = {
  phase: "file",
  code: "SAP-E004",
  description: "A registry file is not valid UTF-8.",
  message: () => "file is not valid UTF-8",
  hint: "save the file as UTF-8 text",
};
