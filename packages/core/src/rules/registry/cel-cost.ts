import { checkTriggers } from "../../cel/check-triggers.js";
import type { RegistryRule } from "../rule.js";

export const celCost: RegistryRule = {
  phase: "registry",
  code: "SAP-E046",
  description:
    "A trigger expression's worst-case cost (list bounds times comprehension nesting) is over limits.max_expression_cost.",
  check(context) {
    for (const p of checkTriggers(context.registry, (f) => context.source(f))) {
      if (p.kind === "cost") context.reportAt(this.code, p.file, p.at, p.message, p.hint);
    }
  },
};
