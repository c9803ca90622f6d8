import { createHash } from "node:crypto";
import type { Instant, RuntimeEvent } from "./emitters.js";

/*
 * The ways the runtime's events leave it, written as the runtime writes them:
 *
 * - the DuckDB store (src/flight_recorder/duckdb.rs): rows of the `events`
 *   table; a reader casts TIMESTAMPTZ to VARCHAR (`2026-06-22 10:00:00.25+00`,
 *   microseconds, trailing zeros dropped);
 * - JSON Lines of envelopes with `+00:00` times (`to_rfc3339`: 0, 3, 6 or 9
 *   digits), for example `jq -c` over a dump, oldest first;
 * - the API (src/api/flight_recorder.rs `list_events`): a JSON array, newest
 *   first, at most 200, times through an f64 epoch (`EXTRACT(EPOCH FROM
 *   timestamp)`, duckdb.rs `decode_raw_event`), so usually 9 digits a few
 *   nanoseconds off the stored microsecond;
 * - a debug bundle's trace.jsonl (src/bundles/exporter.rs): serde's
 *   snake_case event types, `Z` times (chrono's serde), oldest first, lines
 *   joined by "\n", payloads replaced in SafeDefault and Workspace mode.
 */

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** `YYYY-MM-DDTHH:MM:SS` of the second an instant lies in. */
function datePart(ms: number): string {
  return new Date(ms - (((ms % 1000) + 1000) % 1000)).toISOString().slice(0, 19);
}

/** The nanoseconds of an instant within its second (0 to 999999999). */
function nanosOfSecond(at: Instant): number {
  const msOfSecond = ((at.ms % 1000) + 1000) % 1000;
  return msOfSecond * 1_000_000 + at.subNs;
}

/** chrono's AutoSi fraction: none, 3, 6 or 9 digits, the fewest that are exact. */
function autoSi(nanos: number): string {
  if (nanos === 0) return "";
  if (nanos % 1_000_000 === 0) return `.${pad(nanos / 1_000_000, 3)}`;
  if (nanos % 1000 === 0) return `.${pad(nanos / 1000, 6)}`;
  return `.${pad(nanos, 9)}`;
}

/** `DateTime<Utc>::to_rfc3339()`: `+00:00`, AutoSi digits. */
export function rfc3339(at: Instant): string {
  return `${datePart(at.ms)}${autoSi(nanosOfSecond(at))}+00:00`;
}

/** chrono's serde form of a `DateTime<Utc>`: `Z`, AutoSi digits. */
export function serdeTime(at: Instant): string {
  return `${datePart(at.ms)}${autoSi(nanosOfSecond(at))}Z`;
}

/** DuckDB's VARCHAR of a TIMESTAMPTZ: microseconds, trailing zeros dropped, `+00`. */
export function duckdbTime(at: Instant): string {
  const micros = Math.floor(nanosOfSecond(at) / 1000);
  const fraction = micros === 0 ? "" : `.${pad(micros, 6).replace(/0+$/, "")}`;
  return `${datePart(at.ms).replace("T", " ")}${fraction}+00`;
}

/**
 * The API's time: the stored microsecond read back through an f64 epoch and
 * written by `to_rfc3339` (here: a few nanoseconds below the microsecond,
 * never crossing a millisecond, as `as u32` truncation of `fract() * 1e9` does).
 */
export function apiTime(at: Instant): string {
  const micros = Math.floor(at.subNs / 1000);
  const subNs = micros > 0 ? micros * 1000 - 7 : at.subNs;
  return rfc3339({ ms: at.ms, subNs });
}

function envelope(e: RuntimeEvent, eventType: string, timestamp: string, payload: unknown) {
  return {
    event_id: e.event_id,
    trace_id: e.trace_id,
    timestamp,
    actor: e.actor,
    actor_id: e.actor_id,
    event_type: eventType,
    job_id: e.job_id,
    workflow_id: e.workflow_id,
    model_id: e.model_id,
    model_session_id: e.model_session_id,
    wsids: [...e.wsids],
    activity_span_id: e.activity_span_id,
    session_span_id: e.session_span_id,
    capability_id: e.capability_id,
    policy_decision_id: e.policy_decision_id,
    payload,
  };
}

/**
 * The envelope as `insert_event` (src/flight_recorder/duckdb.rs) binds it:
 * the time as `to_rfc3339()` writes it (every digit the clock gave), for
 * `createRuntimeDuckDb` (@handshake/sap-duckdb/testing).
 */
export function storedEnvelope(e: RuntimeEvent): Record<string, unknown> {
  return envelope(e, e.event_type, rfc3339(e.at), e.payload);
}

/** A DuckDB row as a reader yields it: payload and wsids parsed, timestamp as VARCHAR. */
export function duckdbRecord(e: RuntimeEvent): Record<string, unknown> {
  return envelope(e, e.event_type, duckdbTime(e.at), e.payload);
}

/** JSON Lines of envelopes, oldest first, times with `+00:00`. */
export function toFrJsonl(events: readonly RuntimeEvent[]): string {
  return `${events
    .map((e, i) => {
      // Every other event with nanoseconds (9 digits), the rest with microseconds (6).
      const at = i % 2 === 0 ? { ms: e.at.ms, subNs: e.at.subNs - (e.at.subNs % 1000) } : e.at;
      return JSON.stringify(envelope(e, e.event_type, rfc3339(at), e.payload));
    })
    .join("\n")}\n`;
}

/** The `GET /flight_recorder` body: newest first (ties as given), two-space indented. */
export function toApiArray(events: readonly RuntimeEvent[]): string {
  const newestFirst = [...events].reverse();
  return `${JSON.stringify(
    newestFirst.map((e) => envelope(e, e.event_type, apiTime(e.at), e.payload)),
    null,
    2,
  )}\n`;
}

export type RedactionMode = "FullLocal" | "SafeDefault" | "Workspace";

/** A debug bundle's trace.jsonl in the given redaction mode. */
export function toTrace(events: readonly RuntimeEvent[], mode: RedactionMode): string {
  return events
    .map((e) => {
      const json = JSON.stringify(e.payload);
      const payload =
        mode === "FullLocal"
          ? e.payload
          : mode === "SafeDefault"
            ? `[REDACTED:payload_hash:${createHash("sha256").update(json).digest("hex")}]`
            : [...json].slice(0, 500).join("");
      return JSON.stringify(envelope(e, e.serdeType, serdeTime(e.at), payload));
    })
    .join("\n");
}
