import type { LoadedEvent } from "@handshake/sap-core";

/**
 * Resolves the event_type a runtime envelope carries to a catalog event
 * (registry/events, `runtime:` blocks):
 *
 * - a dotted Display name (`session.created`, what the API and the DuckDB
 *   store write) is the catalog's event_type;
 * - a serde snake_case name (`session_spawn_announce_back`, what the debug
 *   bundle's trace.jsonl writes) is a catalog event's `runtime.type_name`;
 * - a record type (`runtime.record_type`, or for such an event its
 *   `runtime.type_name`: `system` both ways) names the catalog events the
 *   runtime records under it, told apart by `payload.type`, or, for a record
 *   whose payload has no `type`, by the values in `runtime.payload_match`
 *   (the first catalog event, in catalog order, whose values all match).
 *
 * Anything else is one of the runtime's other event types, which the engine
 * skips (and counts).
 */
export class RuntimeTypes {
  readonly #byName = new Map<string, LoadedEvent>();
  readonly #byRecordType = new Map<string, Map<string, LoadedEvent>>();
  readonly #matchedByRecordType = new Map<string, LoadedEvent[]>();

  constructor(events: Iterable<LoadedEvent>) {
    const all = [...events];
    for (const event of all) this.#byName.set(event.event_type, event);
    for (const event of all) {
      const runtime = event.runtime;
      if (runtime === undefined) continue;
      // An event recorded under a record type (`system`) shares its serde
      // name with every other event of that type: only payload.type tells.
      if (runtime.record_type === undefined) {
        if (!this.#byName.has(runtime.type_name)) this.#byName.set(runtime.type_name, event);
      } else {
        // trace.jsonl writes the record type's serde name, which is type_name.
        for (const recordType of new Set([runtime.record_type, runtime.type_name])) {
          let byPayloadType = this.#byRecordType.get(recordType);
          if (byPayloadType === undefined) {
            byPayloadType = new Map();
            this.#byRecordType.set(recordType, byPayloadType);
          }
          byPayloadType.set(event.event_type, event);
          if (runtime.payload_match !== undefined) {
            const matched = this.#matchedByRecordType.get(recordType) ?? [];
            this.#matchedByRecordType.set(recordType, [...matched, event]);
          }
        }
      }
    }
  }

  /** The catalog event of an envelope event_type and payload, or undefined for a type the catalog does not know. */
  resolve(eventType: string, payload: Readonly<Record<string, unknown>>): LoadedEvent | undefined {
    const named = this.#byName.get(eventType);
    if (named !== undefined) return named;
    const byPayloadType = this.#byRecordType.get(eventType);
    if (byPayloadType === undefined) return undefined;
    const type = payload.type;
    if (typeof type === "string") return byPayloadType.get(type);
    return this.#matchedByRecordType
      .get(eventType)
      ?.find((event) =>
        Object.entries(event.runtime?.payload_match ?? {}).every(
          ([field, value]) => Object.hasOwn(payload, field) && payload[field] === value,
        ),
      );
  }

  /**
   * Whether an envelope event_type may carry a catalog event: a name the
   * catalog knows, or a record type (whose payload says which event it is).
   */
  mayCarry(eventType: string): boolean {
    return this.#byName.has(eventType) || this.#byRecordType.has(eventType);
  }
}
