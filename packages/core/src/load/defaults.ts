import type { AntiPatternEntry } from "../generated/schema-types.js";
import type { LoadedEntry } from "../model.js";

/**
 * The entry with the schema's defaults written out: enforcement.mode (audit for
 * experimental entries, enforce otherwise), enforcement.per (session) and, for
 * absence windows, window.direction (after). The input is not modified.
 */
export function withDefaults(entry: AntiPatternEntry, file: string): LoadedEntry {
  const enforcement = {
    ...entry.enforcement,
    mode: entry.enforcement.mode ?? (entry.status === "experimental" ? "audit" : "enforce"),
    per: entry.enforcement.per ?? "session",
  } as const;
  const window = entry.trigger.window;
  const trigger =
    window && window.kind === "absence" && window.direction === undefined
      ? { ...entry.trigger, window: { ...window, direction: "after" as const } }
      : entry.trigger;
  return { ...entry, trigger, enforcement, file };
}
