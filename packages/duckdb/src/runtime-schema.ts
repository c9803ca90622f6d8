/**
 * The runtime's Flight Recorder table, as the Handshake runtime creates it.
 *
 * Source: Nuntissura/Handshake, src/backend/handshake_core/src/flight_recorder/duckdb.rs,
 * `DuckDbFlightRecorder::init_schema` (`CREATE TABLE IF NOT EXISTS events`), commit 6519f4e2.
 * This is the table's schema (a data format), quoted so that an error can show a user the
 * table the reader expects; `test/fixtures/runtime-events-table.sql` holds the same statement
 * and a test keeps the two identical.
 *
 * `init_schema` then runs `ALTER TABLE events ADD COLUMN IF NOT EXISTS <column> <type>` for each
 * of the sixteen columns (without NOT NULL), so a table it migrated from an older schema has the
 * same columns, possibly nullable and in another order: the reader selects columns by name and
 * reads a NULL as null.
 */
export const RUNTIME_EVENTS_TABLE = `CREATE TABLE IF NOT EXISTS events (
    event_id UUID PRIMARY KEY,
    trace_id UUID NOT NULL,
    timestamp TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    actor TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    job_id TEXT,
    workflow_id TEXT,
    model_id TEXT,
    model_session_id TEXT,
    activity_span_id TEXT,
    session_span_id TEXT,
    capability_id TEXT,
    policy_decision_id TEXT,
    wsids JSON,
    payload JSON NOT NULL
);`;

/** Where the runtime's statement lives, for messages. */
export const RUNTIME_EVENTS_TABLE_SOURCE =
  "src/backend/handshake_core/src/flight_recorder/duckdb.rs (DuckDbFlightRecorder::init_schema), Handshake commit 6519f4e2";

/**
 * The envelope's fields in `FlightRecorderEvent` order (src/flight_recorder/mod.rs); each is a
 * column of `events` with the same name.
 */
export const ENVELOPE_COLUMNS = [
  "event_id",
  "trace_id",
  "timestamp",
  "actor",
  "actor_id",
  "event_type",
  "job_id",
  "workflow_id",
  "model_id",
  "model_session_id",
  "wsids",
  "activity_span_id",
  "session_span_id",
  "capability_id",
  "policy_decision_id",
  "payload",
] as const;

export type EnvelopeColumn = (typeof ENVELOPE_COLUMNS)[number];
