import { describe, expect, test } from "vitest";
import { evaluateEvents, TriggerCompileError } from "../src/index.js";
import { realRegistry } from "./helpers.js";
import { at, syntheticRegistry } from "./synthetic.js";

/*
 * SEMANTICS.md, Bounded cost: a trigger's AST is at most
 * limits.max_expression_nodes nodes and its worst-case cost (list bounds
 * multiplied through nested comprehensions) at most
 * limits.max_expression_cost; a payload list has at most
 * limits.max_payload_list_items items (larger payloads are input findings and
 * never reach a trigger) and any other list at most
 * limits.max_context_list_items (checked before each evaluation: a trigger_error
 * otherwise). matches() is RE2, linear in its input, in both engines.
 */

const limits = realRegistry().meta.limits;
const opts = { registryVersion: "1.2.3" };
const engines = [
  ["compiled closures", { ...opts }],
  ["plain cel-js", { ...opts, fastCel: false }],
] as const;

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

describe("the cost limit (limits.max_expression_cost)", () => {
  const refused = (condition: string) => {
    const registry = syntheticRegistry([
      { id: "SAP-960", trigger: { on: ["capability.granted"], condition } },
    ]);
    return () => evaluateEvents(registry, [], opts);
  };

  test("a nested-macro bomb does not compile in either engine", () => {
    const bomb =
      'event.payload.capability_ids.all(a, event.payload.capability_ids.all(b, event.payload.capability_ids.all(c, a + b + c != "x")))';
    expect(refused(bomb)).toThrow(TriggerCompileError);
    expect(refused(bomb)).toThrow(/SAP-960 condition \(on capability\.granted\): worst-case cost/);
    expect(refused(bomb)).toThrow(
      /limits\.max_expression_cost \(10,000,000\); nested comprehensions run 1,024 × 1,024 × 1,024 times/,
    );
  });

  test("a map chain does not compile", () => {
    expect(
      refused(
        'size(event.payload.capability_ids.map(a, event.payload.capability_ids).map(l, l.map(c, c + c)).filter(l, l.exists(c, c.contains("x")))) > 0',
      ),
    ).toThrow(/worst-case cost [\d,]+ of `event\.payload\.capability_ids\.map\(a, /);
  });

  test("a context list read in nested loops does not compile", () => {
    expect(
      refused(
        "session.capability_grants.exists(a, session.jobs_in_flight.exists(b, session.active_child_ids.exists(c, a == b || b == c)))",
      ),
    ).toThrow(/nested comprehensions run 4,096 × 4,096 times/);
  });
});

describe("lists outside the payload over limits.max_context_list_items", () => {
  const grants = (second: number, ids: readonly string[], by: string, id: string) =>
    at(
      second,
      "capability.granted",
      "s",
      { session_id: "s", capability_ids: ids, granted_by: by, token_id: "t" },
      id,
    );

  test.each(engines)(
    "%s: the evaluation is a trigger_error naming the list; other entries still run",
    (_, o) => {
      const registry = syntheticRegistry(
        [
          {
            id: "SAP-961",
            trigger: {
              on: ["capability.granted"],
              condition: 'session.capability_grants.exists(g, capability_axis(g) == "proc.exec")',
            },
          },
          {
            id: "SAP-962",
            trigger: {
              on: ["capability.granted"],
              condition: 'event.payload.granted_by == "self"',
            },
          },
        ],
        { max_context_list_items: 3 },
      );
      const r = evaluateEvents(
        registry,
        [
          grants(0, ["proc.exec", "fs.read", "net.http"], "operator", "g0"),
          grants(1, ["x", "y"], "operator", "g1"),
          grants(2, ["z"], "self", "g2"),
        ],
        o,
      );
      expect(r.input_findings.map((f) => [f.code, f.line, f.anti_pattern_id, f.message])).toEqual([
        [
          "trigger_error",
          3,
          "SAP-961",
          "SAP-961: session.capability_grants has 5 items, more than limits.max_context_list_items (3) that the trigger's cost bound assumes: not evaluated",
        ],
      ]);
      // Line 2 saw three grants (within the bound) and found proc.exec; SAP-962 ran on line 3.
      expect(r.findings.map((f) => [f.anti_pattern_id, f.triggering_event_ids])).toEqual([
        ["SAP-961", ["g1"]],
        ["SAP-962", ["g2"]],
      ]);
    },
  );

  test("a list param over the bound is a trigger_error too", () => {
    const registry = syntheticRegistry(
      [
        {
          id: "SAP-963",
          trigger: {
            on: ["capability.granted"],
            condition: "event.payload.token_id in params.tokens",
          },
          params: {
            tokens: { type: "string_list", default: ["a"], description: "tokens" },
          } as never,
        },
      ],
      { max_context_list_items: 2 },
    );
    const r = evaluateEvents(registry, [grants(0, ["x"], "operator", "g0")], {
      ...opts,
      params: { "SAP-963": { tokens: ["a", "b", "t"] } },
    });
    expect(r.input_findings.map((f) => f.message)).toEqual([
      "SAP-963: params.tokens has 3 items, more than limits.max_context_list_items (2) that the trigger's cost bound assumes: not evaluated",
    ]);
  });
});

describe("matches() is RE2 in both engines", () => {
  const message = (second: number, hash: string, id: string) =>
    at(
      second,
      "session.message",
      "s",
      { session_id: "s", message_id: id, role: "USER", content_hash: hash, token_count: 1 },
      id,
    );
  const long = "a".repeat(40);

  test.each(engines)(
    "%s: ^(a+)+$ on 40 a's and a b gives its result, also inside a macro",
    (_, o) => {
      const registry = syntheticRegistry([
        {
          id: "SAP-964",
          trigger: {
            on: ["session.message"],
            condition: 'event.payload.content_hash.matches("^(a+)+$")',
          },
        },
        {
          id: "SAP-965",
          trigger: {
            on: ["capability.granted"],
            condition: 'event.payload.capability_ids.exists(c, c.matches("^(a+)+$"))',
          },
        },
      ]);
      const r = evaluateEvents(
        registry,
        [
          message(0, `${long}b`, "m0"),
          message(1, long, "m1"),
          at(
            2,
            "capability.granted",
            "s",
            {
              session_id: "s",
              capability_ids: [`${long}b`, `b${long}`],
              granted_by: "operator",
              token_id: "t",
            },
            "g2",
          ),
          at(
            3,
            "capability.granted",
            "s",
            {
              session_id: "s",
              capability_ids: [`${long}b`, long],
              granted_by: "operator",
              token_id: "t",
            },
            "g3",
          ),
        ],
        o,
      );
      expect(r.input_findings).toEqual([]);
      expect(r.findings.map((f) => [f.anti_pattern_id, f.triggering_event_ids])).toEqual([
        ["SAP-964", ["m1"]],
        ["SAP-965", ["g3"]],
      ]);
    },
  );

  test.each([
    [
      "a pattern from the log",
      "event.payload.content_hash.matches(event.payload.message_id)",
      "not a string literal",
    ],
    ["a lookahead", 'event.payload.content_hash.matches("a(?=b)")', "not valid RE2"],
    ["a backreference", 'event.payload.content_hash.matches("(a)\\\\1")', "not valid RE2"],
  ])("%s does not compile", (_, condition, why) => {
    const registry = syntheticRegistry([
      { id: "SAP-966", trigger: { on: ["session.message"], condition } },
    ]);
    expect(() => evaluateEvents(registry, [], opts)).toThrow(
      `SAP-966 condition (on session.message): matches() pattern is ${why}`,
    );
  });
});
