import type { FileRule } from "../rule.js";

export const yamlSyntax: FileRule = {
  phase: "file",
  code: "SAP-E006",
  description: "A registry file is not well-formed YAML.",
  message: (detail) => `YAML syntax error: ${detail ?? "unparsable"}`,
  hint: "fix the YAML syntax at this position (indentation, quoting, brackets)",
};
