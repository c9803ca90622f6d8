import { paramValueProblem } from "../../params/param-value.js";
import type { RegistryRule } from "../rule.js";

export const paramDefault: RegistryRule = {
  phase: "registry",
  code: "SAP-E033",
  description: "A param's default is not of its declared type or lies outside min..max.",
  check(context) {
    for (const entry of context.registry.entries) {
      for (const [name, param] of Object.entries(entry.params)) {
        if (!param) continue;
        const problem = paramValueProblem(param, param.default);
        if (problem) {
          context.reportEntry(
            this.code,
            entry,
            ["params", name, "default"],
            `default of param ${name}: ${problem}`,
            `write a default of type ${param.type} within ${String(param.min ?? "-∞")}..${String(param.max ?? "∞")}`,
          );
        }
      }
    }
  },
};
