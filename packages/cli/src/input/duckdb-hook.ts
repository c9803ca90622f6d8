import { readFlightRecorderDuckDb } from "@handshake/sap-duckdb";

/**
 * How `sap eval` reads the runtime's DuckDB store (table `events`,
 * src/flight_recorder/duckdb.rs): `@handshake/sap-duckdb` yields the rows as
 * plain FlightRecorderEvent envelope objects (`payload` and `wsids` parsed from
 * JSON, `timestamp` exact, as RFC 3339), oldest first, and `sap eval` feeds them
 * to the engine's `evaluateRuntimeRecords`. The reader lives in a package of
 * its own so the registry package keeps zero dependencies.
 */
export type RuntimeRecordReader = (path: string) => AsyncIterable<Record<string, unknown>>;

export const duckdbReader: RuntimeRecordReader | undefined = (path) =>
  readFlightRecorderDuckDb(path) as AsyncIterable<Record<string, unknown>>;
