import { relative } from "node:path";
import type { RegistryRule } from "../rule.js";

export const duplicateEventType: RegistryRule = {
  phase: "registry",
  code: "SAP-E060",
  description: "An event type is defined more than once across registry/events/*.yaml.",
  check(context) {
    const first = new Map<string, string>();
    for (const { source, data } of context.state.catalogs) {
      data.events.forEach((event, i) => {
        const other = first.get(event.event_type);
        if (other === undefined) first.set(event.event_type, source.file);
        else
          context.report(
            this.code,
            source.file,
            ["events", i, "event_type"],
            `event type ${event.event_type} is already defined in ${relative(context.registry.dir, other)}`,
            "define each event type once; remove or rename this one",
          );
      });
    }
  },
};
