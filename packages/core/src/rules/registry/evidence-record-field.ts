import { findingEventTypes } from "../../cel/trigger-expressions.js";
import type { RegistryRule } from "../rule.js";

export const evidenceRecordField: RegistryRule = {
  phase: "registry",
  code: "SAP-E032",
  description:
    "An evidence.record field is not a payload field of every event type that can end a finding (trigger.on; a sequence's last step; an absence's anchor).",
  check(context) {
    for (const entry of context.registry.entries) {
      (entry.evidence.record ?? []).forEach((field, i) => {
        const missing = findingEventTypes(entry).filter((t) => {
          const event = context.registry.events.get(t);
          return event !== undefined && !(field in event.payload);
        });
        if (missing.length > 0) {
          context.reportEntry(
            this.code,
            entry,
            ["evidence", "record", i],
            `evidence field ${field} is not in the payload of ${missing.join(", ")}`,
            "record only fields that every event type ending a finding has (trigger.on; a sequence's last step; an absence's anchor)",
          );
        }
      });
    }
  },
};
