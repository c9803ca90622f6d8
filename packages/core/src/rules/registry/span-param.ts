import type { RegistryRule } from "../rule.js";

export const spanParam: RegistryRule = {
  phase: "registry",
  code: "SAP-E035",
  description: "window.span_param does not name a duration param of the entry.",
  check(context) {
    for (const entry of context.registry.entries) {
      const name = entry.trigger.window?.span_param;
      if (name === undefined) continue;
      const param = entry.params[name];
      const durations = Object.entries(entry.params)
        .filter(([, p]) => p?.type === "duration")
        .map(([n]) => n);
      if (!param) {
        context.reportEntry(
          this.code,
          entry,
          ["trigger", "window", "span_param"],
          `span_param ${name} is not a param of ${entry.id}`,
          durations.length > 0
            ? `use one of the duration params: ${durations.join(", ")}`
            : `declare params.${name} with type: duration`,
        );
      } else if (param.type !== "duration") {
        context.reportEntry(
          this.code,
          entry,
          ["trigger", "window", "span_param"],
          `span_param ${name} is of type ${param.type}, not duration`,
          `declare params.${name} with type: duration (like 60s), or use window.span`,
        );
      }
    }
  },
};
