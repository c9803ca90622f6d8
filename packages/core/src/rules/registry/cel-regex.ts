import { checkTriggers } from "../../cel/check-triggers.js";
import type { RegistryRule } from "../rule.js";

export const celRegex: RegistryRule = {
  phase: "registry",
  code: "SAP-E047",
  description: "A matches() pattern is not a string literal, or not valid RE2 syntax.",
  check(context) {
    for (const p of checkTriggers(context.registry, (f) => context.source(f))) {
      if (p.kind === "regex") context.reportAt(this.code, p.file, p.at, p.message, p.hint);
    }
  },
};
