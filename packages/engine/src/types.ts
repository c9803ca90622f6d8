/**
 * What the engine reports. The JSON output (`sap eval --format json`) is these
 * objects as they are; field names and order are part of the documented format.
 */

/** The `anti_pattern.detected` event a finding leaves (registry/events/detection.yaml). */
export interface DetectionEvent {
  readonly event_id: string;
  readonly event_type: "anti_pattern.detected";
  readonly timestamp: string;
  readonly session_id: string;
  readonly payload: {
    readonly session_id: string;
    readonly anti_pattern_id: string;
    readonly registry_version: string;
    readonly registry_hash: string;
    readonly severity: string;
    readonly outcome: string;
    readonly tier: number;
    readonly occurrence: number;
    readonly mode: "enforce" | "audit";
    readonly triggering_event_ids: readonly string[];
    readonly params_hash: string;
    readonly details: Readonly<Record<string, string>>;
  };
}

/** One anti-pattern found in the log. */
export interface Finding {
  readonly anti_pattern_id: string;
  readonly title: string;
  readonly severity: string;
  /** The outcome of the tier applied. */
  readonly outcome: string;
  /** 1-based index of the tier applied. */
  readonly tier: number;
  /** 1-based number of this finding among the entry's findings for the occurrence key. */
  readonly occurrence: number;
  /** What occurrences are counted per (`enforcement.per`) and the key's value. */
  readonly per: "session" | "root_session" | "window_key";
  readonly occurrence_key: string;
  /** `enforce`: the runtime applies the outcome; `audit`: recorded only. */
  readonly mode: "enforce" | "audit";
  /** `event.session_id` of the last triggering event. */
  readonly session_id: string;
  /** Timestamp of the last triggering event. */
  readonly timestamp: string;
  /** Log line of the last triggering event. */
  readonly line: number;
  readonly triggering_event_ids: readonly string[];
  /** Log lines of the triggering events, in the same order. */
  readonly triggering_lines: readonly number[];
  readonly registry_version: string;
  readonly registry_hash: string;
  /** The entry's effective params (defaults, then overrides) and their hash. */
  readonly params: Readonly<Record<string, unknown>>;
  readonly params_hash: string;
  /** `evidence.source_events` types found neither among the triggering events nor earlier in the session. */
  readonly missing_source_events: readonly string[];
  readonly evidence: DetectionEvent;
}

/** Why a line was not evaluated, or what went wrong while evaluating it. */
export type InputFindingCode =
  | "line_too_long"
  | "invalid_json"
  | "invalid_envelope"
  | "unknown_event_type"
  | "invalid_payload"
  | "redacted_payload"
  | "out_of_order"
  | "trigger_error"
  | "window_overflow";

/** A problem with the input itself, reported with its line (SEMANTICS.md: nothing is skipped silently). */
export interface InputFinding {
  readonly code: InputFindingCode;
  readonly line: number;
  readonly message: string;
  readonly event_id?: string;
  readonly event_type?: string;
  readonly session_id?: string;
  /** trigger_error and window_overflow: the entry concerned. */
  readonly anti_pattern_id?: string;
}

/** Counts of what one evaluation read and found. */
export interface EvaluationSummary {
  readonly lines: number;
  readonly events: number;
  readonly findings: number;
  readonly enforced: number;
  readonly audited: number;
  readonly input_findings: number;
  /**
   * Runtime envelopes of event types the catalog does not know (the runtime
   * records many more kinds of events than the registry reads): skipped, not
   * evaluated, never an input finding. Always 0 for native envelopes, whose
   * unknown types are `unknown_event_type` input findings.
   */
  readonly skipped_unknown_types: number;
}

/**
 * Something the reader of the report should know about the input that is
 * not a problem with any event: for example a `GET /flight_recorder` dump
 * that may have been cut at the API's 200-event limit.
 */
export interface Notice {
  readonly code: "dump_may_be_cut";
  readonly message: string;
}

/** Everything one evaluation of a log produced. */
export interface EvaluationResult {
  readonly registry: { readonly version: string; readonly hash: string };
  readonly summary: EvaluationSummary;
  readonly findings: readonly Finding[];
  readonly input_findings: readonly InputFinding[];
  readonly notices: readonly Notice[];
}
