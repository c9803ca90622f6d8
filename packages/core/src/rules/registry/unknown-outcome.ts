import type { RegistryRule } from "../rule.js";
import { ids, suggest } from "./vocabulary.js";

export const unknownOutcome: RegistryRule = {
  phase: "registry",
  code: "SAP-E028",
  description: "A tier's outcome is not an outcome id of registry.yaml.",
  check(context) {
    const known = ids(context.registry.meta.outcomes);
    for (const entry of context.registry.entries) {
      entry.enforcement.tiers.forEach((tier, i) => {
        if (!known.has(tier.outcome)) {
          context.reportEntry(
            this.code,
            entry,
            ["enforcement", "tiers", i, "outcome"],
            `unknown outcome "${tier.outcome}"`,
            suggest(tier.outcome, known, "outcomes in registry.yaml"),
          );
        }
      });
    }
  },
};
