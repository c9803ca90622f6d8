import { environmentRead } from "../cel/context-read.js";
import { triggerExpressions } from "../cel/trigger-expressions.js";
import type { LoadedEntry, LoadedRegistry } from "../model.js";

/** Whether an entry's trigger can fire on what the runtime records today. */
export interface EntryCoverage {
  readonly id: string;
  /**
   * True when its trigger `on` and every window step list an event type the
   * runtime records (catalog `origin: runtime`), and every session-context
   * field its expressions read is built by at least one such event
   * (environment.yaml `built_from`).
   */
  readonly runs_on_runtime: boolean;
  /**
   * The event types the runtime does not record that the entry waits for,
   * sorted: the types of each `on` or step that lists no runtime type (any
   * one of them would do), and the builders of each context field it reads
   * that no runtime event builds. Empty exactly when it runs on the runtime.
   */
  readonly missing_events: readonly string[];
}

/**
 * Which environment fields a `parent` or `root` read also depends on: the
 * engine finds those sessions through the session's `parent_id` and
 * `root_id` (environment.yaml `variables`).
 */
const RESOLVED_THROUGH: Readonly<Record<string, string>> = {
  parent: "SessionContext.parent_id",
  root: "SessionContext.root_id",
};

/**
 * Per live entry, sorted by id: does it run on the runtime as it records today,
 * and which events that the registry proposes does it wait for. Pure: computed
 * from the catalog's `origin`, the triggers and environment.yaml's `built_from`.
 */
export function entryCoverage(registry: LoadedRegistry): EntryCoverage[] {
  const recorded = (type: string) => registry.events.get(type)?.origin === "runtime";
  return [...registry.entries]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => coverageOf(entry, registry, recorded));
}

function coverageOf(
  entry: LoadedEntry,
  registry: LoadedRegistry,
  recorded: (type: string) => boolean,
): EntryCoverage {
  const missing = new Set<string>();
  // The event lists the trigger needs one of: `on`, and each window step
  // (a sequence's every step, an absence's anchor and expected event: without
  // the expected one, every anchor would fire).
  const lists = [entry.trigger.on, ...(entry.trigger.window?.steps ?? []).map((s) => s.on)];
  for (const list of lists) {
    if (!list.some(recorded)) for (const type of list) missing.add(type);
  }
  // The event types a log would carry once the entry runs: the runtime's, and
  // the proposed ones it cannot do without. An expression evaluated only on
  // other proposed types (a per-event-type expression) never runs on the runtime.
  const present = (type: string) => recorded(type) || missing.has(type);
  const env = registry.environment;
  const fields = new Set<string>();
  for (const expression of triggerExpressions(entry)) {
    if (!expression.eventTypes.some(present)) continue;
    const read = environmentRead(expression.source, env);
    if (read === undefined) continue; // does not parse: the validator reports it
    for (const field of read.fields) fields.add(field);
    for (const [variable, through] of Object.entries(RESOLVED_THROUGH)) {
      if (read.variables.has(variable)) fields.add(through);
    }
  }
  for (const read of [...fields].sort()) {
    const [type = "", field = ""] = read.split(".");
    const builders = env.types[type]?.fields?.[field]?.built_from;
    // Absent: not built from the log; []: set with no event (the session id).
    if (builders === undefined || builders.length === 0 || builders.some(recorded)) continue;
    for (const builder of builders) missing.add(builder);
  }
  return {
    id: entry.id,
    runs_on_runtime: missing.size === 0,
    missing_events: [...missing].sort(),
  };
}
