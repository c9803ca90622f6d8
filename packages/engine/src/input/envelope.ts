import { parseTimestamp } from "./timestamp.js";

/** The runtime's envelope of one audit event, read and checked (payload not yet checked). */
export interface Envelope {
  eventId: string;
  eventType: string;
  sessionId: string;
  timestamp: string;
  /** `timestamp` in milliseconds since the epoch. */
  time: number;
  payload: Record<string, unknown>;
}

/** Why a value is not an envelope, with what could be read of it. */
export interface EnvelopeProblem {
  readonly message: string;
  readonly eventId?: string;
  readonly eventType?: string;
  readonly sessionId?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An envelope to fill with `readEnvelope` (one per engine, reused for every event). */
export function emptyEnvelope(): Envelope {
  return { eventId: "", eventType: "", sessionId: "", timestamp: "", time: 0, payload: {} };
}

/**
 * Reads `{event_id, event_type, timestamp, session_id, payload}` into `out`
 * (unknown top-level fields are ignored). Returns the problem, or undefined
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
      message: `timestamp ${JSON.stringify(timestamp)} is not an RFC 3339 UTC time with at most milliseconds (2026-03-01T10:00:00.000Z)`,
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
  out.timestamp = timestamp as string;
  out.time = time;
  out.payload = payload;
  return undefined;
}
