import { describe, expect, test } from "vitest";
import {
  evaluateEvents,
  ParamsError,
  PayloadValidator,
  paramOverrideProblems,
} from "../src/index.js";
import { realRegistry } from "./helpers.js";
import { created, message, spawnAccepted, syntheticRegistry } from "./synthetic.js";

const opts = { registryVersion: "1.2.3" };

describe("tiered outcomes", () => {
  const registry = syntheticRegistry([
    {
      id: "SAP-920",
      trigger: { on: ["session.message"], condition: 'event.payload.role == "SYSTEM"' },
      tiers: [
        { outcome: "downgrade", from: 1, action: "a" },
        { outcome: "deny", from: 2, within: "10s", action: "b" },
        { outcome: "force_stop", from: 4, action: "c" },
      ],
    },
  ]);

  test("the last tier whose count within its span reaches `from` applies", () => {
    const r = evaluateEvents(
      registry,
      [0, 5, 20, 40, 45].map((t) => message(t, "s", "SYSTEM", `m${t}`)),
      opts,
    );
    expect(r.findings.map((f) => [f.occurrence, f.tier, f.outcome])).toEqual([
      [1, 1, "downgrade"],
      [2, 2, "deny"],
      [3, 1, "downgrade"],
      [4, 3, "force_stop"],
      [5, 3, "force_stop"],
    ]);
  });

  test("occurrences are counted per key: per session by default", () => {
    const r = evaluateEvents(
      registry,
      [
        message(0, "a", "SYSTEM", "a1"),
        message(1, "b", "SYSTEM", "b1"),
        message(2, "a", "SYSTEM", "a2"),
      ],
      opts,
    );
    expect(r.findings.map((f) => [f.occurrence_key, f.occurrence, f.outcome])).toEqual([
      ["a", 1, "downgrade"],
      ["b", 1, "downgrade"],
      ["a", 2, "deny"],
    ]);
  });

  test("per root_session counts a whole spawn tree together", () => {
    const reg = syntheticRegistry([
      {
        id: "SAP-921",
        per: "root_session",
        trigger: { on: ["session.message"], condition: "true" },
        tiers: [
          { outcome: "downgrade", from: 1, action: "a" },
          { outcome: "force_stop", from: 2, action: "b" },
        ],
      },
    ]);
    const r = evaluateEvents(
      reg,
      [
        created(0, "p"),
        spawnAccepted(1, "p", "c"),
        message(2, "c", "USER", "x"),
        message(3, "p", "USER", "y"),
      ],
      opts,
    );
    expect(r.findings.map((f) => [f.session_id, f.occurrence_key, f.outcome])).toEqual([
      ["c", "p", "downgrade"],
      ["p", "p", "force_stop"],
    ]);
  });

  test("experimental entries are audit-only whatever their mode says", () => {
    const reg = syntheticRegistry([
      {
        id: "SAP-922",
        status: "experimental",
        mode: "enforce",
        trigger: { on: ["session.message"], condition: "true" },
      },
      { id: "SAP-923", mode: "audit", trigger: { on: ["session.message"], condition: "true" } },
      { id: "SAP-924", trigger: { on: ["session.message"], condition: "true" } },
    ]);
    const r = evaluateEvents(reg, [message(0, "s")], opts);
    expect(r.findings.map((f) => [f.anti_pattern_id, f.mode])).toEqual([
      ["SAP-922", "audit"],
      ["SAP-923", "audit"],
      ["SAP-924", "enforce"],
    ]);
    expect(r.summary).toMatchObject({ findings: 3, enforced: 1, audited: 2 });
  });
});

