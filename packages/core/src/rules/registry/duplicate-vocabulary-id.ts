import type { RegistryRule } from "../rule.js";

const LISTS = ["severities", "categories", "detection_sources", "outcomes", "rules"] as const;

export const duplicateVocabularyId: RegistryRule = {
  phase: "registry",
  code: "SAP-E065",
  description:
    "registry.yaml lists the same id twice in severities, categories, detection_sources, outcomes or rules.",
  check(context) {
    for (const list of LISTS) {
      const seen = new Set<string>();
      context.registry.meta[list].forEach((item, i) => {
        if (seen.has(item.id))
          context.report(
            this.code,
            context.metaFile,
            [list, i, "id"],
            `${list} lists ${item.id} twice`,
            "keep one; ids in a vocabulary are unique",
          );
        seen.add(item.id);
      });
    }
  },
};
