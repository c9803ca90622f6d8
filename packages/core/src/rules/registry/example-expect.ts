import type { RegistryRule } from "../rule.js";
import { examplesOf } from "./example-events.js";

export const exampleExpect: RegistryRule = {
  phase: "registry",
  code: "SAP-E053",
  description:
    "A trigger example expects an outcome that none of the entry's tiers has, or names triggering events that are not in the example.",
  check(context) {
    for (const entry of context.registry.entries) {
      const outcomes = new Set(entry.enforcement.tiers.map((t) => t.outcome));
      for (const example of examplesOf(entry)) {
        const ids = new Set(example.events.map((e) => e.event_id));
        example.expect.forEach((finding, i) => {
          const path = [...example.path, "expect", i];
          if (!outcomes.has(finding.outcome)) {
            context.reportEntry(
              this.code,
              entry,
              [...path, "outcome"],
              `example "${example.name}" expects outcome ${finding.outcome}, which no tier of ${entry.id} has`,
              `expect one of the tiers' outcomes: ${[...outcomes].join(", ")}`,
            );
          }
          (finding.events ?? []).forEach((id, j) => {
            if (!ids.has(id))
              context.reportEntry(
                this.code,
                entry,
                [...path, "events", j],
                `example "${example.name}" expects event ${id}, which is not among its events`,
                `use event_ids of this example: ${[...ids].join(", ")}`,
              );
          });
        });
      }
    }
  },
};