describe("evidence", () => {
  const detected = realRegistry().events.get("anti_pattern.detected");
  const validator = detected ? new PayloadValidator(detected, 1024) : undefined;

  test("the anti_pattern.detected event is valid and carries the record fields as strings", () => {
    const reg = syntheticRegistry([
      {
        id: "SAP-930",
        trigger: { on: ["session.message"], condition: 'event.payload.role == "SYSTEM"' },
        record: ["role", "token_count", "message_id"],
        sourceEvents: ["session.message", "session.created"],
      },
    ]);
    const r = evaluateEvents(reg, [message(0, "s", "SYSTEM", "m1")], opts);
    const f = r.findings[0];
    expect(f).toBeDefined();
    if (!f) return;
    expect(validator?.problem(f.evidence.payload, f.evidence.session_id)).toBeUndefined();
    expect(f.evidence).toMatchObject({
      event_type: "anti_pattern.detected",
      session_id: "s",
      timestamp: "2026-03-01T10:00:00.000Z",
      payload: {
        anti_pattern_id: "SAP-930",
        registry_version: "1.2.3",
        severity: "high",
        outcome: "deny",
        tier: 1,
        occurrence: 1,
        mode: "enforce",
        triggering_event_ids: ["m1"],
        details: { message_id: "m1", role: "SYSTEM", token_count: "1" },
      },
    });
    expect(f.evidence.payload.registry_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(f.params_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(f.missing_source_events).toEqual(["session.created"]);
  });

  test("source events earlier in the same session count; another session's do not", () => {
    const reg = syntheticRegistry([
      {
        id: "SAP-931",
        trigger: { on: ["session.message"], condition: 'event.payload.role == "SYSTEM"' },
        sourceEvents: ["session.created"],
      },
    ]);
    const r = evaluateEvents(
      reg,
      [
        created(0, "a"),
        created(0, "b"),
        message(1, "a", "SYSTEM", "x"),
        message(1, "c", "SYSTEM", "y"),
      ],
      opts,
    );
    expect(r.findings.map((f) => [f.session_id, f.missing_source_events])).toEqual([
      ["a", []],
      ["c", ["session.created"]],
    ]);
  });
});

describe("params", () => {
  test("a retired id is named as retired", () => {
    expect(
      paramOverrideProblems({ "SAP-960": {} }, [], [{ id: "SAP-960", replaced_by: "SAP-961" }]),
    ).toEqual([
      "SAP-960: retired (retired.yaml), replaced by SAP-961; remove it from the params file",
    ]);
  });

  const registry = syntheticRegistry([
    {
      id: "SAP-940",
      params: {
        limit: { type: "int", default: 3, min: 1, max: 10, description: "d" },
        span: { type: "duration", default: "1m", min: "1s", max: "1h", description: "d" },
      },
      trigger: {
        on: ["session.message"],
        window: { kind: "count", group_by: "event.session_id", span_param: "span" },
        condition: "window.count >= params.limit",
      },
    },
  ]);

  test("overrides within bounds apply and change the params hash", () => {
    const events = [0, 1, 2].map((t) => message(t, "s", "USER", `m${t}`));
    const base = evaluateEvents(registry, events, opts);
    const tight = evaluateEvents(registry, events.slice(0, 2), {
      ...opts,
      params: { "SAP-940": { limit: 2 } },
    });
    expect(base.findings).toHaveLength(1);
    expect(tight.findings).toHaveLength(1);
    expect(tight.findings[0]?.params).toEqual({ limit: 2, span: "1m" });
    expect(tight.findings[0]?.params_hash).not.toBe(base.findings[0]?.params_hash);
  });

  test("unknown entries, unknown params, wrong types and out-of-bounds values are errors, all at once", () => {
    let error: unknown;
    try {
      evaluateEvents(registry, [], {
        ...opts,
        params: { "SAP-940": { limit: 11, span: "2h", nope: 1 }, "SAP-999": {}, "SAP-941": 3 },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParamsError);
    expect((error as ParamsError).problems).toMatchInlineSnapshot(`
      [
        "SAP-940.limit: 11 is above the maximum 10; allowed int from 1 to 10",
        "SAP-940.span: "2h" is above the maximum "1h"; allowed duration from "1s" to "1h"",
        "SAP-940.nope: unknown param (declared: limit, span)",
        "SAP-999: no such anti-pattern in this registry",
        "SAP-941: no such anti-pattern in this registry",
      ]
    `);
    expect(() =>
      evaluateEvents(registry, [], { ...opts, params: { "SAP-940": { limit: "3" } } }),
    ).toThrow(/SAP-940.limit: "3" is not an int/);
  });
});
