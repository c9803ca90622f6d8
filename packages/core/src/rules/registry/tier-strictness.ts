import type { RegistryRule } from "../rule.js";

export const tierStrictness: RegistryRule = {
  phase: "registry",
  code: "SAP-E037",
  description:
    "A later tier has a less strict outcome than an earlier one (registry.yaml outcomes are listed least to most strict).",
  check(context) {
    const rank = new Map(context.registry.meta.outcomes.map((o, i) => [o.id, i]));
    for (const entry of context.registry.entries) {
      const tiers = entry.enforcement.tiers;
      for (let i = 1; i < tiers.length; i++) {
        const previous = tiers[i - 1];
        const tier = tiers[i];
        if (!previous || !tier) continue;
        const a = rank.get(previous.outcome);
        const b = rank.get(tier.outcome);
        if (a !== undefined && b !== undefined && b < a) {
          context.reportEntry(
            this.code,
            entry,
            ["enforcement", "tiers", i, "outcome"],
            `tier ${i + 1} (${tier.outcome}) is less strict than tier ${i} (${previous.outcome})`,
            `repeat offences must get the same or a stricter outcome; order: ${context.registry.meta.outcomes.map((o) => o.id).join(" < ")}`,
          );
        }
      }
    }
  },
};
