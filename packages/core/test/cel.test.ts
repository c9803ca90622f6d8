import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LoadedRegistry } from "../src/index.js";
import {
  celObject,
  createTriggerEnvironment,
  loadRegistry,
  paramsToCel,
  payloadProblems,
  payloadToCel,
} from "../src/index.js";

const { registry: loaded } = loadRegistry(join(import.meta.dirname, "fixtures", "_base"));
if (!loaded) throw new Error("the base fixture must load");
const registry: LoadedRegistry = loaded;
const entry = registry.entries[0];
if (!entry) throw new Error("the base fixture has SAP-001");
const spawnRequested = registry.events.get("session.spawn_requested");
if (!spawnRequested) throw new Error("catalog has session.spawn_requested");

const payload = {
  requester_session_id: "root",
  child_role: "Coder",
  spawn_depth: 2,
  spawn_mode: "ONE_SHOT",
};

function context(overrides: Record<string, unknown> = {}) {
  const session = celObject(registry, "SessionContext", {
    known: true,
    id: "root",
    root_id: "root",
    capability_grants: ["fs.read"],
    consent_receipts: [{ receipt_id: "r1", session_ids: ["root"], uses: 2n }],
  });
  return {
    event: celObject(registry, "Event", {
      event_id: "e1",
      event_type: "session.spawn_requested",
      time_ms: 1_000n,
      session_id: "root",
      payload: payloadToCel(spawnRequested as NonNullable<typeof spawnRequested>, payload),
    }),
    session,
    parent: celObject(registry, "SessionContext", {}),
    root: session,
    params: paramsToCel(entry as NonNullable<typeof entry>, overrides),
    window: celObject(registry, "Window", { key: "root", count: 5n, span_ms: 60_000n }),
  };
}

describe("createTriggerEnvironment", () => {
  const windowed = createTriggerEnvironment(registry, entry, "session.spawn_requested", {
    windowed: true,
  });
  const stateless = createTriggerEnvironment(registry, entry, "session.spawn_requested", {
    windowed: false,
  });

  it.each([
    ["window.count > params.max_spawn_requests", "bool"],
    ["event.payload.spawn_depth", "int"],
    ["event.payload.spawn_mode", "string"],
    ["params.window", "int"],
    ["session.consent_receipts", "list<ConsentReceipt>"],
    ["capability_covers(session.capability_grants, 'fs.read:x')", "bool"],
    ["capability_axis(event.payload.child_role)", "string"],
  ])("types %s as %s", (expr, type) => {
    expect(windowed.check(expr)).toMatchObject({ valid: true, type });
  });

  it.each([
    ["event.payload.spawn_dept > 1", "No such key: spawn_dept"],
    ["event.payload.spawn_mode > 1", "no such overload: string > int"],
    ["params.nope == 1", "No such key: nope"],
    ["session.rol == ''", "No such key: rol"],
  ])("rejects %s", (expr, message) => {
    const result = windowed.check(expr);
    expect(result.valid).toBe(false);
    expect(result.error?.message.split("\n")[0]).toBe(message);
  });

  it("binds window only when windowed", () => {
    expect(stateless.check("window.count > 1").valid).toBe(false);
    expect(stateless.check("event.payload.spawn_depth > 1").valid).toBe(true);
  });

  it("limits expressions to limits.max_expression_nodes", () => {
    const long = Array.from({ length: 400 }, () => "1").join(" + ");
    expect(windowed.check(`${long} > 0`).error?.code).toBe("limit_exceeded");
  });

  it.each([
    ["window.count > params.max_spawn_requests", {}, false],
    ["window.count > params.max_spawn_requests", { max_spawn_requests: 4 }, true],
    ["event.payload.spawn_depth == 2 && event.time_ms == 1000", {}, true],
    ["params.window == 60000", {}, true],
    ["params.window == 5000", { window: "5s" }, true],
    ["capability_covers(session.capability_grants, 'fs.read:inputs')", {}, true],
    [
      "session.consent_receipts.exists(r, r.receipt_id == 'r1' && r.uses == 2 && !r.revoked)",
      {},
      true,
    ],
    ["!parent.known && parent.spawn_depth == 0 && parent.capability_grants.size() == 0", {}, true],
  ])("evaluates %s with %j as %s", (expr, overrides, want) => {
    expect(windowed.parse(expr)(context(overrides))).toBe(want);
  });

  it("evaluates plain objects the same as class instances (slower path)", () => {
    const c = context();
    const plain = {
      ...c,
      event: { ...c.event, payload: { ...(c.event.payload as Record<string, unknown>) } },
      session: { ...c.session },
      window: { ...c.window },
    };
    const expr = windowed.parse(
      "event.payload.spawn_depth == 2 && session.capability_grants[0] == 'fs.read' && window.count == 5",
    );
    expect(expr(plain)).toBe(true);
    expect(expr(c)).toBe(true);
  });

  it("throws for an event type the catalog does not have", () => {
    expect(() =>
      createTriggerEnvironment(registry, entry, "nope.nope", { windowed: false }),
    ).toThrow(/unknown event type/);
  });
});

