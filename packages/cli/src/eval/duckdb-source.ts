import type { LoadedRegistry } from "@handshake/sap-core";
import type { FlightRecorderEvent } from "@handshake/sap-duckdb";
import { isDuckDbFile, readFlightRecorderDuckDb } from "@handshake/sap-duckdb";
import type { EvaluationResult, StreamOptions } from "@handshake/sap-engine";
import { Engine } from "@handshake/sap-engine";

/*
 * `sap eval` on the runtime's Flight Recorder DuckDB store (`flight_recorder.db`, table
 * `events`): @handshake/sap-duckdb reads it read-only and streaming, one runtime envelope per
 * row in time order; the engine receives the parsed objects. `line` is the row's 1-based
 * position in that order, so findings and input findings point at `<file>:<row>`.
 * @handshake/sap-duckdb loads DuckDB's native binding only when a file is read.
 */

export { isDuckDbFile };

/** One event of a DuckDB store and its 1-based row position. */
export interface DuckDbSourceEvent {
  readonly value: FlightRecorderEvent;
  readonly line: number;
}

/** The rows of the store's `events` table as engine input, in timestamp, event_id order. */
export async function* duckDbEvents(path: string): AsyncGenerator<DuckDbSourceEvent, void> {
  let line = 0;
  for await (const value of readFlightRecorderDuckDb(path)) {
    line++;
    yield { value, line };
  }
}

/** Evaluates a DuckDB store through the engine, as `evaluateStream` does a JSON Lines log. */
export async function evaluateDuckDb(
  registry: LoadedRegistry,
  path: string,
  options: StreamOptions,
): Promise<EvaluationResult> {
  const engine = new Engine(registry, options);
  const every = options.progressEvery ?? 100_000;
  for await (const { value, line } of duckDbEvents(path)) {
    engine.event(value, line);
    if (options.onProgress !== undefined && line % every === 0) options.onProgress(line);
  }
  return engine.finish();
}
