import { comparable, typeMismatch } from "../../params/param-value.js";
import type { RegistryRule } from "../rule.js";

const BOUNDED = new Set(["int", "double", "duration"]);

export const paramBounds: RegistryRule = {
  phase: "registry",
  code: "SAP-E034",
  description:
    "A param's min or max is not of its type, is set on a type without bounds, or min is greater than max.",
  check(context) {
    for (const entry of context.registry.entries) {
      for (const [name, param] of Object.entries(entry.params)) {
        if (!param) continue;
        for (const bound of ["min", "max"] as const) {
          const value = param[bound];
          if (value === undefined) continue;
          if (!BOUNDED.has(param.type)) {
            context.reportEntry(
              this.code,
              entry,
              ["params", name, bound],
              `param ${name} of type ${param.type} cannot have ${bound}`,
              "remove it; only int, double and duration params have bounds",
            );
            continue;
          }
          const problem = typeMismatch(param.type, value);
          if (problem)
            context.reportEntry(
              this.code,
              entry,
              ["params", name, bound],
              `${bound} of param ${name}: ${problem}`,
              `write ${bound} as a ${param.type}`,
            );
        }
        const min = comparable(param.type, param.min);
        const max = comparable(param.type, param.max);
        if (min !== undefined && max !== undefined && min > max) {
          context.reportEntry(
            this.code,
            entry,
            ["params", name, "min"],
            `param ${name} has min ${String(param.min)} above max ${String(param.max)}`,
            "swap or fix the bounds so that min <= max",
          );
        }
      }
    }
  },
};
