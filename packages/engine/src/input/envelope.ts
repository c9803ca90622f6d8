import { parseTimestamp } from "./timestamp.js";

/**
 * One audit event as the engine evaluates it, read from either envelope form
 * and checked (payload not yet checked against the catalog).
 */
export interface Envelope {
  eventId: string;
  /** A catalog event_type. */
  eventType: string;
  /** The session the event is attributed to (native: `session_id`; runtime: see runtime-event.ts). */
  sessionId: string;
  /**
   * Where `sessionId` came from: the native envelope's `session_id`, the
   * runtime envelope's `model_session_id`, or (runtime) the payload's session
   * field or the event's job.
   */
  sessionFrom: SessionSource;
  timestamp: string;
  /** `timestamp` in milliseconds since the epoch. */
  time: number;
  payload: Record<string, unknown>;
}

/** Where an event's session came from (see `Envelope.sessionFrom`). */
export type SessionSource = "session_id" | "model_session_id" | "payload";

/** Why a value is not an envelope, with what could be read of it. */
export interface EnvelopeProblem {
  readonly message: string;
  readonly eventId?: string;
  readonly eventType?: string;
  readonly sessionId?: string;
}

/** A JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An envelope to fill with `readEnvelope` (one per engine, reused for every event). */
export function emptyEnvelope(): Envelope {
  return {
    eventId: "",
    eventType: "",
    sessionId: "",
    sessionFrom: "session_id",
    timestamp: "",
    time: 0,
    payload: {},
  };
}

/**
 * Reads the native envelope `{event_id, event_type, timestamp, session_id,
 * payload}` into `out` (unknown top-level fields are ignored). Returns the problem, or undefined
 * when `out` holds the event.
 */
export function readEnvelope(value: unknown, out: Envelope): EnvelopeProblem | undefined {
  if (!isRecord(value)) {
    return {
      message:
        "an event must be a JSON object with event_id, event_type, timestamp, session_id and payload",
    };
  }
  const eventId = value.event_id;
  const eventType = value.event_type;
  const timestamp = value.timestamp;
  const sessionId = value.session_id;
  const payload = value.payload;
  if (typeof eventId !== "string" || eventId === "") {
    return { message: "event_id must be a non-empty string" };
  }
  if (typeof eventType !== "string") {
    return { message: "event_type must be a string", eventId };
  }
  if (typeof sessionId !== "string" || sessionId === "") {
    return { message: "session_id must be a non-empty string", eventId, eventType };
  }
  const time = typeof timestamp === "string" ? parseTimestamp(timestamp) : undefined;
  if (time === undefined) {
    return {
      message: `timestamp ${JSON.stringify(timestamp)} is not an RFC 3339 time (2026-03-01T10:00:00.000Z, 2026-03-01T12:00:00.123456+02:00)`,
      eventId,
      eventType,
      sessionId,
    };
  }
  if (!isRecord(payload)) {
    return { message: "payload must be a JSON object", eventId, eventType, sessionId };
  }
  out.eventId = eventId;
  out.eventType = eventType;
  out.sessionId = sessionId;
  out.sessionFrom = "session_id";
  out.timestamp = timestamp as string;
  out.time = time;
  out.payload = payload;
  return undefined;
}
