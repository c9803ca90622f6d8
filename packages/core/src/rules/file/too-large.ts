import type { FileRule } from "../rule.js";

export const tooLarge: FileRule = {
  phase: "file",
  code: "SAP-E003",
  description: "A registry file is larger than 5 MB and is refused unread.",
  message: (detail) => `file is too large (${detail ?? "over 5 MB"}); the limit is 5 MB`,
  hint: "registry files are small hand-written YAML; split the content or remove what does not belong",
};
