import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection, DuckDBDataChunk, DuckDBInstance } from "@duckdb/node-api";
import {
  causeMessage,
  DuckDbLockedError,
  DuckDbOpenError,
  MissingColumnError,
  NoEventsTableError,
  NotDuckDbFileError,
  PayloadNotJsonError,
  TimestampInvalidError,
  WsidsInvalidError,
} from "./errors.js";
import { isDuckDbFile } from "./magic.js";
import { ENVELOPE_COLUMNS } from "./runtime-schema.js";

/** A JSON value as `JSON.parse` returns it. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/**
 * One row of the runtime's `events` table in its `FlightRecorderEvent` envelope shape
 * (src/flight_recorder/mod.rs), keys in the envelope's order. A NULL column is `null`: the
 * optional fields when the runtime had none, and any column of a table the runtime migrated
 * from an older schema (its ALTER TABLE migrations add columns without NOT NULL).
 */
export interface FlightRecorderEvent {
  readonly event_id: string | null;
  readonly trace_id: string | null;
  /**
   * RFC 3339 with `T` and a numeric offset (`+00:00`), every fraction digit DuckDB stores kept
   * and none added. TIMESTAMPTZ holds microseconds and prints without trailing zeros, so a
   * runtime timestamp `...:00.120000+00:00` reads back as `...:00.12+00:00` (the same instant);
   * digits past the microsecond were already dropped when the runtime inserted the row.
   */
  readonly timestamp: string | null;
  readonly actor: string | null;
  readonly actor_id: string | null;
  /** The runtime's Display name of the event type (`session.created`, `capability_action`). */
  readonly event_type: string | null;
  readonly job_id: string | null;
  readonly workflow_id: string | null;
  readonly model_id: string | null;
  readonly model_session_id: string | null;
  /** Parsed from the JSON column; the runtime writes JSON `null` for none, read as `[]`. */
  readonly wsids: readonly string[];
  readonly activity_span_id: string | null;
  readonly session_span_id: string | null;
  readonly capability_id: string | null;
  readonly policy_decision_id: string | null;
  /** Parsed from the JSON column (`null` only when the column is NULL). */
  readonly payload: JsonValue;
}

/** Options of {@link readFlightRecorderDuckDb}. */
export interface ReadOptions {
  /**
   * Rows read from DuckDB's streaming result and converted per batch (default 2048, DuckDB's
   * vector size). At most one batch of converted events is held at a time.
   */
  readonly batchSize?: number;
  /** Called once per batch read, with its row count, before its first event is yielded. */
  readonly onBatch?: (rows: number) => void;
}

export const DEFAULT_BATCH_SIZE = 2048;

const quoted = (column: string) => `"${column}"`;

/**
 * Every column cast to VARCHAR: UUIDs as their text, TIMESTAMPTZ exactly as stored (in the
 * session's time zone, set to UTC), JSON as its text, parsed here.
 */
const SELECT_EVENTS = `SELECT ${ENVELOPE_COLUMNS.map((c) => `CAST(${quoted(c)} AS VARCHAR)`).join(", ")} FROM main.events ORDER BY "timestamp", "event_id"`;

const COLUMN = Object.fromEntries(ENVELOPE_COLUMNS.map((c, i) => [c, i])) as Record<
  (typeof ENVELOPE_COLUMNS)[number],
  number
>;

/** DuckDB's TIMESTAMPTZ text: `2026-06-22 10:00:00.123456+00` (offset minutes and seconds when not whole). */
const DUCKDB_TIMESTAMPTZ =
  /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)([+-])(\d{2})(?::(\d{2}))?(?::(\d{2}))?$/;

/**
 * DuckDB's text of a TIMESTAMPTZ as RFC 3339: `T` between date and time, the offset as
 * `+HH:MM`, the fraction digits unchanged. Undefined when the text is not one (an infinite or
 * BC timestamp, a year past 9999, a column without offset, an offset with seconds).
 */
export function duckDbTimestampToRfc3339(text: string): string | undefined {
  const m = DUCKDB_TIMESTAMPTZ.exec(text);
  if (m === null) return undefined;
  const [, date, time, sign, hours, minutes, seconds] = m;
  if (seconds !== undefined && seconds !== "00") return undefined;
  return `${date}T${time}${sign}${hours}:${minutes ?? "00"}`;
}

/**
 * Reads the runtime's Flight Recorder DuckDB store (`<data dir>/flight_recorder.db`, table
 * `events`): yields each row as a {@link FlightRecorderEvent}, ordered by timestamp then
 * event_id, streamed from one query in batches (never the whole table in memory).
 *
 * The file is opened READ_ONLY with external access disabled and a private temporary directory
 * (removed afterwards), so reading never modifies it or its directory. A runtime that is running
 * holds DuckDB's write lock: that is a {@link DuckDbLockedError}.
 *
 * Errors (each a {@link FlightRecorderDuckDbError} with a `code`): not a DuckDB file, cannot
 * open, locked, no `events` table, a missing column, a payload that is not JSON, invalid wsids,
 * a timestamp that has no RFC 3339 form. Row errors name the event_id and are thrown when that
 * row is reached, after the rows before it were yielded.
 */