describe("payloadToCel", () => {
  it("converts ints to bigint, timestamps to bigint ms, and fills absent optional fields with zero values", () => {
    const created = registry.events.get("session.created");
    if (!created) throw new Error("catalog has session.created");
    const value = payloadToCel(created, {
      session_id: "s",
      model_id: "m",
      backend: "local",
      role: "Coder",
      memory_policy: "EPHEMERAL",
      spawn_depth: 1,
    });
    expect({ ...value }).toEqual({
      session_id: "s",
      model_id: "m",
      backend: "local",
      role: "Coder",
      wp_id: "",
      mt_id: "",
      memory_policy: "EPHEMERAL",
      spawn_depth: 1n,
    });
  });
});

describe("paramsToCel", () => {
  it("applies defaults and overrides, durations as bigint ms", () => {
    expect({ ...paramsToCel(entry, { window: "2m" }) }).toEqual({
      max_spawn_requests: 12n,
      window: 120_000n,
    });
  });
  it.each([
    [{ nope: 1 }, /unknown param "nope"/],
    [{ max_spawn_requests: 2 }, /below the minimum 4/],
    [{ max_spawn_requests: "12" }, /is not an int/],
    [{ window: "2h" }, /above the maximum/],
  ])("refuses %j, never clamps", (overrides, message) => {
    expect(() => paramsToCel(entry, overrides)).toThrow(message);
  });
});

describe("payloadProblems", () => {
  it.each([
    [payload, []],
    [
      { ...payload, spawn_depth: 0 },
      ["payload field spawn_depth of session.spawn_requested: 0 is below the minimum 1"],
    ],
    [
      { ...payload, spawn_depth: 1.5 },
      ["payload field spawn_depth of session.spawn_requested: 1.5 is not an int"],
    ],
    [
      { ...payload, spawn_mode: "X" },
      [
        'payload field spawn_mode of session.spawn_requested: "X" is not one of ONE_SHOT, SESSION_PERSISTENT',
      ],
    ],
    [{ ...payload, extra: 1 }, ["payload of session.spawn_requested has no field extra"]],
    [
      { requester_session_id: "r", spawn_depth: 1, spawn_mode: "ONE_SHOT" },
      ["payload of session.spawn_requested is missing child_role (string)"],
    ],
    [[], ["payload of session.spawn_requested must be a map"]],
  ])("%j", (given, want) => {
    expect(payloadProblems(spawnRequested, given, 1024).map((p) => p.message)).toEqual(want);
  });
});

describe("string_map and timestamp payload fields (real registry)", () => {
  const { registry: real } = loadRegistry(join(import.meta.dirname, "..", "..", "..", "registry"));
  if (!real) throw new Error("the real registry must load");
  const first = real.entries[0];
  if (!first) throw new Error("the real registry has entries");

  it.each([
    ["consent.receipt_issued", "event.payload.valid_until - event.payload.valid_from == 60000"],
    [
      "consent.receipt_issued",
      "event.payload.session_ids.size() == 2 && 'b' in event.payload.session_ids",
    ],
    [
      "anti_pattern.detected",
      "event.payload.details['requester_session_id'] == 'root' && size(event.payload.details) == 1",
    ],
  ])("%s: %s", (eventType, expr) => {
    const definition = real.events.get(eventType);
    if (!definition) throw new Error(`catalog has ${eventType}`);
    const json: Record<string, unknown> = {
      valid_from: "2026-03-01T10:00:00.000Z",
      valid_until: "2026-03-01T10:01:00.000Z",
      session_ids: ["a", "b"],
      details: { requester_session_id: "root" },
    };
    const env = createTriggerEnvironment(real, first, eventType, { windowed: false });
    expect(env.check(expr)).toMatchObject({ valid: true, type: "bool" });
    const event = celObject(real, "Event", {
      event_type: eventType,
      payload: payloadToCel(definition, json),
    });
    const empty = celObject(real, "SessionContext", {});
    expect(
      env.parse(expr)({
        event,
        session: empty,
        parent: empty,
        root: empty,
        params: paramsToCel(first),
      }),
    ).toBe(true);
  });
});
