import { checkTriggers } from "../../cel/check-triggers.js";
import type { RegistryRule } from "../rule.js";

export const celSize: RegistryRule = {
  phase: "registry",
  code: "SAP-E044",
  description: "A trigger expression has more AST nodes than limits.max_expression_nodes.",
  check(context) {
    for (const p of checkTriggers(context.registry, (f) => context.source(f))) {
      if (p.kind === "size") context.reportAt(this.code, p.file, p.at, p.message, p.hint);
    }
  },
};
