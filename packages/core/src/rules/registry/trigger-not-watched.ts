import type { RegistryRule } from "../rule.js";
import { watchedTypes } from "./vocabulary.js";

export const triggerNotWatched: RegistryRule = {
  phase: "registry",
  code: "SAP-E031",
  description:
    "A trigger.on or window step event type is not watched by any of the entry's detection sources.",
  check(context) {
    for (const entry of context.registry.entries) {
      const watched = watchedTypes(entry);
      const hint = (t: string) => `add ${t} to the events of the detection source that observes it`;
      entry.trigger.on.forEach((t, i) => {
        if (!watched.has(t))
          context.reportEntry(
            this.code,
            entry,
            ["trigger", "on", i],
            `trigger event ${t} is not watched by any detection source of ${entry.id}`,
            hint(t),
          );
      });
      (entry.trigger.window?.steps ?? []).forEach((step, s) => {
        step.on.forEach((t, i) => {
          if (!watched.has(t))
            context.reportEntry(
              this.code,
              entry,
              ["trigger", "window", "steps", s, "on", i],
              `window step event ${t} is not watched by any detection source of ${entry.id}`,
              hint(t),
            );
        });
      });
    }
  },
};
