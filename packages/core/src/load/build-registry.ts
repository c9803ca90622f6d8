import type { LoadedEntry, LoadedEvent, LoadedRegistry } from "../model.js";
import { withDefaults } from "./defaults.js";
import type { LoadState } from "./load-state.js";

/**
 * The registry built from the schema-valid files, or undefined when registry.yaml,
 * environment.yaml or retired.yaml is unusable. Where an event type is defined twice
 * the first definition (by file name, then position) wins; where an id is used twice
 * both entries are kept (the validator reports it).
 */
export function buildRegistry(state: LoadState): LoadedRegistry | undefined {
  if (!state.meta || !state.environment || !state.retired) return undefined;
  const events = new Map<string, LoadedEvent>();
  for (const { source, data } of state.catalogs) {
    for (const event of data.events) {
      if (!events.has(event.event_type)) {
        events.set(event.event_type, { ...event, family: data.family, file: source.file });
      }
    }
  }
  const sortedEvents = new Map([...events].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const entries: LoadedEntry[] = state.entries
    .map(({ source, data }) => withDefaults(data, source.file))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : 1));
  return {
    dir: state.dir,
    meta: state.meta.data,
    environment: state.environment.data,
    events: sortedEvents,
    entries,
    retired: state.retired.data.retired,
  };
}
