/**
 * How the engine reads each event: `native` (the registry's envelope with
 * `session_id`), `runtime` (the runtime's FlightRecorderEvent envelope), or
 * `auto`, decided per event by `isRuntimeEnvelope`.
 */
export type EventForm = "auto" | "native" | "runtime";

/**
 * Whether an event object is the runtime's FlightRecorderEvent envelope: it
 * names no `session_id` (absent or null) and carries one of the fields only
 * that envelope has (`trace_id`, `actor`, `actor_id`, `model_session_id`,
 * `wsids`). Every event that reads as a native envelope today has a
 * `session_id` string, so it stays native.
 */
export function isRuntimeEnvelope(value: Record<string, unknown>): boolean {
  const session = value.session_id;
  if (session !== undefined && session !== null) return false;
  return (
    value.trace_id !== undefined ||
    value.actor !== undefined ||
    value.actor_id !== undefined ||
    value.model_session_id !== undefined ||
    value.wsids !== undefined
  );
}
