import type { CountRuntime } from "../runtime.js";
import type { WindowEvent } from "../windows/window-event.js";
import type { EventContext } from "./event-context.js";
import type { TriggerRunner } from "./runner.js";

/**
 * count and distinct windows: an `on` event that passes `where` joins its
 * key's group; `condition` sees the group as `window`, and a finding takes
 * the group's events and empties it (SEMANTICS.md, Triggers).
 */
export function evaluateCount(run: TriggerRunner, rt: CountRuntime, ctx: EventContext): void {
  const p = rt.programs;
  const type = ctx.event.type;
  if (!p.on.has(type)) return;
  const where = p.where.get(type);
  if (where !== undefined && !run.bool(where, "window.where")) return;
  const key = run.text(p.groupBy.get(type), "window.group_by");
  let event: WindowEvent = ctx.event;
  if (rt.kind === "distinct") {
    const program = p.distinct.get(type);
    // No distinct expression for the type: every event counts as the value "".
    const value = program === undefined ? "" : program(run.act);
    if (typeof value !== "string")
      throw new Error(`window.distinct gave ${typeof value}, not string`);
    event = { ...ctx.event, distinct: value };
  }
  const store = rt.window;
  const { group, overflowed } = store.add(key, event);
  if (overflowed) run.overflow(rt, event, key);
  run.bindWindow(
    key,
    group.events.size,
    group.values ? group.values.size : 0,
    group.events.oldestMs,
    group.events.newestMs,
    rt.spanMs,
  );
  const condition = p.condition.get(type);
  if (condition === undefined) throw new Error("condition is missing for this event type");
  if (run.bool(condition, "condition")) {
    const events = group.events.toArray();
    store.clear(group);
    run.found(rt, events, ctx.payload, type, key);
  }
}
