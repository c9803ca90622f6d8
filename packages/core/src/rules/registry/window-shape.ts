import type { Window } from "../../generated/schema-types.js";
import type { RegistryRule } from "../rule.js";

/** Which optional window fields each kind needs or allows. */
const SHAPE: Record<Window["kind"], { needs: (keyof Window)[]; allows: (keyof Window)[] }> = {
  count: { needs: [], allows: ["where"] },
  distinct: { needs: ["distinct"], allows: ["where", "distinct"] },
  sequence: { needs: ["steps"], allows: ["steps"] },
  absence: { needs: ["steps"], allows: ["steps", "direction"] },
};
const OPTIONAL: (keyof Window)[] = ["where", "distinct", "steps", "direction"];

export const windowShape: RegistryRule = {
  phase: "registry",
  code: "SAP-E038",
  description:
    "A window has fields its kind does not use or lacks fields it needs (distinct needs distinct; sequence needs 2+ steps; absence exactly 2; count and distinct take no steps; where only on count and distinct; direction only on absence).",
  check(context) {
    for (const entry of context.registry.entries) {
      const window = context.state.entries.find((e) => e.source.file === entry.file)?.data.trigger
        .window;
      if (!window) continue;
      const shape = SHAPE[window.kind];
      const base = ["trigger", "window"];
      for (const field of shape.needs) {
        if (window[field] === undefined) {
          context.reportEntry(
            this.code,
            entry,
            base,
            `${article(window.kind)} ${window.kind} window needs ${field}`,
            `add trigger.window.${field}`,
            "key",
          );
        }
      }
      for (const field of OPTIONAL) {
        if (window[field] !== undefined && !shape.allows.includes(field)) {
          context.reportEntry(
            this.code,
            entry,
            [...base, field],
            `${article(window.kind)} ${window.kind} window does not use ${field}`,
            field === "where"
              ? "put the filter in each step's where"
              : `remove trigger.window.${field}`,
            "key",
          );
        }
      }
      const steps = window.steps?.length ?? 0;
      if (window.kind === "absence" && window.steps && steps !== 2) {
        context.reportEntry(
          this.code,
          entry,
          [...base, "steps"],
          `an absence window has exactly 2 steps (anchor, expected), not ${steps}`,
          "keep the anchor step and the expected step",
          "key",
        );
      }
      if (window.kind === "sequence" && window.steps && steps < 2) {
        context.reportEntry(
          this.code,
          entry,
          [...base, "steps"],
          `a sequence window needs at least 2 steps, not ${steps}`,
          "add the steps in order",
          "key",
        );
      }
    }
  },
};

/** "an absence window", "a count window". */
function article(kind: string): string {
  return /^[aeiou]/.test(kind) ? "an" : "a";
}
