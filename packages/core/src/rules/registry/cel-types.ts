import { checkTriggers } from "../../cel/check-triggers.js";
import type { RegistryRule } from "../rule.js";

export const celTypes: RegistryRule = {
  phase: "registry",
  code: "SAP-E041",
  description:
    "A trigger expression does not type-check against the trigger environment and the payload of an event type it is evaluated on (misspelt field, wrong operand types, unknown function).",
  check(context) {
    for (const p of checkTriggers(context.registry, (f) => context.source(f))) {
      if (p.kind === "type") context.reportAt(this.code, p.file, p.at, p.message, p.hint);
    }
  },
};
