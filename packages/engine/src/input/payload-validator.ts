import type { PayloadField } from "@handshake/sap-core";
import type { SessionSource } from "./envelope.js";
import { parseTimestamp } from "./timestamp.js";

/** The catalog's description of one payload field (registry/events/*.yaml). */
export interface PayloadFieldSpec {
  readonly type: PayloadField["type"];
  readonly optional?: boolean | undefined;
  readonly enum?: readonly string[] | undefined;
  readonly minimum?: number | undefined;
}

/** The catalog's description of one event type. */
export interface EventSpec {
  readonly event_type: string;
  readonly session_field?: string | undefined;
  readonly payload: { readonly [field: string]: PayloadFieldSpec | undefined };
}

interface CompiledField {
  readonly name: string;
  readonly type: PayloadFieldSpec["type"];
  readonly optional: boolean;
  readonly allowed: ReadonlySet<string> | undefined;
  readonly minimum: number | undefined;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Checks payloads of one event type against the catalog (SEMANTICS.md, Input):
 * required fields present (`null` reads as absent), no unknown field, declared
 * types (int fields whole), enum and minimum, lists and maps no longer than
 * the limit, and the session field equal to the event's session: the native
 * envelope's session_id, or the runtime envelope's model_session_id when the
 * payload names a session too. Returns the first problem as text, or
 * undefined. Built once per event type; no allocation when the payload is valid.
 */
export class PayloadValidator {
  readonly eventType: string;
  readonly #fields: readonly CompiledField[];
  readonly #known: ReadonlySet<string>;
  readonly #sessionField: string | undefined;
  readonly #maxItems: number;

  constructor(spec: EventSpec, maxItems: number) {
    this.eventType = spec.event_type;
    this.#fields = Object.entries(spec.payload).flatMap(([name, f]) =>
      f
        ? [
            {
              name,
              type: f.type,
              optional: f.optional === true,
              allowed: f.enum ? new Set(f.enum) : undefined,
              minimum: f.minimum,
            },
          ]
        : [],
    );
    this.#known = new Set(this.#fields.map((f) => f.name));
    this.#sessionField = spec.session_field;
    this.#maxItems = maxItems;
  }

  problem(
    payload: Record<string, unknown>,
    sessionId: string,
    sessionFrom: SessionSource = "session_id",
  ): string | undefined {
    for (const key in payload) {
      if (!this.#known.has(key)) {
        return `payload.${key} is not a field of ${this.eventType} (fields: ${[...this.#known].join(", ")})`;
      }
    }
    for (const field of this.#fields) {
      const value = payload[field.name];
      if (value === undefined || value === null) {
        if (field.optional) continue;
        return value === null
          ? `payload.${field.name} is required for ${this.eventType} and may not be null`
          : `payload.${field.name} is required for ${this.eventType}`;
      }
      const problem = this.#valueProblem(field, value);
      if (problem !== undefined) return `payload.${field.name}: ${problem}`;
    }
    if (this.#sessionField !== undefined) {
      const owner = payload[this.#sessionField];
      // A runtime envelope may name its session in the payload alone, or
      // (when the field is optional and absent) through its job.
      const absent = owner === undefined || owner === null;
      if (owner !== sessionId && !(sessionFrom !== "session_id" && absent)) {
        return `payload.${this.#sessionField} ${show(owner)} must equal the envelope ${sessionFrom === "model_session_id" ? "model_session_id" : "session_id"} ${show(sessionId)}`;
      }
    }
    return undefined;
  }

  #valueProblem(field: CompiledField, value: unknown): string | undefined {
    switch (field.type) {
      case "string":
        if (typeof value !== "string") return `expected a string, got ${show(value)}`;
        if (field.allowed && !field.allowed.has(value)) {
          return `${show(value)} is not one of ${[...field.allowed].join(", ")}`;
        }
        return undefined;
      case "int":
        if (typeof value !== "number" || !Number.isSafeInteger(value)) {
          return `expected a whole number (int), got ${show(value)}`;
        }
        break;
      case "double":
        if (typeof value !== "number" || !Number.isFinite(value)) {
          return `expected a number, got ${show(value)}`;
        }
        break;
      case "bool":
        return typeof value === "boolean"
          ? undefined
          : `expected true or false, got ${show(value)}`;
      case "timestamp":
        return typeof value === "string" && parseTimestamp(value) !== undefined
          ? undefined
          : `expected an RFC 3339 timestamp like 2026-03-01T10:00:00.000Z or 2026-03-01T12:00:00.123456+02:00, got ${show(value)}`;
      case "string_list": {
        if (!Array.isArray(value)) return `expected a list of strings, got ${show(value)}`;
        if (value.length > this.#maxItems) {
          return `${value.length} items is over the limit of ${this.#maxItems} (limits.max_payload_list_items)`;
        }
        for (let i = 0; i < value.length; i++) {
          if (typeof value[i] !== "string") return `item ${i} is not a string: ${show(value[i])}`;
        }
        return undefined;
      }
      case "json":
        // Kept as recorded, never read by a trigger: any JSON value.
        return undefined;
      case "string_map": {
        if (value === null || typeof value !== "object" || Array.isArray(value)) {
          return `expected an object of strings, got ${show(value)}`;
        }
        let n = 0;
        for (const key in value as Record<string, unknown>) {
          if (++n > this.#maxItems) {
            return `more than ${this.#maxItems} entries (limits.max_payload_list_items)`;
          }
          if (typeof (value as Record<string, unknown>)[key] !== "string") {
            return `entry ${show(key)} is not a string`;
          }
        }
        return undefined;
      }
    }
    if (field.minimum !== undefined && (value as number) < field.minimum) {
      return `${show(value)} is below the minimum ${field.minimum}`;
    }
    return undefined;
  }
}
