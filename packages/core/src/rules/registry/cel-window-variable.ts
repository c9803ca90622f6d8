import { checkTriggers } from "../../cel/check-triggers.js";
import type { RegistryRule } from "../rule.js";

export const celWindowVariable: RegistryRule = {
  phase: "registry",
  code: "SAP-E043",
  description:
    "`window` is used outside the condition of a windowed trigger (in a stateless condition, a where or a group_by).",
  check(context) {
    for (const p of checkTriggers(context.registry, (f) => context.source(f))) {
      if (p.kind === "window") context.reportAt(this.code, p.file, p.at, p.message, p.hint);
    }
  },
};
