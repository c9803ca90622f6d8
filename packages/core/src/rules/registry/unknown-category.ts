import type { RegistryRule } from "../rule.js";
import { ids, suggest } from "./vocabulary.js";

export const unknownCategory: RegistryRule = {
  phase: "registry",
  code: "SAP-E025",
  description: "An entry's category is not a category id of registry.yaml.",
  check(context) {
    const known = ids(context.registry.meta.categories);
    for (const entry of context.registry.entries) {
      if (!known.has(entry.category)) {
        context.reportEntry(
          this.code,
          entry,
          ["category"],
          `unknown category "${entry.category}"`,
          `${suggest(entry.category, known, "categories in registry.yaml")} (or add it there)`,
        );
      }
    }
  },
};
