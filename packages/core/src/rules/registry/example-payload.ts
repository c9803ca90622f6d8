import { payloadProblems } from "../../events/payload-problems.js";
import type { RegistryRule } from "../rule.js";
import { examplesOf } from "./example-events.js";

export const examplePayload: RegistryRule = {
  phase: "registry",
  code: "SAP-E050",
  description:
    "An example event's payload does not match its catalog entry (missing or unknown field, wrong type, value not in enum, below minimum, list too long).",
  check(context) {
    const maxItems = context.registry.meta.limits.max_payload_list_items;
    for (const entry of context.registry.entries) {
      for (const example of examplesOf(entry)) {
        example.events.forEach((event, i) => {
          const definition = context.registry.events.get(event.event_type);
          if (!definition) return; // reported as an unknown event type
          const at = [...example.path, "events", i, "payload"];
          for (const problem of payloadProblems(definition, event.payload, maxItems)) {
            const path = problem.field && !problem.missing ? [...at, problem.field] : at;
            context.reportEntry(
              this.code,
              entry,
              path,
              `example "${example.name}", event ${event.event_id}: ${problem.message}`,
              `make the payload match ${event.event_type} in ${relative(definition.file)}`,
              problem.field && !problem.missing ? "key" : "value",
            );
          }
        });
      }
    }
  },
};

function relative(file: string): string {
  const i = file.lastIndexOf("events/");
  return i >= 0 ? `registry/${file.slice(i)}` : file;
}
