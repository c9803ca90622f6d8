import type { RegistryRule } from "../rule.js";
import { entryEventRefs } from "./entry-event-refs.js";
import { closest } from "./vocabulary.js";

export const unknownEventType: RegistryRule = {
  phase: "registry",
  code: "SAP-E030",
  description:
    "An entry names an event type (detection, trigger, window step, evidence, example) that is not in the event catalog.",
  check(context) {
    const known = [...context.registry.events.keys()];
    for (const entry of context.registry.entries) {
      for (const { eventType, path } of entryEventRefs(entry)) {
        if (context.registry.events.has(eventType)) continue;
        const near = closest(eventType, known);
        context.reportEntry(
          this.code,
          entry,
          path,
          `unknown event type ${eventType}`,
          near
            ? `did you mean ${near}? event types are defined in registry/events/*.yaml`
            : "use an event type defined in registry/events/*.yaml, or add it there",
        );
      }
    }
  },
};
