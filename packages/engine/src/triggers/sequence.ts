import type { SequenceRuntime } from "../runtime.js";
import type { EventContext } from "./event-context.js";
import type { TriggerRunner } from "./runner.js";

/**
 * sequence windows: the event advances its key's partial matches and may
 * start one; a completed match whose `condition` holds is a finding and
 * clears the key (SEMANTICS.md, Triggers).
 */
export function evaluateSequence(run: TriggerRunner, rt: SequenceRuntime, ctx: EventContext): void {
  const p = rt.programs;
  const { event } = ctx;
  const type = event.type;
  run.resetSteps(p.steps.length);
  // An event that satisfies no step cannot start or advance a match: skip group_by.
  let any = false;
  for (let i = 0; i < p.steps.length && !any; i++) any = run.satisfies(rt, type, i);
  if (!any) return;
  const key = run.text(p.groupBy.get(type), "window.group_by");
  const store = rt.window;
  const step = store.advance(key, event, (i) => run.satisfies(rt, type, i));
  if (step.overflowed) run.overflow(rt, event, key);
  for (const match of step.completed) {
    run.bindWindow(key, match.events.length, 0, match.firstMs, event.timeMs, rt.spanMs);
    const condition = p.condition.get(type);
    if (condition !== undefined && run.bool(condition, "condition")) {
      store.clear(key);
      run.found(rt, match.events, ctx.payload, type, key);
      break;
    }
  }
}
