export type { FlightRecorderDuckDbErrorCode } from "./errors.js";
export {
  DuckDbLockedError,
  DuckDbOpenError,
  FlightRecorderDuckDbError,
  MissingColumnError,
  NoEventsTableError,
  NotDuckDbFileError,
  PayloadNotJsonError,
  RowError,
  TimestampInvalidError,
  WsidsInvalidError,
} from "./errors.js";
export { DUCKDB_MAGIC, DUCKDB_MAGIC_OFFSET, hasDuckDbMagic, isDuckDbFile } from "./magic.js";
export type { FlightRecorderEvent, JsonValue, ReadOptions } from "./reader.js";
export {
  DEFAULT_BATCH_SIZE,
  duckDbTimestampToRfc3339,
  readFlightRecorderDuckDb,
} from "./reader.js";
export type { EnvelopeColumn } from "./runtime-schema.js";
export {
  ENVELOPE_COLUMNS,
  RUNTIME_EVENTS_TABLE,
  RUNTIME_EVENTS_TABLE_SOURCE,
} from "./runtime-schema.js";
