import type { RegistryRule } from "../rule.js";
import { examplesOf } from "./example-events.js";

export const exampleSessionField: RegistryRule = {
  phase: "registry",
  code: "SAP-E051",
  description:
    "An example event's session_id differs from its payload's session field (the event type's session_field).",
  check(context) {
    for (const entry of context.registry.entries) {
      for (const example of examplesOf(entry)) {
        example.events.forEach((event, i) => {
          const field = context.registry.events.get(event.event_type)?.session_field;
          if (field === undefined) return;
          const value = (event.payload as Record<string, unknown>)[field];
          if (value === undefined || value === event.session_id) return;
          context.reportEntry(
            this.code,
            entry,
            [...example.path, "events", i, "session_id"],
            `example "${example.name}", event ${event.event_id}: session_id ${event.session_id} differs from payload.${field} ${JSON.stringify(value)}`,
            `the envelope's session_id must equal payload.${field} for ${event.event_type}`,
          );
        });
      }
    }
  },
};
