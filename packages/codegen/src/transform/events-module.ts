import { StructureKind } from "ts-morph";
import type { EventDefinitionDoc } from "../model.js";
import { exportConst, type Statement } from "../statements.js";
import { eventPayloadsMap, payloadInterface } from "./payloads.js";
import { stringTuple } from "./tuple.js";

/** Statements of `src/generated/events.ts`: payload interfaces, the map, the union and the list. */
export function eventsModule(events: readonly EventDefinitionDoc[]): Statement[] {
  return [
    ...events.map(payloadInterface),
    eventPayloadsMap(events),
    {
      kind: StructureKind.TypeAlias,
      name: "EventType",
      isExported: true,
      docs: ["Every event type in the catalog."],
      type: "keyof EventPayloads",
    },
    exportConst(
      "eventTypes",
      `${stringTuple(events.map((e) => e.event_type))} as const satisfies readonly EventType[]`,
      "Every event type in the catalog, sorted.",
    ),
  ];
}
