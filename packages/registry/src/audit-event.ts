import type { EventPayloads, EventType } from "./generated/events.js";

/**
 * One audit event in the runtime's envelope, typed by its event type. With a
 * union of event types it is the union of their envelopes, so checking
 * `event.event_type` narrows `event.payload`.
 */
export type AuditEvent<T extends EventType = EventType> = T extends EventType
  ? {
      readonly event_id: string;
      readonly event_type: T;
      /** RFC 3339 UTC, at most millisecond precision. */
      readonly timestamp: string;
      readonly session_id: string;
      readonly payload: EventPayloads[T];
    }
  : never;
