import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { EngineOptions } from "../src/index.js";
import { evaluateEvents } from "../src/index.js";
import { realRegistry } from "./helpers.js";
import { at, message, syntheticRegistry } from "./synthetic.js";
import { action, interleave, treeEvents } from "./trees.js";

/*
 * The engine turns the common core of trigger expressions into JavaScript
 * closures (src/compile/fast-cel.ts) and leaves the rest to cel-js. Both ways
 * must give the same results: every example of the real registry, generated
 * logs, and the corners of CEL's semantics (errors absorbed by && and ||).
 */

const registry = realRegistry();
const fast: EngineOptions = { registryVersion: "0.0.0-test" };
const plain: EngineOptions = { registryVersion: "0.0.0-test", fastCel: false };
const runs = Number(process.env.SAP_PROPERTY_RUNS ?? 60);

describe("compiled closures give what cel-js gives", () => {
  const examples = registry.entries.flatMap((entry) =>
    [...entry.examples.trigger, ...entry.examples.no_trigger].map((example) => ({
      id: entry.id,
      name: example.name,
      events: example.events as unknown[],
      params: example.params ? { [entry.id]: example.params } : undefined,
    })),
  );

  test.each(examples)("$id: $name", ({ events, params }) => {
    const extra = params ? { params } : {};
    expect(evaluateEvents(registry, events, { ...fast, ...extra })).toEqual(
      evaluateEvents(registry, events, { ...plain, ...extra }),
    );
  });

  test("generated logs over the real registry", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(action, { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(10), { minLength: 1, maxLength: 20 }),
        (scripts, choices) => {
          const events = interleave(
            scripts.map((s, t) => treeEvents(t, s)),
            choices,
          );
          expect(evaluateEvents(registry, events, fast)).toEqual(
            evaluateEvents(registry, events, plain),
          );
        },
      ),
      { numRuns: runs },
    );
  });

  const corner = (id: string, condition: string) => ({
    id,
    params: {
      roles: { type: "string_list" as const, default: ["USER", "TOOL_CALL"], description: "d" },
    },
    trigger: { on: ["session.message"], condition },
  });
  const corners = syntheticRegistry([
    // division by zero (an error) absorbed by the deciding side of && and ||
    corner("SAP-970", "10 / (event.payload.token_count - 1) > 0 && false"),
    corner("SAP-971", "false && 10 / (event.payload.token_count - 1) > 0"),
    corner("SAP-972", "10 / (event.payload.token_count - 1) > 0 || true"),
    corner("SAP-973", "10 / (event.payload.token_count - 1) > 0 && true"),
    corner("SAP-974", "true || 10 / (event.payload.token_count - 1) > 0"),
    corner(
      "SAP-975",
      '!(event.payload.role in ["SYSTEM", "USER"]) ? event.payload.message_id < "m5" : event.payload.token_count >= 1',
    ),
    corner(
      "SAP-976",
      'event.session_id + "/" + event.payload.message_id == "s/m1" && session.known == false',
    ),
    corner("SAP-977", "event.time_ms > 0 && event.payload.token_count in [1, 2, 3]"),
    corner(
      "SAP-978",
      'size(event.payload.message_id) > 1 || event.payload.content_hash.startsWith("sha")',
    ),
    // macros, functions and methods compiled to closures (errors go back to cel-js)
    corner(
      "SAP-979",
      'session.capability_grants.exists(c, capability_axis(c) == "fs.read") || size(session.capability_grants) == 0',
    ),
    corner(
      "SAP-980",
      'session.capability_grants.all(c, c.startsWith("fs.") && !c.endsWith(":x")) && capability_covers(session.capability_grants, "fs.read:in")',
    ),
    corner("SAP-981", "[1, 0].exists(d, 10 / d > 5) && [1, 0].all(d, 10 / (d + 1) > 0)"),
    corner(
      "SAP-982",
      '!event.payload.content_hash.matches("^sha256:[0-9a-f]{64}$") && event.payload.role in params.roles',
    ),
    corner("SAP-983", "[0, 1].exists(d, 10 / d > 5)"),
    corner("SAP-984", "[0, 1].all(d, 10 / d > 5)"),
    corner(
      "SAP-985",
      'session.capability_grants.exists(c, 10 / size(session.consent_receipts) > 0 || c == "fs.read")',
    ),
  ]);

  test("errors, ternaries, membership, concatenation and fallbacks", () => {
    const events = [
      at(0, "capability.granted", "s", {
        session_id: "s",
        capability_ids: ["fs.read", "fs.write:ws"],
        granted_by: "runtime",
        token_id: "t",
      }),
      message(0, "s", "USER", "m1"),
      {
        ...message(1, "s", "ASSISTANT", "m7"),
        payload: {
          ...(message(1, "s").payload as object),
          message_id: "m7",
          role: "ASSISTANT",
          token_count: 2,
        },
      },
      at(2, "session.message", "t", {
        session_id: "t",
        message_id: "m3",
        role: "TOOL_CALL",
        content_hash: "x",
        token_count: 0,
      }),
    ];
    const a = evaluateEvents(corners, events, fast);
    const b = evaluateEvents(corners, events, plain);
    expect(a).toEqual(b);
    expect(a.input_findings.map((f) => `${f.line} ${f.anti_pattern_id}`)).toMatchInlineSnapshot(`
      [
        "2 SAP-973",
        "2 SAP-984",
        "3 SAP-984",
        "4 SAP-984",
      ]
    `);
    expect(a.findings.map((f) => `${f.line} ${f.anti_pattern_id}`)).toMatchInlineSnapshot(`
      [
        "2 SAP-972",
        "2 SAP-974",
        "2 SAP-975",
        "2 SAP-976",
        "2 SAP-977",
        "2 SAP-978",
        "2 SAP-979",
        "2 SAP-980",
        "2 SAP-981",
        "2 SAP-983",
        "2 SAP-985",
        "3 SAP-972",
        "3 SAP-973",
        "3 SAP-974",
        "3 SAP-977",
        "3 SAP-978",
        "3 SAP-979",
        "3 SAP-980",
        "3 SAP-981",
        "3 SAP-983",
        "3 SAP-985",
        "4 SAP-972",
        "4 SAP-974",
        "4 SAP-975",
        "4 SAP-978",
        "4 SAP-979",
        "4 SAP-981",
        "4 SAP-982",
        "4 SAP-983",
      ]
    `);
  });
});
