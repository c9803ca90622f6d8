import type { CelByEvent } from "../generated/schema-types.js";
import type { LoadedEntry } from "../model.js";
import type { DataPath } from "../source/source-file.js";

/** One CEL expression of a trigger and how SEMANTICS.md evaluates it. */
export interface TriggerExpression {
  /** Where it is in the entry file. */
  path: DataPath;
  /** A readable name: condition, window.where, window.steps[1].where, ... */
  name: string;
  source: string;
  /** The CEL type it must have. */
  resultType: "bool" | "string";
  /** The event types it is evaluated on (one environment each). */
  eventTypes: readonly string[];
  /**
   * For one expression of a per-event-type map (`condition: {llm_inference: ...}`):
   * every event type the trigger evaluates this field on, so a rule can check
   * that the map's keys are exactly those. Undefined for a plain string.
   */
  mapTypes?: readonly string[];
  /** True when `window` is bound (the condition of a windowed trigger). */
  windowed: boolean;
}

/**
 * Every CEL expression of an entry's trigger with the event types it is evaluated
 * on (registry/SEMANTICS.md): stateless, count and distinct conditions and
 * where/distinct on each `on` type; a sequence condition on the last step's types;
 * an absence condition on the anchor's types; a step's where on its own types;
 * group_by on every `on` and step type. A per-event-type map gives one
 * expression per key, evaluated on that type only.
 */
export function triggerExpressions(entry: LoadedEntry): TriggerExpression[] {
  const { trigger } = entry;
  const window = trigger.window;
  const on = trigger.on;
  const out: TriggerExpression[] = [];
  const add = (
    path: DataPath,
    name: string,
    source: CelByEvent | undefined,
    resultType: "bool" | "string",
    eventTypes: readonly string[],
    windowed: boolean,
  ) => {
    if (source === undefined) return;
    if (typeof source === "string") {
      out.push({ path, name, source, resultType, eventTypes: unique(eventTypes), windowed });
      return;
    }
    const mapTypes = unique(eventTypes);
    for (const [type, text] of Object.entries(source)) {
      if (text === undefined) continue;
      out.push({
        path: [...path, type],
        name: `${name}[${type}]`,
        source: text,
        resultType,
        eventTypes: [type],
        windowed,
        mapTypes,
      });
    }
  };
  if (!window) {
    add(["trigger", "condition"], "condition", trigger.condition, "bool", on, false);
    return out;
  }
  const steps = window.steps ?? [];
  const stepTypes = steps.flatMap((s) => s.on);
  const conditionTypes = findingEventTypes(entry);
  add(["trigger", "condition"], "condition", trigger.condition, "bool", conditionTypes, true);
  add(
    ["trigger", "window", "group_by"],
    "window.group_by",
    window.group_by,
    "string",
    [...on, ...stepTypes],
    false,
  );
  add(["trigger", "window", "where"], "window.where", window.where, "bool", on, false);
  add(["trigger", "window", "distinct"], "window.distinct", window.distinct, "string", on, false);
  steps.forEach((step, i) => {
    add(
      ["trigger", "window", "steps", i, "where"],
      `window.steps[${i}].where`,
      step.where,
      "bool",
      step.on,
      false,
    );
  });
  return out;
}

/**
 * The event types that can be the last triggering event of a finding, whose
 * payload fills the evidence details: the `on` types, except a sequence's last
 * step types and an absence's anchor types.
 */
export function findingEventTypes(entry: LoadedEntry): string[] {
  const window = entry.trigger.window;
  const steps = window?.steps ?? [];
  if (window?.kind === "sequence") return unique(steps[steps.length - 1]?.on ?? entry.trigger.on);
  if (window?.kind === "absence") return unique(steps[0]?.on ?? entry.trigger.on);
  return unique(entry.trigger.on);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
