import type { EnvelopeProblem } from "./envelope.js";
import { isRecord } from "./envelope.js";
import { parseRuntimeTimestamp } from "./timestamp.js";

/**
 * The runtime's FlightRecorderEvent envelope (src/flight_recorder/mod.rs), as
 * far as the engine reads it. Absent, `null` and `""` optional fields are all
 * `""`. The other envelope fields (actor, actor_id, workflow_id, model_id,
 * wsids, spans, capability_id, policy_decision_id, and any extra field) are
 * kept in the record and ignored.
 */
export interface RuntimeEnvelope {
  eventId: string;
  traceId: string;
  /** As written: a Display name (`session.created`), a serde name (`session_created`) or a record type (`system`). */
  eventType: string;
  timestamp: string;
  /** `timestamp` in milliseconds since the epoch, sub-millisecond part floored. */
  time: number;
  jobId: string;
  modelSessionId: string;
  /** A JSON object, or the string a debug bundle writes in place of a redacted payload. */
  payload: Record<string, unknown> | string;
}

/** An envelope to fill with `readRuntimeEnvelope` (one per engine, reused). */
export function emptyRuntimeEnvelope(): RuntimeEnvelope {
  return {
    eventId: "",
    traceId: "",
    eventType: "",
    timestamp: "",
    time: 0,
    jobId: "",
    modelSessionId: "",
    payload: {},
  };
}

/** An optional string field: the string, `""` when absent or null, undefined when of another type. */
function optionalString(value: unknown): string | undefined {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : undefined;
}

/**
 * Reads `{event_id, trace_id, timestamp, event_type, job_id?,
 * model_session_id?, payload, ...}` into `out`. Returns the problem, or
 * undefined when `out` holds the event. The timestamp may be RFC 3339 (`Z` or
 * an offset, 0 to 9 fraction digits) or DuckDB's text form of a TIMESTAMPTZ.
 */
export function readRuntimeEnvelope(
  value: Record<string, unknown>,
  out: RuntimeEnvelope,
): EnvelopeProblem | undefined {
  const eventId = value.event_id;
  const eventType = value.event_type;
  const traceId = value.trace_id;
  const timestamp = value.timestamp;
  const payload = value.payload;
  if (typeof eventId !== "string" || eventId === "") {
    return { message: "event_id must be a non-empty string" };
  }
  if (typeof eventType !== "string" || eventType === "") {
    return { message: "event_type must be a non-empty string", eventId };
  }
  if (typeof traceId !== "string" || traceId === "") {
    return {
      message: "trace_id must be a non-empty string (a runtime envelope always has one)",
      eventId,
      eventType,
    };
  }
  const jobId = optionalString(value.job_id);
  if (jobId === undefined)
    return { message: "job_id must be a string or null", eventId, eventType };
  const modelSessionId = optionalString(value.model_session_id);
  if (modelSessionId === undefined) {
    return { message: "model_session_id must be a string or null", eventId, eventType };
  }
  const time = typeof timestamp === "string" ? parseRuntimeTimestamp(timestamp) : undefined;
  if (time === undefined) {
    return {
      message: `timestamp ${JSON.stringify(timestamp)} is not an RFC 3339 time (2026-06-22T10:00:00.123456+00:00) or DuckDB's TIMESTAMPTZ text (2026-06-22 10:00:00.123456+00)`,
      eventId,
      eventType,
    };
  }
  if (!isRecord(payload) && typeof payload !== "string") {
    return { message: "payload must be a JSON object", eventId, eventType };
  }
  out.eventId = eventId;
  out.eventType = eventType;
  out.traceId = traceId;
  out.timestamp = timestamp as string;
  out.time = time;
  out.jobId = jobId;
  out.modelSessionId = modelSessionId;
  out.payload = payload;
  return undefined;
}