export async function* readFlightRecorderDuckDb(
  path: string,
  options: ReadOptions = {},
): AsyncGenerator<FlightRecorderEvent, void, undefined> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, not ${batchSize}`);
  }
  if (!(await isDuckDbFile(path))) {
    // Let a missing or unreadable file say so in Node's own words.
    const { access } = await import("node:fs/promises");
    await access(path);
    throw new NotDuckDbFileError(path);
  }
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const tempDirectory = join(tmpdir(), `sap-duckdb-${process.pid}-${randomUUID()}`);
  let instance: DuckDBInstance;
  try {
    // Order matters: DuckDB refuses to change temp_directory once external access is disabled.
    instance = await DuckDBInstance.create(path, {
      access_mode: "READ_ONLY",
      temp_directory: tempDirectory,
      enable_external_access: "false",
      autoinstall_known_extensions: "false",
      autoload_known_extensions: "false",
    });
  } catch (error) {
    if (/\block(ed)?\b/i.test(causeMessage(error))) {
      throw new DuckDbLockedError(path, error);
    }
    throw new DuckDbOpenError(path, error);
  }
  let connection: DuckDBConnection | undefined;
  try {
    connection = await instance.connect();
    try {
      await connection.run("SET TimeZone = 'UTC'");
    } catch {
      // Without the ICU extension DuckDB has no time zones and prints TIMESTAMPTZ in UTC already.
    }
    await checkTable(connection, path);
    const result = await connection.stream(SELECT_EVENTS);
    let chunk: DuckDBDataChunk | null = null;
    let next = 0;
    let row = 0;
    let done = false;
    while (!done) {
      const batch: FlightRecorderEvent[] = [];
      let failure: unknown;
      while (batch.length < batchSize) {
        if (chunk === null || next >= chunk.rowCount) {
          chunk = await result.fetchChunk();
          next = 0;
          if (chunk === null || chunk.rowCount === 0) {
            done = true;
            break;
          }
        }
        row++;
        try {
          batch.push(toEvent(chunk.getRowValues(next++) as readonly (string | null)[], row, path));
        } catch (error) {
          // The rows before the bad one are still delivered, then the error.
          failure = error;
          done = true;
          break;
        }
      }
      if (batch.length > 0) {
        options.onBatch?.(batch.length);
        yield* batch;
      }
      if (failure !== undefined) throw failure;
    }
  } finally {
    connection?.closeSync();
    instance.closeSync();
    await rm(tempDirectory, { recursive: true, force: true });
  }
}

async function checkTable(connection: DuckDBConnection, path: string): Promise<void> {
  const reader = await connection.runAndReadAll(
    "SELECT column_name FROM information_schema.columns WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name = 'events'",
  );
  const present = new Set(reader.getRows().map((r) => String(r[0])));
  if (present.size === 0) throw new NoEventsTableError(path);
  const missing = ENVELOPE_COLUMNS.filter((c) => !present.has(c));
  if (missing.length > 0) throw new MissingColumnError(path, missing);
}

function toEvent(
  values: readonly (string | null)[],
  row: number,
  path: string,
): FlightRecorderEvent {
  const text = (column: keyof typeof COLUMN): string | null => values[COLUMN[column]] ?? null;
  const eventId = text("event_id");
  const rawTimestamp = text("timestamp");
  let timestamp: string | null = null;
  if (rawTimestamp !== null) {
    const converted = duckDbTimestampToRfc3339(rawTimestamp);
    if (converted === undefined) throw new TimestampInvalidError(path, eventId, row, rawTimestamp);
    timestamp = converted;
  }
  const rawPayload = text("payload");
  let payload: JsonValue = null;
  if (rawPayload !== null) {
    try {
      payload = JSON.parse(rawPayload) as JsonValue;
    } catch (error) {
      throw new PayloadNotJsonError(path, eventId, row, error);
    }
  }
  return {
    event_id: eventId,
    trace_id: text("trace_id"),
    timestamp,
    actor: text("actor"),
    actor_id: text("actor_id"),
    event_type: text("event_type"),
    job_id: text("job_id"),
    workflow_id: text("workflow_id"),
    model_id: text("model_id"),
    model_session_id: text("model_session_id"),
    wsids: readWsids(text("wsids"), path, eventId, row),
    activity_span_id: text("activity_span_id"),
    session_span_id: text("session_span_id"),
    capability_id: text("capability_id"),
    policy_decision_id: text("policy_decision_id"),
    payload,
  };
}

function readWsids(
  raw: string | null,
  path: string,
  eventId: string | null,
  row: number,
): readonly string[] {
  if (raw === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new WsidsInvalidError(path, eventId, row, `is not JSON (${JSON.stringify(raw)})`);
  }
  if (value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new WsidsInvalidError(path, eventId, row, `is ${raw}`);
  }
  return value as string[];
}
