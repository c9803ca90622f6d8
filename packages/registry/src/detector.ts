import type { AuditEvent } from "./audit-event.js";
import type { AntiPatternId } from "./generated/entries.js";
import type { EventType } from "./generated/events.js";
import type { Outcome } from "./generated/vocabulary.js";

/**
 * What a detector (a `sap stubs` module) returns for one event.
 *
 * - `finding`: the anti-pattern is present; `events` are the triggering event ids.
 * - `clear`: the detector ran and found nothing.
 * - `not_implemented`: the detector has no logic yet. It is NOT a pass:
 *   `summarizeResults` counts it separately and marks the run incomplete.
 */
export type DetectorResult =
  | {
      readonly status: "finding";
      readonly id: string;
      readonly events: readonly string[];
      readonly outcome?: Outcome;
      readonly message?: string;
    }
  | { readonly status: "clear"; readonly id: string }
  | { readonly status: "not_implemented"; readonly id: string; readonly message: string };

/** What a detector sees besides the event: its params and the events before it in the log. */
export interface DetectorContext<Params> {
  /** The entry's params after overrides; durations in milliseconds. */
  readonly params: Params;
  /** Earlier events of the same log, oldest first (valid during the call). */
  readonly previous: readonly AuditEvent<EventType>[];
}

/** The result of a stub whose detector has not been written. Never a pass. */
export function notImplemented(id: AntiPatternId | (string & {})): DetectorResult {
  return {
    status: "not_implemented",
    id,
    message: `${id}: detector not implemented (sap stubs default body); this is not a pass`,
  };
}

/** Results of many detectors over a log, summarised so that missing detectors are visible. */
export interface DetectorSummary {
  readonly findings: readonly Extract<DetectorResult, { status: "finding" }>[];
  /** Ids of detectors that returned `not_implemented`, sorted, each once. */
  readonly notImplemented: readonly string[];
  /** True only when no detector was unimplemented: a run with gaps is never complete. */
  readonly complete: boolean;
  /** True only when complete and without findings. */
  readonly passed: boolean;
}

/** Sums results up. A `not_implemented` result makes the run incomplete and not passed. */
export function summarizeResults(results: Iterable<DetectorResult>): DetectorSummary {
  const findings: Extract<DetectorResult, { status: "finding" }>[] = [];
  const missing = new Set<string>();
  for (const result of results) {
    if (result.status === "finding") findings.push(result);
    else if (result.status === "not_implemented") missing.add(result.id);
  }
  const notImplementedIds = [...missing].sort();
  const complete = notImplementedIds.length === 0;
  return {
    findings,
    notImplemented: notImplementedIds,
    complete,
    passed: complete && findings.length === 0,
  };
}

/** What a `sap stubs` module exports, as `runDetectors` uses it. */
export interface DetectorModule {
  readonly meta: { readonly id: string; readonly events: readonly string[] };
  readonly defaultParams: unknown;
  readonly detect: (event: never, context: never) => DetectorResult | Promise<DetectorResult>;
  /**
   * Optional: called once after the last event, with every event in `previous`,
   * for what only the end of the log decides (the engine stubs' absence windows
   * whose deadline passed on an event this detector does not watch).
   */
  readonly flush?: (context: never) => DetectorResult | Promise<DetectorResult>;
}

/**
 * Runs every detector over a log (each event goes to the detectors that watch
 * its type) and summarises: findings, and the ids of detectors that are not
 * implemented yet, which make the run incomplete rather than passed.
 * `params` overrides a detector's defaults by id.
 */
export async function runDetectors(
  detectors: readonly DetectorModule[],
  events: Iterable<AuditEvent<EventType>>,
  params: Readonly<Record<string, unknown>> = {},
): Promise<DetectorSummary> {
  const results: DetectorResult[] = [];
  const previous: AuditEvent<EventType>[] = [];
  const paramsOf = (detector: DetectorModule): unknown => {
    const override = params[detector.meta.id];
    return override === undefined
      ? detector.defaultParams
      : { ...(detector.defaultParams as object), ...(override as object) };
  };
  for (const event of events) {
    for (const detector of detectors) {
      if (!detector.meta.events.includes(event.event_type)) continue;
      const detect = detector.detect as (
        event: AuditEvent<EventType>,
        context: DetectorContext<unknown>,
      ) => DetectorResult | Promise<DetectorResult>;
      results.push(await detect(event, { params: paramsOf(detector), previous }));
    }
    previous.push(event);
  }
  for (const detector of detectors) {
    if (detector.flush === undefined) continue;
    const flush = detector.flush as (
      context: DetectorContext<unknown>,
    ) => DetectorResult | Promise<DetectorResult>;
    results.push(await flush({ params: paramsOf(detector), previous }));
  }
  return summarizeResults(results);
}
