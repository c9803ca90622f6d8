import type { LoadedEvent } from "@handshake/sap-core";

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text;
}

/**
 * The runtime repeats its event type and FR id inside every payload it
 * validates (`"type": "session.created", "event_id": "FR-EVT-SESS-001"`).
 * An echo checks them against the catalog event (type = event_type; event_id
 * one of `runtime.payload_ids`, by default the catalog id) and removes them
 * before the payload is checked against the catalog. A field the catalog
 * itself declares under either name is left alone.
 */
export class PayloadEcho {
  readonly eventType: string;
  readonly #payloadIds: ReadonlySet<string>;
  readonly #stripType: boolean;
  readonly #stripId: boolean;

  constructor(event: LoadedEvent) {
    this.eventType = event.event_type;
    this.#payloadIds = new Set(event.runtime?.payload_ids ?? [event.id]);
    this.#stripType = event.payload.type === undefined;
    this.#stripId = event.payload.event_id === undefined;
  }

  /**
   * The payload without its echoed `type` and `event_id` (the same object
   * when it has neither), or the mismatch as text naming both values.
   */
  strip(payload: Readonly<Record<string, unknown>>): Record<string, unknown> | string {
    const type = this.#stripType ? payload.type : undefined;
    const id = this.#stripId ? payload.event_id : undefined;
    const hasType = type !== undefined && type !== null;
    const hasId = id !== undefined && id !== null;
    if (hasType && type !== this.eventType) {
      return `payload.type ${show(type)} does not match the event type ${this.eventType}`;
    }
    if (hasId && (typeof id !== "string" || !this.#payloadIds.has(id))) {
      return `payload.event_id ${show(id)} does not match ${this.eventType}, whose runtime id is ${[...this.#payloadIds].join(" or ")}`;
    }
    if (!(this.#stripType && "type" in payload) && !(this.#stripId && "event_id" in payload)) {
      return payload as Record<string, unknown>;
    }
    const out: Record<string, unknown> = {};
    for (const key in payload) {
      if ((key === "type" && this.#stripType) || (key === "event_id" && this.#stripId)) continue;
      out[key] = payload[key];
    }
    return out;
  }
}
