import type { ExampleEvent } from "../../generated/schema-types.js";
import type { LoadedEntry } from "../../model.js";
import type { DataPath } from "../../source/source-file.js";

/** One example of an entry (trigger or no_trigger), with its path. */
export interface ExampleRef {
  kind: "trigger" | "no_trigger";
  index: number;
  path: DataPath;
  name: string;
  params: Record<string, unknown> | undefined;
  events: ExampleEvent[];
  expect: { outcome: string; events?: string[] }[];
}

/** Every example of an entry, trigger examples first. */
export function examplesOf(entry: LoadedEntry): ExampleRef[] {
  const out: ExampleRef[] = [];
  entry.examples.trigger.forEach((ex, index) => {
    out.push({
      kind: "trigger",
      index,
      path: ["examples", "trigger", index],
      name: ex.name,
      params: ex.params as Record<string, unknown> | undefined,
      events: ex.events,
      expect: ex.expect,
    });
  });
  entry.examples.no_trigger.forEach((ex, index) => {
    out.push({
      kind: "no_trigger",
      index,
      path: ["examples", "no_trigger", index],
      name: ex.name,
      params: ex.params as Record<string, unknown> | undefined,
      events: ex.events,
      expect: [],
    });
  });
  return out;
}
