import type { RegistryRule } from "../rule.js";
import { ids, suggest } from "./vocabulary.js";

export const unknownSeverity: RegistryRule = {
  phase: "registry",
  code: "SAP-E026",
  description: "An entry's severity is not a severity id of registry.yaml.",
  check(context) {
    const known = ids(context.registry.meta.severities);
    for (const entry of context.registry.entries) {
      if (!known.has(entry.severity)) {
        context.reportEntry(
          this.code,
          entry,
          ["severity"],
          `unknown severity "${entry.severity}"`,
          suggest(entry.severity, known, "severities in registry.yaml"),
        );
      }
    }
  },
};
