import { checkTriggers } from "../../cel/check-triggers.js";
import type { RegistryRule } from "../rule.js";

export const celResultType: RegistryRule = {
  phase: "registry",
  code: "SAP-E042",
  description: "A condition or where is not bool, or a group_by or distinct is not string.",
  check(context) {
    for (const p of checkTriggers(context.registry, (f) => context.source(f))) {
      if (p.kind === "result") context.reportAt(this.code, p.file, p.at, p.message, p.hint);
    }
  },
};
