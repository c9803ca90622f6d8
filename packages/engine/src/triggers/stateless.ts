import type { StatelessRuntime } from "../runtime.js";
import type { EventContext } from "./event-context.js";
import type { TriggerRunner } from "./runner.js";

/** No window: `condition` on the event; true is a finding on `[event]` (SEMANTICS.md, Triggers). */
export function evaluateStateless(
  run: TriggerRunner,
  rt: StatelessRuntime,
  ctx: EventContext,
): void {
  const { event } = ctx;
  const condition = rt.programs.condition.get(event.type);
  if (condition === undefined) throw new Error("condition is missing for this event type");
  if (run.bool(condition, "condition")) run.found(rt, [event], ctx.payload, event.type, "");
}
