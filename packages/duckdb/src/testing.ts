import { ENVELOPE_COLUMNS, RUNTIME_EVENTS_TABLE } from "./runtime-schema.js";

/**
 * An event as the runtime holds it before `insert_event` (src/flight_recorder/duckdb.rs):
 * the `FlightRecorderEvent` fields, optional ones absent or null, `timestamp` as
 * `DateTime::to_rfc3339()` writes it (`2026-06-22T10:00:00.123456+00:00`).
 */
export interface RuntimeEnvelope {
  readonly event_id: string;
  readonly trace_id: string;
  readonly timestamp: string;
  readonly actor: string;
  readonly actor_id: string;
  readonly event_type: string;
  readonly job_id?: string | null;
  readonly workflow_id?: string | null;
  readonly model_id?: string | null;
  readonly model_session_id?: string | null;
  readonly wsids?: readonly string[];
  readonly activity_span_id?: string | null;
  readonly session_span_id?: string | null;
  readonly capability_id?: string | null;
  readonly policy_decision_id?: string | null;
  readonly payload: unknown;
}

/** Options of {@link createRuntimeDuckDb}. */
export interface CreateOptions {
  /** The table statement (default: the runtime's, {@link RUNTIME_EVENTS_TABLE}). */
  readonly createTable?: string;
  /** Statements run after the inserts (to build a broken table on purpose). */
  readonly afterInsert?: readonly string[];
}

/** The column values `insert_event` binds for one event, in {@link ENVELOPE_COLUMNS} order. */
export function insertValues(event: RuntimeEnvelope): (string | null)[] {
  const wsids = event.wsids ?? [];
  return ENVELOPE_COLUMNS.map((column) => {
    switch (column) {
      case "payload":
        return JSON.stringify(event.payload);
      // insert_event: an empty list is stored as JSON null, not [].
      case "wsids":
        return JSON.stringify(wsids.length === 0 ? null : wsids);
      default:
        return (event[column] as string | null | undefined) ?? null;
    }
  });
}

/**
 * For tests and fixtures: creates a DuckDB file at `path` with the runtime's `events` table
 * and inserts `events` the way the runtime's `insert_event` does (payload and wsids serialized
 * to JSON text, empty wsids as JSON `null`, the RFC 3339 timestamp bound as text into the
 * TIMESTAMPTZ column, absent optional fields NULL). Opens the file for writing; never point it
 * at a runtime's store.
 */
export async function createRuntimeDuckDb(
  path: string,
  events: Iterable<RuntimeEnvelope>,
  options: CreateOptions = {},
): Promise<void> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    await connection.run(options.createTable ?? RUNTIME_EVENTS_TABLE);
    // Text values through a staging table, then one INSERT that casts them as binding text
    // parameters would (UUID, TIMESTAMPTZ, JSON): the appender is fast enough for 50k rows.
    // Only the columns the table has (a test may build a table that lacks one).
    const present = new Set(
      (
        await connection.runAndReadAll(
          "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = 'events'",
        )
      )
        .getRows()
        .map((r) => String(r[0])),
    );
    const columns = ENVELOPE_COLUMNS.filter((c) => present.has(c))
      .map((c) => `"${c}"`)
      .join(", ");
    await connection.run(
      `CREATE TEMP TABLE sap_staging (${ENVELOPE_COLUMNS.map((c) => `"${c}" VARCHAR`).join(", ")})`,
    );
    const appender = await connection.createAppender("sap_staging", "main", "temp");
    for (const event of events) {
      for (const value of insertValues(event)) {
        if (value === null) appender.appendNull();
        else appender.appendVarchar(value);
      }
      appender.endRow();
    }
    appender.closeSync();
    await connection.run(`INSERT INTO events (${columns}) SELECT ${columns} FROM temp.sap_staging`);
    await connection.run("DROP TABLE temp.sap_staging");
    for (const sql of options.afterInsert ?? []) await connection.run(sql);
    await connection.run("CHECKPOINT");
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
