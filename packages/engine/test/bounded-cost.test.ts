import { describe, expect, test } from "vitest";
import { evaluateEvents, TriggerCompileError } from "../src/index.js";
import { realRegistry } from "./helpers.js";
import { at, syntheticRegistry } from "./synthetic.js";

/*
 * SEMANTICS.md, Bounded cost: a trigger's AST is at most
 * limits.max_expression_nodes nodes and a payload list at most
 * limits.max_payload_list_items items (larger payloads are input findings and
 * never reach a trigger), so one evaluation is bounded by nodes x list size per
 * level of macro nesting.
 */

const limits = realRegistry().meta.limits;
const opts = { registryVersion: "1.2.3" };

const grant = (second: number, n: number, id: string) =>
  at(
    second,
    "capability.granted",
    "s",
    {
      session_id: "s",
      capability_ids: Array.from({ length: n }, (_, i) => `fs.read:scope-${i}`),
      granted_by: "runtime",
      token_id: "t",
    },
    id,
  );

describe("bounded cost", () => {
  test("an expression over limits.max_expression_nodes does not compile", () => {
    const terms = Array.from(
      { length: limits.max_expression_nodes },
      (_, i) => `event.payload.token_count != ${i}`,
    );
    const registry = syntheticRegistry([
      { id: "SAP-950", trigger: { on: ["session.message"], condition: terms.join(" && ") } },
    ]);
    expect(() => evaluateEvents(registry, [], opts)).toThrow(TriggerCompileError);
    expect(() => evaluateEvents(registry, [], opts)).toThrow(/SAP-950 condition/);
  });

  test("a macro over the largest allowed list stays fast", () => {
    const registry = syntheticRegistry([
      {
        id: "SAP-951",
        trigger: {
          on: ["capability.granted"],
          condition:
            'event.payload.capability_ids.exists(c, c.startsWith("net.") || c.endsWith(":nope") || capability_axis(c) == "secrets.use")',
        },
      },
    ]);
    const events = Array.from({ length: 20 }, (_, i) =>
      grant(i, limits.max_payload_list_items, `g${i}`),
    );
    const started = performance.now();
    const r = evaluateEvents(registry, events, opts);
    const ms = performance.now() - started;
    expect(r.input_findings).toEqual([]);
    expect(r.findings).toEqual([]);
    // 20 evaluations x 1024 items; generous for a busy CI machine
    expect(ms).toBeLessThan(5_000);
  });

  test("nested macros over the largest allowed list finish (items^2 work, still bounded)", () => {
    const registry = syntheticRegistry([
      {
        id: "SAP-952",
        trigger: {
          on: ["capability.granted"],
          condition:
            'event.payload.capability_ids.exists(a, event.payload.capability_ids.exists(b, a + b == "never"))',
        },
      },
    ]);
    const started = performance.now();
    const r = evaluateEvents(registry, [grant(0, limits.max_payload_list_items, "big")], opts);
    const ms = performance.now() - started;
    expect(r.findings).toEqual([]);
    expect(ms).toBeLessThan(30_000);
  });

  test("a list one item over the limit never reaches the trigger", () => {
    const registry = syntheticRegistry([
      {
        id: "SAP-953",
        trigger: {
          on: ["capability.granted"],
          condition: "size(event.payload.capability_ids) > 0",
        },
      },
    ]);
    const r = evaluateEvents(registry, [grant(0, limits.max_payload_list_items + 1, "over")], opts);
    expect(r.findings).toEqual([]);
    expect(r.input_findings.map((f) => f.code)).toEqual(["invalid_payload"]);
  });

  test("window memory is bounded by limits.max_window_events per group", () => {
    const registry = syntheticRegistry(
      [
        {
          id: "SAP-954",
          trigger: {
            on: ["capability.granted"],
            window: { kind: "count", group_by: "event.session_id", span: "1d" },
            condition: "window.count > 1000000",
          },
        },
      ],
      { max_window_events: 16 },
    );
    const events = Array.from({ length: 200 }, (_, i) => grant(i, 1, `g${i}`));
    const r = evaluateEvents(registry, events, opts);
    expect(r.input_findings.map((f) => [f.code, f.line])).toEqual([["window_overflow", 17]]);
  });
});
