import type { EventForm } from "./event-form.js";

/**
 * What a log is, as `sap eval --input-format` names it (DuckDB files are
 * read by the CLI, which feeds their rows to `evaluateRuntimeRecords`):
 *
 * - `native`: JSON Lines of the registry's envelope;
 * - `fr-jsonl`: JSON Lines of the runtime's FlightRecorderEvent envelope;
 * - `fr-api`: the JSON array `GET /flight_recorder` returns (newest first);
 * - `fr-trace`: a debug bundle's trace.jsonl (serde snake_case event types);
 * - `auto`: a JSON array when the input starts with `[`, else JSON Lines with
 *   each event read as native or runtime by its fields.
 */
export type InputFormat = "auto" | "native" | "fr-jsonl" | "fr-api" | "fr-trace";

export const INPUT_FORMATS: readonly InputFormat[] = [
  "auto",
  "native",
  "fr-jsonl",
  "fr-api",
  "fr-trace",
];

/** How each event of an input in this format is read. */
export function eventFormOf(format: InputFormat): EventForm {
  return format === "auto" ? "auto" : format === "native" ? "native" : "runtime";
}

/** Whether an input in this format whose first non-blank character is `first` is a JSON array. */
export function readsAsArray(format: InputFormat, first: string): boolean {
  return format === "fr-api" || (format === "auto" && first === "[");
}

/** The first character of `text` that is not JSON whitespace (or a byte order mark), or "". */
export function firstSignificant(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) return text[i] as string;
  }
  return "";
}
