import type { LoadedEvent, LoadedRegistry } from "@handshake/sap-core";
import { celObject, payloadToCel, payloadValueToCel } from "@handshake/sap-core";
import { parseTimestamp } from "../input/timestamp.js";

type Kind = "copy" | "convert" | "timestamp";

interface FieldPlan {
  readonly name: string;
  readonly kind: Kind;
  readonly type: Parameters<typeof payloadValueToCel>[0];
  /** The CEL zero value of the field's type (what an absent optional field reads as). */
  readonly zero: unknown;
}

interface PayloadPlan {
  readonly proto: object;
  readonly fields: readonly FieldPlan[];
}

/**
 * Builds the CEL values of events for the trigger environment of core, on the
 * hot path: an instance of core's registered Event class holding an instance
 * of the event type's payload class (so cel-js reads them directly), with the
 * same field values as `celObject(registry, "Event", ...)` and
 * `payloadToCel` give (ints and timestamps as bigint through core's own
 * `payloadValueToCel`, absent fields as zero values), minus the per-field
 * closures. A test checks the two agree on every example event.
 */
export class CelEventBuilder {
  readonly #eventProto: object;
  readonly #windowProto: object;
  readonly #plans = new Map<string, PayloadPlan>();

  constructor(registry: LoadedRegistry) {
    this.#eventProto = Object.getPrototypeOf(celObject(registry, "Event", {})) as object;
    this.#windowProto = Object.getPrototypeOf(celObject(registry, "Window", {})) as object;
    for (const event of registry.events.values()) this.#plans.set(event.event_type, plan(event));
  }

  /** The CEL `event` for a validated envelope. */
  event(
    eventId: string,
    eventType: string,
    timeMs: number,
    sessionId: string,
    payload: Readonly<Record<string, unknown>>,
  ): unknown {
    const event = Object.create(this.#eventProto) as Record<string, unknown>;
    event.event_id = eventId;
    event.event_type = eventType;
    event.time_ms = BigInt(timeMs);
    event.session_id = sessionId;
    event.payload = this.payload(eventType, payload);
    return event;
  }

  /** The CEL `window` of a completed window (environment.yaml, Window). */
  window(
    key: string,
    count: number,
    distinct: number,
    firstMs: number,
    lastMs: number,
    spanMs: number,
  ): unknown {
    const w = Object.create(this.#windowProto) as Record<string, unknown>;
    w.key = key;
    w.count = BigInt(count);
    w.distinct = BigInt(distinct);
    w.first_ms = BigInt(firstMs);
    w.last_ms = BigInt(lastMs);
    w.span_ms = BigInt(spanMs);
    return w;
  }

  /** The CEL payload of a validated payload of a catalog event type. */
  payload(eventType: string, payload: Readonly<Record<string, unknown>>): unknown {
    const p = this.#plans.get(eventType);
    if (p === undefined) throw new Error(`unknown event type ${eventType}`);
    const out = Object.create(p.proto) as Record<string, unknown>;
    for (const f of p.fields) {
      const v = payload[f.name];
      out[f.name] =
        v === undefined || v === null
          ? f.zero
          : f.kind === "copy"
            ? v
            : f.kind === "timestamp"
              ? timestampToCel(v)
              : payloadValueToCel(f.type, v);
    }
    return out;
  }
}

/**
 * A validated timestamp field as CEL int milliseconds, read by the engine's
 * own parser (offsets, up to 9 fraction digits, sub-millisecond part floored),
 * the same reading as the envelope's timestamp.
 */
function timestampToCel(value: unknown): unknown {
  const ms = typeof value === "string" ? parseTimestamp(value) : undefined;
  return ms === undefined ? payloadValueToCel("timestamp", value) : BigInt(ms);
}

function plan(event: LoadedEvent): PayloadPlan {
  const proto = Object.getPrototypeOf(payloadToCel(event, {})) as object;
  const fields = Object.entries(event.payload).flatMap(([name, field]): FieldPlan[] => {
    if (!field || field.type === "json") return [];
    const kind: Kind =
      field.type === "timestamp"
        ? "timestamp"
        : field.type === "int" || field.type === "double"
          ? "convert"
          : "copy";
    return [{ name, kind, type: field.type, zero: payloadValueToCel(field.type, undefined) }];
  });
  return { proto, fields };
}
