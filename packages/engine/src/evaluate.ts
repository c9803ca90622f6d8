import type { LoadedRegistry } from "@handshake/sap-core";
import { errorMessage } from "@handshake/sap-core";
import type { EngineOptions } from "./engine.js";
import { Engine } from "./engine.js";
import { apiDumpNotice, orderApiArray } from "./input/api-array.js";
import type { InputFormat } from "./input/input-format.js";
import { eventFormOf, firstSignificant, readsAsArray } from "./input/input-format.js";
import { LineSplitter } from "./input/lines.js";
import type { EvaluationResult } from "./types.js";

/** Options of an evaluation of a log given as text or a stream. */
export interface InputOptions extends Omit<EngineOptions, "eventForm"> {
  /** What the log is (default `auto`: detected from the input). */
  readonly inputFormat?: InputFormat;
}

/** Options of a streaming evaluation. */
export interface StreamOptions extends InputOptions {
  /** Called every `progressEvery` lines with the lines read so far. */
  readonly onProgress?: (lines: number) => void;
  readonly progressEvery?: number;
}

function engineFor(registry: LoadedRegistry, options: InputOptions): Engine {
  return new Engine(registry, {
    ...options,
    eventForm: eventFormOf(options.inputFormat ?? "auto"),
  });
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * In `auto` format, an input that starts with `[` is the API's array only
 * when the whole input is one JSON array of one or more objects; anything
 * else (`[]`, `[1]`, two arrays on two lines) is read as JSON Lines, as
 * before the array form existed.
 */
function autoArray(text: string): unknown[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(stripBom(text));
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length === 0) return undefined;
  for (const element of value) {
    if (typeof element !== "object" || element === null || Array.isArray(element)) return undefined;
  }
  return value;
}

/**
 * Evaluates the JSON array `GET /flight_recorder` returns (newest first, at
 * most 200 events): in time order, each event's line its 1-based position
 * in the array, with a notice when the array may have been cut.
 */
function evaluateArray(engine: Engine, values: readonly unknown[]): void {
  for (const element of orderApiArray(values)) engine.eventAt(element.value, element.position);
  const notice = apiDumpNotice(values.length);
  if (notice !== undefined) engine.notice(notice);
}

/** `--input-format fr-api`: the input must be one JSON array. */
function evaluateNamedArray(engine: Engine, text: string): void {
  let value: unknown;
  try {
    value = JSON.parse(stripBom(text));
  } catch (error) {
    engine.inputProblem(
      "invalid_json",
      1,
      `not the JSON array of events GET /flight_recorder returns: ${errorMessage(error)}`,
    );
    return;
  }
  if (!Array.isArray(value)) {
    engine.inputProblem(
      "invalid_json",
      1,
      "expected the JSON array of events GET /flight_recorder returns",
    );
    return;
  }
  evaluateArray(engine, value);
}

/**
 * Evaluates an input held whole as text, whose first significant character
 * may open an array: an array as the format says, else JSON Lines through
 * `splitter` (which may already hold the blank lines before it).
 */
function evaluateWhole(
  engine: Engine,
  splitter: LineSplitter,
  text: string,
  format: InputFormat,
): void {
  if (format === "fr-api") {
    evaluateNamedArray(engine, text);
    return;
  }
  if (format === "auto" && firstSignificant(text) === "[") {
    const values = autoArray(text);
    if (values !== undefined) {
      evaluateArray(engine, values);
      return;
    }
  }
  splitter.push(text);
  splitter.end();
}

function splitterFor(
  engine: Engine,
  registry: LoadedRegistry,
  onLine?: (n: number) => void,
): LineSplitter {
  return new LineSplitter(registry.meta.limits.max_line_bytes, {
    line(text, n) {
      engine.line(text, n);
      if (onLine !== undefined) onLine(n);
    },
    tooLong(n, bytes) {
      engine.lineTooLong(n, bytes);
    },
  });
}

/**
 * Evaluates a log stream (a file or stdin) as `inputFormat` says: JSON Lines
 * line by line, without holding the log in memory; a JSON array (the API's
 * dump, at most 200 events) read whole, then ordered by time.
 */
export async function evaluateStream(
  registry: LoadedRegistry,
  stream: AsyncIterable<string | Uint8Array>,
  options: StreamOptions,
): Promise<EvaluationResult> {
  const engine = engineFor(registry, options);
  const format = options.inputFormat ?? "auto";
  const every = options.progressEvery ?? 100_000;
  const onProgress = options.onProgress;
  const splitter = splitterFor(
    engine,
    registry,
    onProgress === undefined
      ? undefined
      : (n) => {
          if (n % every === 0) onProgress(n);
        },
  );
  // JSON Lines stream through the splitter. An input that may be an array
  // (fr-api, or auto once its first significant character is `[`) is held
  // whole; blank lines before the first significant character go to the
  // splitter as they come (an array does not count them).
  const decoder = new TextDecoder("utf-8");
  let mode: "undecided" | "whole" | "lines" =
    format === "auto" || format === "fr-api" ? "undecided" : "lines";
  let head = "";
  const take = (text: string): void => {
    if (mode === "lines") {
      splitter.push(text);
      return;
    }
    head += text;
    if (mode === "whole") return;
    const first = firstSignificant(head);
    if (first !== "") {
      mode = readsAsArray(format, first) ? "whole" : "lines";
      if (mode === "lines") {
        splitter.push(head);
        head = "";
      }
    } else if (format !== "fr-api") {
      const nl = head.lastIndexOf("\n");
      if (nl >= 0) {
        splitter.push(head.slice(0, nl + 1));
        head = head.slice(nl + 1);
      }
    }
  };
  for await (const chunk of stream) {
    take(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
  }
  const rest = decoder.decode();
  if (rest.length > 0) take(rest);
  if (mode === "lines") splitter.end();
  else evaluateWhole(engine, splitter, head, format);
  return engine.finish();
}

/** Evaluates a log held in memory (JSON Lines or a JSON array, as `inputFormat` says). */
export function evaluateText(
  registry: LoadedRegistry,
  text: string,
  options: InputOptions,
): EvaluationResult {
  const engine = engineFor(registry, options);
  evaluateWhole(engine, splitterFor(engine, registry), text, options.inputFormat ?? "auto");
  return engine.finish();
}

/**
 * Evaluates parsed events (for example an entry's examples), numbered from
 * line 1, each read as native or runtime envelope by its fields.
 */
export function evaluateEvents(
  registry: LoadedRegistry,
  events: readonly unknown[],
  options: EngineOptions,
): EvaluationResult {
  const engine = new Engine(registry, options);
  events.forEach((event, i) => {
    engine.event(event, i + 1);
  });
  return engine.finish();
}

/**
 * Evaluates runtime FlightRecorderEvent envelopes already parsed into plain
 * objects and given in time order (what a reader of the runtime's DuckDB
 * store yields: `payload` and `wsids` parsed from JSON, `timestamp` as RFC
 * 3339 or DuckDB's TIMESTAMPTZ text). Each record's line is its 1-based
 * position in the sequence.
 */
export async function evaluateRuntimeRecords(
  registry: LoadedRegistry,
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: Omit<StreamOptions, "inputFormat">,
): Promise<EvaluationResult> {
  const engine = new Engine(registry, { ...options, eventForm: "runtime" });
  const every = options.progressEvery ?? 100_000;
  let n = 0;
  for await (const record of records) {
    n++;
    engine.eventAt(record, n);
    if (options.onProgress !== undefined && n % every === 0) options.onProgress(n);
  }
  return engine.finish();
}
