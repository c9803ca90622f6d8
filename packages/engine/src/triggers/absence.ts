import type { AbsenceAfterRuntime, AbsenceBeforeRuntime } from "../runtime.js";
import type { EventContext } from "./event-context.js";
import type { TriggerRunner } from "./runner.js";

/**
 * absence windows, steps `[anchor, expected]` (SEMANTICS.md, Triggers).
 * `before`: an anchor with no expected event of its key within the span
 * before it is evaluated at once. `after`: an anchor opens a deadline in the
 * runner's heap, which an expected event of its key closes; the runner fires
 * the deadlines the watermark passes.
 */
export function evaluateAbsence(
  run: TriggerRunner,
  rt: AbsenceAfterRuntime | AbsenceBeforeRuntime,
  ctx: EventContext,
): void {
  const { event } = ctx;
  const type = event.type;
  run.resetSteps(2);
  const isAnchor = run.satisfies(rt, type, 0);
  const isExpected = run.satisfies(rt, type, 1);
  if (!isAnchor && !isExpected) return;
  const key = run.text(rt.programs.groupBy.get(type), "window.group_by");
  const time = event.timeMs;
  if (rt.direction === "before") {
    const store = rt.window;
    if (isAnchor && store.missing(key, time)) {
      run.bindWindow(key, 1, 0, time, time, rt.spanMs);
      const condition = rt.programs.condition.get(type);
      if (condition !== undefined && run.bool(condition, "condition")) {
        run.found(rt, [event], ctx.payload, type, key);
      }
    }
    if (isExpected) store.expect(key, time);
    return;
  }
  const index = rt.programs.index;
  if (isExpected) run.after.expect(index, key, time);
  if (isAnchor) {
    const data = { runtime: rt, payload: ctx.payload };
    if (run.after.open(index, key, event, rt.spanMs, data)) run.overflow(rt, event, key);
  }
}
