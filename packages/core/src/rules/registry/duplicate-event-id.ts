import type { RegistryRule } from "../rule.js";

export const duplicateEventId: RegistryRule = {
  phase: "registry",
  code: "SAP-E061",
  description: "A Flight Recorder id (FR-EVT-...) is used by more than one event type.",
  check(context) {
    const first = new Map<string, string>();
    for (const { source, data } of context.state.catalogs) {
      data.events.forEach((event, i) => {
        const other = first.get(event.id);
        if (other === undefined) first.set(event.id, event.event_type);
        else
          context.report(
            this.code,
            source.file,
            ["events", i, "id"],
            `FR id ${event.id} is already used by ${other}`,
            "give each event type its own FR-EVT id",
          );
      });
    }
  },
};
