import type { Notice } from "../types.js";
import { isRecord } from "./envelope.js";
import { parseRuntimeTimestamp, subMillisecondNanos } from "./timestamp.js";

/** The most events one `GET /flight_recorder` returns (src/flight_recorder/duckdb.rs: `ORDER BY timestamp DESC LIMIT 200`). */
export const API_EVENT_LIMIT = 200;

/** One element of the array with its 1-based position in it (the "line" findings name). */
export interface ArrayElement {
  readonly value: unknown;
  readonly position: number;
}

interface Keyed extends ArrayElement {
  readonly ms: number;
  readonly nanos: number;
  readonly id: string;
}

function key(value: unknown, position: number): Keyed {
  if (!isRecord(value)) return { value, position, ms: Number.NEGATIVE_INFINITY, nanos: 0, id: "" };
  const ts = value.timestamp;
  const ms = typeof ts === "string" ? parseRuntimeTimestamp(ts) : undefined;
  const id = typeof value.event_id === "string" ? value.event_id : "";
  if (ms === undefined) return { value, position, ms: Number.NEGATIVE_INFINITY, nanos: 0, id };
  return { value, position, ms, nanos: subMillisecondNanos(ts as string), id };
}

/**
 * The elements of a `GET /flight_recorder` array (newest first) in time
 * order: by the exact instant of `timestamp` (sub-millisecond digits
 * included), then by `event_id`. Elements without a readable timestamp come
 * first, in array order, so their input findings are reported. Each keeps its
 * 1-based position in the array as its line.
 */
export function orderApiArray(values: readonly unknown[]): ArrayElement[] {
  const keyed = values.map((value, i) => key(value, i + 1));
  keyed.sort((a, b) => {
    if (a.ms !== b.ms) return a.ms < b.ms ? -1 : 1;
    if (a.nanos !== b.nanos) return a.nanos - b.nanos;
    if (a.id !== b.id) return a.id < b.id ? -1 : 1;
    return a.position - b.position;
  });
  return keyed.map(({ value, position }) => ({ value, position }));
}

/** The notice for an array of exactly `API_EVENT_LIMIT` events, or undefined. */
export function apiDumpNotice(count: number): Notice | undefined {
  if (count !== API_EVENT_LIMIT) return undefined;
  return {
    code: "dump_may_be_cut",
    message: `the array holds exactly ${API_EVENT_LIMIT} events, the most GET /flight_recorder returns (the newest ${API_EVENT_LIMIT}), so older events may be missing and findings that need them may not show. To read every event, evaluate the runtime's DuckDB file (sap eval flight_recorder.duckdb), or page back with GET /flight_recorder?to=<timestamp of the oldest event in this dump> until a page holds fewer than ${API_EVENT_LIMIT} events (to= includes that instant: drop the events repeated at each boundary) and evaluate the events together, oldest first.`,
  };
}
