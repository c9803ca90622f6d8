import type { Param, PayloadField } from "../generated/schema-types.js";

/** CEL type of a payload field: timestamps are int milliseconds. */
export function payloadCelType(type: PayloadField["type"]): string {
  switch (type) {
    case "int":
    case "timestamp":
      return "int";
    case "string_list":
      return "list<string>";
    case "string_map":
      return "map<string, string>";
    default:
      return type;
  }
}

/** CEL type of a param: durations are int milliseconds. */
export function paramCelType(type: Param["type"]): string {
  switch (type) {
    case "duration":
      return "int";
    case "string_list":
      return "list<string>";
    default:
      return type;
  }
}

/** The CEL type name registered for an event type's payload, e.g. `Payload_session_spawn_requested`. */
export function payloadTypeName(eventType: string): string {
  return `Payload_${eventType.replace(/\./g, "_")}`;
}

/** The message type names a CEL type string refers to (`list<ConsentReceipt>` -> ConsentReceipt). */
export function referencedTypeNames(celType: string): string[] {
  return (celType.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).filter((name) => /^[A-Z]/.test(name));
}
