import { type InterfaceDeclarationStructure, StructureKind } from "ts-morph";
import type { EventDefinitionDoc, PayloadFieldDoc } from "../model.js";
import { payloadTypeName } from "../naming.js";

/** The TypeScript type of one payload field as it appears in JSON. */
export function payloadFieldType(field: PayloadFieldDoc): string {
  if (field.enum && field.enum.length > 0 && field.type === "string") {
    return field.enum.map((value) => JSON.stringify(value)).join(" | ");
  }
  switch (field.type) {
    case "string":
    case "timestamp":
      return "string";
    case "int":
    case "double":
      return "number";
    case "bool":
      return "boolean";
    case "string_list":
      return "readonly string[]";
    case "string_map":
      return "Readonly<Record<string, string>>";
    case "json":
      return "unknown";
  }
}

/** Text for a JSDoc comment: `*\/` neutralised, trailing blank lines dropped. */
export function docText(lines: readonly string[]): string {
  const safe = lines
    .flatMap((line) => line.split("\n"))
    .map((line) => line.replace(/\*\//g, "*\\/").trimEnd());
  while (safe.length > 0 && safe[safe.length - 1] === "") safe.pop();
  return safe.join("\n");
}

/** The doc lines of one payload field (its description when the document has prose). */
export function payloadFieldDoc(field: PayloadFieldDoc): string {
  const lines = field.description === undefined ? [] : [field.description];
  if (field.type === "timestamp") lines.push("RFC 3339 UTC timestamp (int milliseconds in CEL).");
  if (field.type === "int") lines.push("A whole number.");
  if (field.minimum !== undefined) lines.push(`@minimum ${field.minimum}`);
  if (field.optional === true) lines.push("Optional: absent reads as the zero value in triggers.");
  return docText(lines);
}

/** One readonly interface for one event type's payload, fields sorted. */
export function payloadInterface(event: EventDefinitionDoc): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: payloadTypeName(event.event_type),
    isExported: true,
    docs: [
      docText([
        `${event.title} (${event.id}, \`${event.event_type}\`).`,
        ...(event.description === undefined ? [] : ["", event.description]),
      ]),
    ],
    properties: Object.keys(event.payload)
      .sort()
      .map((key) => {
        const field = event.payload[key] as PayloadFieldDoc;
        const doc = payloadFieldDoc(field);
        return {
          name: key,
          type: payloadFieldType(field),
          isReadonly: true,
          hasQuestionToken: field.optional === true,
          docs: doc === "" ? [] : [doc],
        };
      }),
  };
}

/** The `EventPayloads` map: event type -> payload interface. */
export function eventPayloadsMap(
  events: readonly EventDefinitionDoc[],
): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: "EventPayloads",
    isExported: true,
    docs: ["The typed payload of every event type in the catalog, by event type."],
    properties: events.map((event) => ({
      name: JSON.stringify(event.event_type),
      type: payloadTypeName(event.event_type),
      isReadonly: true,
    })),
  };
}
