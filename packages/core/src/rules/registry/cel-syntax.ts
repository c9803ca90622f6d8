import { checkTriggers } from "../../cel/check-triggers.js";
import type { RegistryRule } from "../rule.js";

export const celSyntax: RegistryRule = {
  phase: "registry",
  code: "SAP-E040",
  description: "A trigger expression is not valid CEL syntax.",
  check(context) {
    for (const p of checkTriggers(context.registry, (f) => context.source(f))) {
      if (p.kind === "syntax") context.reportAt(this.code, p.file, p.at, p.message, p.hint);
    }
  },
};
