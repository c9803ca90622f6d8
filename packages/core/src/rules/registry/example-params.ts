import { paramValueProblem } from "../../params/param-value.js";
import type { RegistryRule } from "../rule.js";
import { examplesOf } from "./example-events.js";

export const exampleParams: RegistryRule = {
  phase: "registry",
  code: "SAP-E052",
  description:
    "An example's params override a param the entry does not declare, or set a value of the wrong type or out of bounds.",
  check(context) {
    for (const entry of context.registry.entries) {
      for (const example of examplesOf(entry)) {
        for (const [name, value] of Object.entries(example.params ?? {})) {
          const param = entry.params[name];
          const path = [...example.path, "params", name];
          if (!param) {
            const declared = Object.keys(entry.params);
            context.reportEntry(
              this.code,
              entry,
              path,
              `example "${example.name}" overrides ${name}, which is not a param of ${entry.id}`,
              declared.length > 0
                ? `declared params: ${declared.join(", ")}`
                : "the entry declares no params; remove the override",
              "key",
            );
            continue;
          }
          const problem = paramValueProblem(param, value);
          if (problem)
            context.reportEntry(
              this.code,
              entry,
              path,
              `example "${example.name}", param ${name}: ${problem}`,
              `overrides obey the param's type (${param.type}) and bounds; they are never clamped`,
            );
        }
      }
    }
  },
};
