import { describe, expect, test } from "vitest";
import type { PayloadFieldDoc } from "../src/model.js";
import { printStatements } from "../src/printer.js";
import { eventsModule } from "../src/transform/events-module.js";
import { payloadFieldType } from "../src/transform/payloads.js";

describe("payload field types", () => {
  test.each<{ given: PayloadFieldDoc; want: string }>([
    { given: { type: "string", description: "d" }, want: "string" },
    { given: { type: "string", description: "d", enum: ["a", "b"] }, want: '"a" | "b"' },
    { given: { type: "int", description: "d" }, want: "number" },
    { given: { type: "double", description: "d" }, want: "number" },
    { given: { type: "bool", description: "d" }, want: "boolean" },
    { given: { type: "timestamp", description: "d" }, want: "string" },
    { given: { type: "string_list", description: "d" }, want: "readonly string[]" },
    { given: { type: "string_map", description: "d" }, want: "Readonly<Record<string, string>>" },
  ])("$given.type -> $want", ({ given, want }) => {
    expect(payloadFieldType(given)).toBe(want);
  });

  test("events module: sorted readonly fields, optional marks, the map and the union", () => {
    const text = printStatements(
      "events.ts",
      eventsModule([
        {
          id: "FR-EVT-X-001",
          event_type: "x.happened",
          title: "X happened",
          description: "Something */ happened.",
          payload: {
            z: { type: "int", description: "Zed.", minimum: 0 },
            a: { type: "string", description: "Ay.", optional: true },
          },
        },
      ]),
    );
    expect(text).toMatchInlineSnapshot(`
      "/**
       * X happened (FR-EVT-X-001, \`x.happened\`).
       *
       * Something *\\/ happened.
       */
      export interface XHappenedPayload {
        /**
         * Ay.
         * Optional: absent reads as the zero value in triggers.
         */
        readonly a?: string;
        /**
         * Zed.
         * A whole number.
         * @minimum 0
         */
        readonly z: number;
      }

      /** The typed payload of every event type in the catalog, by event type. */
      export interface EventPayloads {
        readonly "x.happened": XHappenedPayload;
      }

      /** Every event type in the catalog. */
      export type EventType = keyof EventPayloads;

      /** Every event type in the catalog, sorted. */
      export const eventTypes = ["x.happened"] as const satisfies readonly EventType[];
      "
    `);
  });
});
