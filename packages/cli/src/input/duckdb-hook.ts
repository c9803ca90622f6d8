/**
 * The hook through which `sap eval` reads the runtime's DuckDB store (table
 * `events`, src/flight_recorder/duckdb.rs): a reader yields the rows as plain
 * FlightRecorderEvent envelope objects (`payload` and `wsids` parsed from
 * JSON, `timestamp` as RFC 3339 or DuckDB's TIMESTAMPTZ text), oldest first,
 * and `sap eval` feeds them to the engine's `evaluateRuntimeRecords`.
 *
 * The reader lives in a package of its own (it needs `@duckdb/node-api`), so
 * this build has none: `duckdbReader` is undefined and `sap eval` says so.
 * Wiring one in means assigning it here.
 */
export type RuntimeRecordReader = (path: string) => AsyncIterable<Record<string, unknown>>;

export const duckdbReader: RuntimeRecordReader | undefined = undefined;
