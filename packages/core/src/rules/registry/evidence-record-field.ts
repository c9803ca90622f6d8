import { findingEventTypes } from "../../cel/trigger-expressions.js";
import { recordEntries } from "../../evidence/record.js";
import type { RegistryRule } from "../rule.js";

/**
 * Every finding reports the same evidence fields: a record list must name
 * fields every event type that can end a finding has; a per-event-type map
 * must have exactly those event types as keys, each listing fields of its own
 * payload.
 */
export const evidenceRecordField: RegistryRule = {
  phase: "registry",
  code: "SAP-E032",
  description:
    "An evidence.record field is not a payload field of the event types that can end a finding (trigger.on; a sequence's last step; an absence's anchor), or a per-event-type record does not have exactly those event types as keys.",
  check(context) {
    for (const entry of context.registry.entries) {
      const enders = findingEventTypes(entry);
      const record = entry.evidence.record;
      for (const { eventType, field, path } of recordEntries(record)) {
        const types = eventType === undefined ? enders : enders.filter((t) => t === eventType);
        const missing = types.filter((t) => {
          const event = context.registry.events.get(t);
          return event !== undefined && !Object.hasOwn(event.payload, field);
        });
        if (missing.length > 0) {
          context.reportEntry(
            this.code,
            entry,
            path,
            `evidence field ${field} is not in the payload of ${missing.join(", ")}`,
            eventType === undefined
              ? "record only fields that every event type ending a finding has (trigger.on; a sequence's last step; an absence's anchor), or give one list per event type"
              : `record only fields of ${eventType}'s payload`,
          );
        }
      }
      if (record === undefined || Array.isArray(record)) continue;
      for (const key of Object.keys(record)) {
        if (!enders.includes(key)) {
          context.reportEntry(
            this.code,
            entry,
            ["evidence", "record", key],
            `${key} cannot end a finding of this entry (${enders.join(", ")})`,
            "remove the key: only the event types that end a finding (trigger.on; a sequence's last step; an absence's anchor) have their fields recorded",
          );
        }
      }
      const absent = enders.filter((t) => !Object.hasOwn(record, t));
      if (absent.length > 0) {
        context.reportEntry(
          this.code,
          entry,
          ["evidence", "record"],
          `no evidence fields for ${absent.join(", ")}: a per-event-type record needs one key for each event type that can end a finding`,
          `add ${absent.map((t) => `${t}: [<fields>]`).join(", ")} (an empty list records nothing)`,
        );
      }
    }
  },
};
