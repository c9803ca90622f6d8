import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { EvaluationResult } from "../src/index.js";
import { evaluateEvents, evaluateText, formatJson, formatSarif } from "../src/index.js";
import { realRegistry } from "./helpers.js";
import { action, interleave, treeEvents } from "./trees.js";

/*
 * Property tests over the REAL registry: garbage never crashes the engine and
 * every line is accounted for; sessions that do not interact can be
 * interleaved in any time-consistent order without changing the findings; the
 * same log always gives the same bytes.
 */

const registry = realRegistry();
const opts = { registryVersion: "0.0.0-test" };
const T0 = Date.UTC(2026, 2, 1, 10);
const runs = Number(process.env.SAP_PROPERTY_RUNS ?? 60);

/** Codes that mean a line was not evaluated. */
const REJECTED = new Set([
  "line_too_long",
  "invalid_json",
  "invalid_envelope",
  "unknown_event_type",
  "invalid_payload",
  "out_of_order",
]);

function accountedFor(text: string, result: EvaluationResult): void {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const blank = lines.filter((l) => l.replace(/[ \t\r]/g, "") === "").length;
  const rejected = new Set(
    result.input_findings.filter((f) => REJECTED.has(f.code)).map((f) => f.line),
  );
  expect(result.summary.events + rejected.size + blank).toBe(lines.length);
}

const eventTypes = [...registry.events.keys()];

/** Envelopes of catalog event types with random, mostly invalid, payloads. */
const envelope = fc.record({
  event_id: fc.oneof(fc.string(), fc.constant("e1")),
  event_type: fc.oneof(fc.constantFrom(...eventTypes), fc.string()),
  timestamp: fc.oneof(
    fc.integer({ min: 0, max: 3_600_000 }).map((ms) => new Date(T0 + ms).toISOString()),
    fc.string(),
  ),
  session_id: fc.constantFrom("a", "b", "c", ""),
  payload: fc.dictionary(
    fc.constantFrom("session_id", "role", "spawn_depth", "capability_ids", "token_count", "x"),
    fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.array(fc.string()),
      fc.constant(null),
    ),
  ),
});

describe("garbage never crashes the engine", () => {
  test("arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = evaluateText(registry, text, opts);
        accountedFor(text, result);
      }),
      { numRuns: runs * 3 },
    );
  });

  test("arbitrary bytes decoded as UTF-8", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const text = new TextDecoder().decode(bytes);
        const result = evaluateText(registry, text, opts);
        accountedFor(text, result);
      }),
      { numRuns: runs * 3 },
    );
  });

  test("arbitrary JSON values and envelope-shaped events", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), envelope), { maxLength: 30 }), (values) => {
        const text = values.map((v) => JSON.stringify(v) ?? "null").join("\n");
        const result = evaluateText(registry, text, opts);
        accountedFor(text, result);
        expect(() => formatJson(result, "prop")).not.toThrow();
        expect(() => formatSarif(registry, result, "prop")).not.toThrow();
      }),
      { numRuns: runs },
    );
  });
});

/** Findings without what depends on the interleaving (line numbers), in a canonical order. */
function normalized(result: EvaluationResult): string[] {
  return [
    ...result.findings.map((f) =>
      JSON.stringify({ ...f, line: undefined, triggering_lines: undefined }),
    ),
    ...result.input_findings.map((f) => JSON.stringify({ ...f, line: undefined })),
  ].sort();
}

describe("independent sessions", () => {
  test("any time-consistent interleaving of non-interacting spawn trees gives the same findings", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(action, { minLength: 1, maxLength: 25 }), { minLength: 2, maxLength: 5 }),
        fc.array(fc.nat(10), { minLength: 1, maxLength: 50 }),
        fc.array(fc.nat(10), { minLength: 1, maxLength: 50 }),
        (scripts, choicesA, choicesB) => {
          const trees = scripts.map((actions, t) => treeEvents(t, actions));
          const a = evaluateEvents(registry, interleave(trees, choicesA), opts);
          const b = evaluateEvents(registry, interleave(trees, choicesB), opts);
          expect(normalized(b)).toEqual(normalized(a));
        },
      ),
      { numRuns: runs },
    );
  });

  test("the interleavings do produce findings (the property is not vacuous)", () => {
    const sample = fc.sample(
      fc.array(fc.array(action, { minLength: 5, maxLength: 25 }), { minLength: 2, maxLength: 4 }),
      { numRuns: 20, seed: 7 },
    );
    const total = sample.reduce(
      (sum, scripts) =>
        sum +
        evaluateEvents(
          registry,
          interleave(
            scripts.map((s, t) => treeEvents(t, s)),
            [0],
          ),
          opts,
        ).findings.length,
      0,
    );
    expect(total).toBeGreaterThan(10);
  });
});

describe("determinism", () => {
  test("the same log gives the same bytes, run after run", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(action, { minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 4 }),
        (scripts) => {
          const events = interleave(
            scripts.map((s, t) => treeEvents(t, s)),
            [1, 2, 3],
          );
          const text = events.map((e) => JSON.stringify(e)).join("\n");
          const first = evaluateText(registry, text, opts);
          const second = evaluateText(registry, text, opts);
          expect(formatJson(second, "log")).toBe(formatJson(first, "log"));
          expect(formatSarif(registry, second, "log")).toBe(formatSarif(registry, first, "log"));
        },
      ),
      { numRuns: Math.max(10, runs / 3) },
    );
  });
});
