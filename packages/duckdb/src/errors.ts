import { RUNTIME_EVENTS_TABLE, RUNTIME_EVENTS_TABLE_SOURCE } from "./runtime-schema.js";

/** Every error code the reader raises. */
export type FlightRecorderDuckDbErrorCode =
  | "SAP_DUCKDB_NOT_DUCKDB"
  | "SAP_DUCKDB_OPEN_FAILED"
  | "SAP_DUCKDB_LOCKED"
  | "SAP_DUCKDB_NO_EVENTS_TABLE"
  | "SAP_DUCKDB_MISSING_COLUMN"
  | "SAP_DUCKDB_PAYLOAD_NOT_JSON"
  | "SAP_DUCKDB_WSIDS_INVALID"
  | "SAP_DUCKDB_TIMESTAMP_INVALID";

/** The base class: `code` tells the cases apart, `path` names the database file. */
export class FlightRecorderDuckDbError extends Error {
  readonly code: FlightRecorderDuckDbErrorCode;
  readonly path: string;

  constructor(
    code: FlightRecorderDuckDbErrorCode,
    path: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.path = path;
  }
}

/** The file does not carry DuckDB's magic bytes ("DUCK" at byte offset 8). */
export class NotDuckDbFileError extends FlightRecorderDuckDbError {
  constructor(path: string) {
    super(
      "SAP_DUCKDB_NOT_DUCKDB",
      path,
      `${path} is not a DuckDB database (no "DUCK" at byte 8); the runtime's Flight Recorder store is <data dir>/flight_recorder.db`,
    );
  }
}

/** DuckDB refused to open the file read-only (for example a storage version it cannot read). */
export class DuckDbOpenError extends FlightRecorderDuckDbError {
  constructor(path: string, cause: unknown) {
    super("SAP_DUCKDB_OPEN_FAILED", path, `cannot open ${path} read-only: ${causeMessage(cause)}`, {
      cause,
    });
  }
}

/** Another process (a running runtime) holds the database's write lock. */
export class DuckDbLockedError extends FlightRecorderDuckDbError {
  constructor(path: string, cause: unknown) {
    super(
      "SAP_DUCKDB_LOCKED",
      path,
      `${path} is locked by another process (a running runtime keeps its Flight Recorder open for writing): stop the runtime, or copy the file (with its .wal, if any) and read the copy. DuckDB says: ${causeMessage(cause)}`,
      { cause },
    );
  }
}

/** The database has no table (or view) `events` in its main schema. */
export class NoEventsTableError extends FlightRecorderDuckDbError {
  constructor(path: string) {
    super(
      "SAP_DUCKDB_NO_EVENTS_TABLE",
      path,
      `${path} has no table events: it is not a Flight Recorder store. The runtime creates it in ${RUNTIME_EVENTS_TABLE_SOURCE}:\n${RUNTIME_EVENTS_TABLE}`,
    );
  }
}

/** The `events` table lacks a column of the runtime's envelope. */
export class MissingColumnError extends FlightRecorderDuckDbError {
  /** The first missing column, in envelope order. */
  readonly column: string;
  /** Every missing column, in envelope order. */
  readonly columns: readonly string[];

  constructor(path: string, columns: readonly string[]) {
    const names = columns.join(", ");
    super(
      "SAP_DUCKDB_MISSING_COLUMN",
      path,
      `table events in ${path} has no column ${names}; the runtime creates it in ${RUNTIME_EVENTS_TABLE_SOURCE}:\n${RUNTIME_EVENTS_TABLE}`,
    );
    this.column = columns[0] ?? "";
    this.columns = columns;
  }
}

/** Something wrong with one row's value: names the row's event_id and its position. */
export class RowError extends FlightRecorderDuckDbError {
  readonly eventId: string | null;
  /** 1-based position of the row in timestamp, event_id order. */
  readonly row: number;

  constructor(
    code: FlightRecorderDuckDbErrorCode,
    path: string,
    eventId: string | null,
    row: number,
    message: string,
    options?: ErrorOptions,
  ) {
    super(code, path, message, options);
    this.eventId = eventId;
    this.row = row;
  }
}

/** A row's `payload` is not JSON (possible in a table whose payload column is TEXT). */
export class PayloadNotJsonError extends RowError {
  constructor(path: string, eventId: string | null, row: number, cause: unknown) {
    super(
      "SAP_DUCKDB_PAYLOAD_NOT_JSON",
      path,
      eventId,
      row,
      `event ${eventId ?? "(event_id NULL)"} (row ${row} in time order) in ${path}: payload is not JSON: ${causeMessage(cause)}`,
      { cause },
    );
  }
}

/** A row's `wsids` is neither NULL, JSON null nor a JSON array of strings. */
export class WsidsInvalidError extends RowError {
  constructor(path: string, eventId: string | null, row: number, detail: string) {
    super(
      "SAP_DUCKDB_WSIDS_INVALID",
      path,
      eventId,
      row,
      `event ${eventId ?? "(event_id NULL)"} (row ${row} in time order) in ${path}: wsids ${detail}; the runtime writes null or a JSON array of strings`,
    );
  }
}

/** A row's timestamp cannot be written as an RFC 3339 date-time. */
export class TimestampInvalidError extends RowError {
  constructor(path: string, eventId: string | null, row: number, text: string) {
    super(
      "SAP_DUCKDB_TIMESTAMP_INVALID",
      path,
      eventId,
      row,
      `event ${eventId ?? "(event_id NULL)"} (row ${row} in time order) in ${path}: timestamp ${JSON.stringify(text)} is not an RFC 3339 date-time with an offset (the runtime's column is TIMESTAMPTZ)`,
    );
  }
}

export function causeMessage(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
