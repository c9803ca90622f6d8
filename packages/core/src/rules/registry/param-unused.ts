import { paramsRead } from "../../cel/params-read.js";
import { triggerExpressions } from "../../cel/trigger-expressions.js";
import type { RegistryRule } from "../rule.js";

export const paramUnused: RegistryRule = {
  phase: "registry",
  code: "SAP-E039",
  description:
    "A declared param is read by no trigger expression and is not the window's span_param, so overriding it would change nothing.",
  check(context) {
    for (const entry of context.registry.entries) {
      const read = new Set<string>();
      const all = triggerExpressions(entry).map((expr) => paramsRead(expr.source));
      if (all.some((names) => names === undefined)) continue; // unknown until the syntax is fixed
      for (const names of all) for (const name of names ?? []) read.add(name);
      const span = entry.trigger.window?.span_param;
      if (span !== undefined) read.add(span);
      for (const name of Object.keys(entry.params)) {
        if (!read.has(name)) {
          context.reportEntry(
            this.code,
            entry,
            ["params", name],
            `param ${name} is not used by the trigger`,
            `read it as params.${name} in the trigger (or name it in window.span_param), or remove it`,
            "key",
          );
        }
      }
    }
  },
};
