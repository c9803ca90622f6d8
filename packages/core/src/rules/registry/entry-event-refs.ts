import type { LoadedEntry } from "../../model.js";
import type { DataPath } from "../../source/source-file.js";

/** Every place an entry names an event type, with its path in the file. */
export function entryEventRefs(entry: LoadedEntry): { eventType: string; path: DataPath }[] {
  const refs: { eventType: string; path: DataPath }[] = [];
  const add = (eventType: string, path: DataPath) => {
    refs.push({ eventType, path });
  };
  for (const [i, d] of entry.detection.entries()) {
    for (const [j, t] of d.events.entries()) add(t, ["detection", i, "events", j]);
  }
  for (const [i, t] of entry.trigger.on.entries()) add(t, ["trigger", "on", i]);
  for (const [s, step] of (entry.trigger.window?.steps ?? []).entries()) {
    for (const [i, t] of step.on.entries()) add(t, ["trigger", "window", "steps", s, "on", i]);
  }
  for (const [i, e] of entry.evidence.source_events.entries()) {
    add(e.event_type, ["evidence", "source_events", i, "event_type"]);
    for (const [j, t] of (e.or_event_types ?? []).entries()) {
      add(t, ["evidence", "source_events", i, "or_event_types", j]);
    }
  }
  for (const kind of ["trigger", "no_trigger"] as const) {
    for (const [x, example] of entry.examples[kind].entries()) {
      for (const [i, event] of example.events.entries()) {
        add(event.event_type, ["examples", kind, x, "events", i, "event_type"]);
      }
    }
  }
  return refs;
}
