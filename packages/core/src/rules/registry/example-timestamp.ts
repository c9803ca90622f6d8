import type { RegistryRule } from "../rule.js";
import { examplesOf } from "./example-events.js";

export const exampleTimestamp: RegistryRule = {
  phase: "registry",
  code: "SAP-E055",
  description:
    "An example event's timestamp has the right shape but is not a real instant (month 13, February 30, hour 25).",
  check(context) {
    for (const entry of context.registry.entries) {
      for (const example of examplesOf(entry)) {
        for (const [i, event] of example.events.entries()) {
          if (isRealInstant(event.timestamp)) continue;
          context.reportEntry(
            this.code,
            entry,
            [...example.path, "events", i, "timestamp"],
            `example "${example.name}", event ${event.event_id}: ${event.timestamp} is not a real date and time`,
            "write an RFC 3339 UTC instant such as 2026-03-01T10:00:00.000Z",
          );
        }
      }
    }
  },
};

/** True when the timestamp names an instant that exists (Date would roll 02-30 over to 03-02). */
function isRealInstant(timestamp: string): boolean {
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) return false;
  return new Date(ms).toISOString().slice(0, 19) === timestamp.slice(0, 19);
}
