import { describe, expect, test } from "vitest";
import { evaluateEvents, evaluateText } from "../src/index.js";
import { realRegistry } from "./helpers.js";
import { at, created, message, syntheticRegistry } from "./synthetic.js";

const opts = { registryVersion: "1.2.3" };
const lines = (...values: unknown[]) =>
  values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join("\n");

function codes(result: ReturnType<typeof evaluateText>): [number, string][] {
  return result.input_findings.map((f) => [f.line, f.code]);
}

describe("fail closed: every bad line is an input finding with its line", () => {
  const registry = realRegistry();

  test("not JSON, not an object, bad envelope fields", () => {
    const r = evaluateText(
      registry,
      lines(
        "{oops",
        "[1,2]",
        "",
        "   ",
        { event_type: "session.message" },
        { ...message(0, "s"), timestamp: "2026-03-01 10:00:00" },
        { ...message(0, "s"), timestamp: "2026-03-01T10:00:00.0000000001Z" },
        { ...message(0, "s"), timestamp: "2026-02-30T10:00:00Z" },
        { ...message(0, "s"), session_id: "" },
        { ...message(0, "s"), payload: [] },
      ),
      opts,
    );
    expect(codes(r)).toEqual([
      [1, "invalid_json"],
      [2, "invalid_envelope"],
      [5, "invalid_envelope"],
      [6, "invalid_envelope"],
      [7, "invalid_envelope"],
      [8, "invalid_envelope"],
      [9, "invalid_envelope"],
      [10, "invalid_envelope"],
    ]);
    expect(r.summary.lines).toBe(10);
    expect(r.summary.events).toBe(0);
  });

  test("unknown event types and payloads that fail the catalog", () => {
    const base = message(0, "s");
    const payload = base.payload as Record<string, unknown>;
    const r = evaluateText(
      registry,
      lines(
        { ...base, event_type: "session.teleported" },
        { ...base, payload: { ...payload, extra: 1 } },
        { ...base, payload: { ...payload, token_count: 1.5 } },
        { ...base, payload: { ...payload, token_count: -1 } },
        { ...base, payload: { ...payload, role: "ROOT" } },
        { ...base, payload: { ...payload, session_id: "other" } },
        { ...base, payload: { session_id: "s" } },
        created(0, "ok"),
      ),
      opts,
    );
    expect(codes(r)).toEqual([
      [1, "unknown_event_type"],
      [2, "invalid_payload"],
      [3, "invalid_payload"],
      [4, "invalid_payload"],
      [5, "invalid_payload"],
      [6, "invalid_payload"],
      [7, "invalid_payload"],
    ]);
    expect(r.input_findings.map((f) => f.message)).toMatchInlineSnapshot(`
      [
        "event_type "session.teleported" is not in the registry's event catalog (registry/events)",
        "payload.extra is not a field of session.message (fields: session_id, message_id, role, content_hash, content_artifact_id, redacted, token_count)",
        "payload.token_count: expected a whole number (int), got 1.5",
        "payload.token_count: -1 is below the minimum 0",
        "payload.role: "ROOT" is not one of SYSTEM, USER, ASSISTANT, TOOL_CALL, TOOL_RESULT",
        "payload.session_id "other" must equal the envelope session_id "s"",
        "payload.message_id is required for session.message",
      ]
    `);
    expect(r.summary.events).toBe(1);
  });

  test("a payload list over limits.max_payload_list_items is refused before any trigger sees it", () => {
    const max = registry.meta.limits.max_payload_list_items;
    const grant = (n: number) =>
      at(0, "capability.granted", "s", {
        session_id: "s",
        capability_ids: Array.from({ length: n }, (_, i) => `fs.read:x${i}`),
        granted_by: "runtime",
        token_id: "t",
      });
    const r = evaluateEvents(registry, [grant(max + 1), grant(max)], opts);
    expect(codes(r as ReturnType<typeof evaluateText>)).toEqual([[1, "invalid_payload"]]);
    expect(r.input_findings[0]?.message).toContain("limits.max_payload_list_items");
    expect(r.summary.events).toBe(1);
  });

  test("out of order beyond the tolerance is reported and not evaluated; within it is evaluated", () => {
    const r = evaluateEvents(
      registry,
      [created(100, "a"), created(95, "b"), created(94.999, "c"), created(101, "d")],
      opts,
    );
    expect(codes(r as ReturnType<typeof evaluateText>)).toEqual([[3, "out_of_order"]]);
    expect(r.input_findings[0]?.message).toContain("5001 ms before the latest event time seen");
    expect(r.summary.events).toBe(3);
  });

  test("a trigger that errors at run time is an input finding naming the entry", () => {
    const reg = syntheticRegistry([
      {
        id: "SAP-911",
        trigger: { on: ["session.message"], condition: "10 / (event.payload.token_count - 1) > 0" },
      },
    ]);
    const r = evaluateEvents(
      reg,
      [
        message(0, "s"),
        { ...message(1, "s"), payload: { ...(message(1, "s").payload as object), token_count: 2 } },
      ],
      opts,
    );
    expect(r.input_findings.map((f) => [f.line, f.code, f.anti_pattern_id])).toEqual([
      [1, "trigger_error", "SAP-911"],
    ]);
    expect(r.findings.map((f) => f.line)).toEqual([2]);
  });

  test("a line over limits.max_line_bytes is reported without being buffered", () => {
    const reg = syntheticRegistry([], { max_line_bytes: 400 });
    const long = JSON.stringify({ ...message(0, "s"), padding: "x".repeat(500) });
    const r = evaluateText(reg, lines(message(0, "s"), long, message(1, "s")), opts);
    expect(codes(r)).toEqual([[2, "line_too_long"]]);
    expect(r.summary.events).toBe(2);
  });
});
