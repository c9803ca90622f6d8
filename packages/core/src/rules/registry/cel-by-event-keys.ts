import { triggerExpressions } from "../../cel/trigger-expressions.js";
import type { RegistryRule } from "../rule.js";

/**
 * A per-event-type map (`condition: {llm_inference: ..., model.call_started: ...}`)
 * must give exactly one expression for every event type the field is evaluated
 * on: a missing key would leave a type unevaluated, an extra one would never run.
 */
export const celByEventKeys: RegistryRule = {
  phase: "registry",
  code: "SAP-E045",
  description:
    "A per-event-type expression map does not have exactly one key for each event type the field is evaluated on.",
  check(context) {
    for (const entry of context.registry.entries) {
      const reported = new Set<string>();
      for (const expr of triggerExpressions(entry)) {
        if (expr.mapTypes === undefined) continue;
        const field = expr.path.slice(0, -1);
        const where = field.join(".");
        const key = expr.path[expr.path.length - 1] as string;
        if (!expr.mapTypes.includes(key)) {
          context.reportEntry(
            this.code,
            entry,
            expr.path,
            `${key} is not an event type this expression is evaluated on (${expr.mapTypes.join(", ")})`,
            `remove the key, or add ${key} to the trigger's \`on\` (or the step's \`on\`)`,
          );
        }
        if (reported.has(where)) continue;
        reported.add(where);
        const given = new Set(
          triggerExpressions(entry)
            .filter((e) => e.path.slice(0, -1).join(".") === where)
            .map((e) => e.path[e.path.length - 1] as string),
        );
        const missing = expr.mapTypes.filter((t) => !given.has(t));
        if (missing.length > 0) {
          context.reportEntry(
            this.code,
            entry,
            field,
            `no expression for ${missing.join(", ")}: a per-event-type map needs one key for each event type it is evaluated on`,
            `add ${missing.map((t) => `${t}: <CEL>`).join(", ")}, or write one string for every type`,
          );
        }
      }
    }
  },
};
