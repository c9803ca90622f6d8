import type { RegistryRule } from "../rule.js";

export const tierOrder: RegistryRule = {
  phase: "registry",
  code: "SAP-E036",
  description:
    "Tiers are out of order: the first tier must start at occurrence 1 and each later `from` must be greater than the one before.",
  check(context) {
    for (const entry of context.registry.entries) {
      const tiers = entry.enforcement.tiers;
      const first = tiers[0];
      if (first && first.from !== 1) {
        context.reportEntry(
          this.code,
          entry,
          ["enforcement", "tiers", 0, "from"],
          `the first tier starts at occurrence ${first.from}, not 1`,
          "set from: 1 on the first tier so every finding has an outcome",
        );
      }
      for (let i = 1; i < tiers.length; i++) {
        const previous = tiers[i - 1];
        const tier = tiers[i];
        if (previous && tier && tier.from <= previous.from) {
          context.reportEntry(
            this.code,
            entry,
            ["enforcement", "tiers", i, "from"],
            `tier ${i + 1} starts at occurrence ${tier.from}, not after tier ${i} (${previous.from})`,
            "order tiers by strictly increasing from",
          );
        }
      }
    }
  },
};
