import type { RegistryRule } from "../rule.js";
import { examplesOf } from "./example-events.js";

export const exampleEventIds: RegistryRule = {
  phase: "registry",
  code: "SAP-E054",
  description: "Two events of one example share an event_id.",
  check(context) {
    for (const entry of context.registry.entries) {
      for (const example of examplesOf(entry)) {
        const seen = new Set<string>();
        example.events.forEach((event, i) => {
          if (seen.has(event.event_id)) {
            context.reportEntry(
              this.code,
              entry,
              [...example.path, "events", i, "event_id"],
              `example "${example.name}" repeats event_id ${event.event_id}`,
              "give each event of an example its own event_id",
            );
          }
          seen.add(event.event_id);
        });
      }
    }
  },
};
