import { celObject } from "@handshake/sap-core";
import { describe, expect, test } from "vitest";
import { CelEventBuilder } from "../src/compile/cel-values.js";
import { realRegistry } from "./helpers.js";

/*
 * The engine builds `event` values itself on the hot path; they must be exactly
 * what core's celObject gives (same class for cel-js, same field values), for
 * every event of every example in the registry.
 */
const registry = realRegistry();
const builder = new CelEventBuilder(registry);

interface ExampleEvent {
  event_id: string;
  event_type: string;
  timestamp: string;
  session_id: string;
  payload: Record<string, unknown>;
}

const events: ExampleEvent[] = registry.entries.flatMap((e) =>
  [...e.examples.trigger, ...e.examples.no_trigger].flatMap(
    (x) => x.events as unknown as ExampleEvent[],
  ),
);

function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, plain((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

describe("CelEventBuilder", () => {
  test("there are example events", () => {
    expect(events.length).toBeGreaterThan(50);
  });

  test("builds the same event values as core's celObject", () => {
    for (const e of events) {
      const time = Date.parse(e.timestamp);
      const fromCore = celObject(registry, "Event", {
        event_id: e.event_id,
        event_type: e.event_type,
        time_ms: BigInt(time),
        session_id: e.session_id,
        payload: e.payload,
      }) as Record<string, unknown>;
      const mine = builder.event(e.event_id, e.event_type, time, e.session_id, e.payload) as Record<
        string,
        unknown
      >;
      expect(mine.constructor).toBe(fromCore.constructor);
      expect((mine.payload as object).constructor).toBe((fromCore.payload as object).constructor);
      const keys = Object.keys(fromCore.payload as object).sort();
      for (const k of keys) expect(k in (mine.payload as object)).toBe(true);
      expect(plain(mine)).toEqual(plain(fromCore));
    }
  });

  test("windows too", () => {
    const core = celObject(registry, "Window", {
      key: "k",
      count: 2n,
      distinct: 1n,
      first_ms: 5n,
      last_ms: 9n,
      span_ms: 60000n,
    }) as Record<string, unknown>;
    const mine = builder.window("k", 2, 1, 5, 9, 60000) as Record<string, unknown>;
    expect(mine.constructor).toBe(core.constructor);
    expect(plain(mine)).toEqual(plain(core));
  });
});
