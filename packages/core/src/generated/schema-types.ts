// @generated: do not edit by hand.
// Generator: @handshake/sap-codegen (sap generate)
// Source: registry/schema/*.schema.json
// Regenerate: pnpm sap generate
// Types of the registry's YAML files (json-schema-to-typescript).

/**
 * Stable anti-pattern id: SAP- and three digits. Assigned once, never reused, never renamed.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "AntiPatternId".
 */
export type AntiPatternId = string;
/**
 * Human-readable kebab-case name. May change between versions; the id may not.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "Slug".
 */
export type Slug = string;
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "Markdown".
 */
export type Markdown = string;
/**
 * A lowercase identifier (severity, category, source, outcome).
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "Token".
 */
export type Token = string;
/**
 * An audit event type, for example session.spawn_requested.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "EventType".
 */
export type EventType = string;
/**
 * A CEL expression for every event type it is evaluated on, or one expression per event type: `{session_scheduler.dispatch: ..., llm_inference: ...}`. The map form lets one trigger read a runtime event and a proposed event whose payloads differ; its keys must be exactly the event types the expression is evaluated on.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "CelByEvent".
 */
export type CelByEvent =
  | CelExpression
  | {
      [k: string]: CelExpression | undefined;
    };
/**
 * A CEL expression, type-checked at build time against the trigger environment (registry/environment.yaml).
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "CelExpression".
 */
export type CelExpression = string;
/**
 * A positive duration: a whole number and a unit (ms, s, m, h, d). Example: 90s, 10m.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "Duration".
 */
export type Duration = string;
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "ParamName".
 */
export type ParamName = string;
/**
 * Payload fields of the event that ends a finding, copied into the anti_pattern.detected event's details: one list for every event type that can end a finding, or one list per event type (`{workspace.write: [path], workspace_cross_session.denied: [target_path]}`) when a runtime event and a proposed event with different payloads end findings; the map's keys must be exactly those event types.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "EvidenceRecord".
 */
export type EvidenceRecord =
  | FieldNames
  | {
      [k: string]: FieldNames | undefined;
    };
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "FieldName".
 */
export type FieldName = string;
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "FieldNames".
 */
export type FieldNames = FieldName[];
/**
 * A runtime rule id as the runtime spells it, for example INV-SPAWN-001, TRUST-003, AP-006.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "RuleId".
 */
export type RuleId = string;
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "Version".
 */
export type Version = string;

export interface RegistrySchemaTypes {
  AntiPatternEntry?: AntiPatternEntry;
  TriggerEnvironment?: TriggerEnvironment;
  EventCatalogFile?: EventCatalogFile;
  RegistryMetadata?: RegistryMetadata;
  RetiredFile?: RetiredFile;
}
/**
 * registry/anti-patterns/SAP-NNN.yaml: one session anti-pattern. The file name is the id.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "AntiPatternEntry".
 */
export interface AntiPatternEntry {
  id: AntiPatternId;
  slug: Slug;
  title: string;
  /**
   * One or two plain sentences: what happens and why it is harmful.
   */
  summary: string;
  description: Markdown;
  category: Token;
  tags?: Token[];
  severity: Token;
  /**
   * experimental entries are audit-only; deprecated entries name replaced_by.
   */
  status: "experimental" | "stable" | "deprecated";
  replaced_by?: AntiPatternId;
  /**
   * @minItems 1
   */
  detection: DetectionSpec[];
  trigger: Trigger;
  /**
   * Named thresholds. Triggers read them as params.NAME; a deployment may override them within min..max.
   */
  params: {
    [k: string]: Param | undefined;
  };
  enforcement: Enforcement;
  evidence: Evidence;
  references: References;
  examples: Examples;
}
export interface DetectionSpec {
  source: Token;
  /**
   * @minItems 1
   */
  events: EventType[];
  description?: string;
}
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "Trigger".
 */
export interface Trigger {
  /**
   * Event types this trigger evaluates. Each must be watched by a detection source of the entry.
   *
   * @minItems 1
   */
  on: EventType[];
  condition: CelByEvent;
  window?: Window;
}
/**
 * Stateful correlation on event time (never wall-clock), grouped by a key.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "Window".
 */
export interface Window {
  kind: "count" | "distinct" | "sequence" | "absence";
  group_by: CelByEvent;
  span?: Duration;
  span_param?: ParamName;
  where?: CelByEvent;
  distinct?: CelByEvent;
  /**
   * sequence: the ordered steps (all within span of the first). absence: exactly two steps, the anchor and the expected event.
   *
   * @minItems 2
   */
  steps?: WindowStep[];
  /**
   * absence: `after` fires when no expected event follows the anchor within span (decided once a later event passes the deadline); `before` fires at the anchor when no expected event preceded it within span.
   */
  direction?: "after" | "before";
}
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "WindowStep".
 */
export interface WindowStep {
  /**
   * @minItems 1
   */
  on: EventType[];
  where?: CelByEvent;
}
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "Param".
 */
export interface Param {
  /**
   * duration params are written like 60s and read in CEL as int milliseconds.
   */
  type: "int" | "double" | "bool" | "string" | "duration" | "string_list";
  /**
   * Default value; must be of the declared type and within min..max.
   */
  default: unknown;
  /**
   * Lower bound (int, double, duration).
   */
  min?: unknown;
  /**
   * Upper bound (int, double, duration).
   */
  max?: unknown;
  unit?: string;
  description: string;
}
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "Enforcement".
 */
export interface Enforcement {
  /**
   * Default: audit for experimental entries (which may not enforce), enforce otherwise.
   */
  mode?: "enforce" | "audit";
  /**
   * What occurrences are counted per when choosing a tier.
   */
  per?: "session" | "root_session" | "window_key";
  /**
   * Ordered: the first tier starts at occurrence 1; each later tier starts at a higher occurrence and is at least as strict.
   *
   * @minItems 1
   */
  tiers: Tier[];
}
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "Tier".
 */
export interface Tier {
  outcome: Token;
  /**
   * The occurrence number (per entry and per key) from which this tier applies.
   */
  from: number;
  within?: Duration;
  /**
   * What the runtime does at this tier, precisely.
   */
  action: string;
}
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "Evidence".
 */
export interface Evidence {
  record?: EvidenceRecord;
  /**
   * Events that must exist in the log (among the triggering events or earlier in the same session) for an enforcement to be auditable.
   *
   * @minItems 1
   */
  source_events: EvidenceSourceEvent[];
}
export interface EvidenceSourceEvent {
  event_type: EventType;
  /**
   * Alternatives: an event of event_type or of any of these satisfies the requirement (for an entry that fires on several event types).
   *
   * @minItems 1
   */
  or_event_types?: EventType[];
  why: string;
}
export interface References {
  /**
   * Runtime rules (registry.yaml rules) this entry protects.
   *
   * @minItems 1
   */
  rules: RuleId[];
  links?: Link[];
}
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "Link".
 */
export interface Link {
  title: string;
  url: string;
}
export interface Examples {
  /**
   * @minItems 1
   */
  trigger: TriggerExample[];
  /**
   * @minItems 1
   */
  no_trigger: NoTriggerExample[];
}
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "TriggerExample".
 */
export interface TriggerExample {
  name: string;
  description?: string;
  /**
   * Param overrides for this example.
   */
  params?: {};
  /**
   * @minItems 1
   */
  events: ExampleEvent[];
  /**
   * This entry's findings, in order.
   *
   * @minItems 1
   */
  expect: ExpectedFinding[];
}
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "ExampleEvent".
 */
export interface ExampleEvent {
  event_id: string;
  event_type: EventType;
  timestamp: string;
  session_id: string;
  payload: {};
}
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "ExpectedFinding".
 */
export interface ExpectedFinding {
  outcome: Token;
  /**
   * The ids of the triggering events, exactly.
   *
   * @minItems 1
   */
  events?: string[];
}
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "NoTriggerExample".
 */
export interface NoTriggerExample {
  name: string;
  /**
   * Why this is legitimate work that must not be flagged.
   */
  description: string;
  params?: {};
  /**
   * @minItems 1
   */
  events: ExampleEvent[];
}
/**
 * registry/environment.yaml: every variable, type and function a trigger expression may use. The validator type-checks triggers against it; every engine implements exactly it.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "TriggerEnvironment".
 */
export interface TriggerEnvironment {
  description: string;
  types: {
    [k: string]: EnvironmentType | undefined;
  };
  variables: {
    [k: string]: EnvironmentVariable | undefined;
  };
  functions: EnvironmentFunction[];
}
export interface EnvironmentType {
  description: string;
  fields: {
    [k: string]: EnvironmentField | undefined;
  };
}
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "EnvironmentField".
 */
export interface EnvironmentField {
  type: string;
  description: string;
  /**
   * For a field of the session context (registry/SEMANTICS.md, Session context): the event types whose application sets or changes it. A trigger that reads the field sees it built only from a log carrying at least one of them, so `sap coverage` counts an entry as running on the runtime only when one of them is a runtime event. [] means the engine sets the field without any event (the session's own id). Absent on fields not built from the log (the event under evaluation, the window).
   */
  built_from?: EventType[];
}
export interface EnvironmentVariable {
  /**
   * A CEL type or a type from `types`. The special types EntryParams (the entry's params) and EventPayload (the payload of the event type being evaluated) are built per entry and per event type.
   */
  type: string;
  description: string;
  /**
   * windowed: only in the condition of a trigger with a window.
   */
  available: "always" | "windowed";
}
export interface EnvironmentFunction {
  signature: string;
  description: string;
}
/**
 * registry/events/*.yaml: one family of audit events with typed payloads. Events the runtime registers carry its FR id and origin `runtime`; events the registry adds where the runtime has none carry origin `registry`.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "EventCatalogFile".
 */
export interface EventCatalogFile {
  family: string;
  title: string;
  description?: string;
  /**
   * @minItems 1
   */
  events: EventDefinition[];
}
/**
 * An audit event type. A runtime event carries a `runtime` block (how the runtime records it, checked against its code); a proposed event has none.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "EventDefinition".
 */
export interface EventDefinition {
  /**
   * Flight Recorder id, for example FR-EVT-SESS-SPAWN-001.
   */
  id: string;
  event_type: EventType;
  /**
   * `runtime`: the runtime records it today (its `runtime` block says where). `proposed`: the registry proposes it because no runtime event shows the rule being broken; the runtime does not record it yet, and its id starts FR-EVT-SAP-.
   */
  origin: "runtime" | "proposed";
  title: string;
  description: string;
  /**
   * Runtime rules this event makes observable.
   */
  rules?: RuleId[];
  session_field?: FieldName;
  payload: {
    [k: string]: PayloadField | undefined;
  };
  runtime?: RuntimeRecord;
}
/**
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "PayloadField".
 */
export interface PayloadField {
  /**
   * string, int, double, bool; timestamp is an RFC 3339 UTC string in JSON and int milliseconds since the epoch in CEL; string_list is a list of strings; string_map is an object of string values (map<string, string> in CEL); json is any JSON value the runtime nests in a payload (an object of numbers, a list of objects), kept as recorded and not readable by triggers.
   */
  type: "string" | "int" | "double" | "bool" | "timestamp" | "string_list" | "string_map" | "json";
  description: string;
  /**
   * An optional field may be absent from the JSON; in CEL it then reads as the type's zero value ("", 0, 0.0, false, []).
   */
  optional?: boolean;
  /**
   * Allowed values of a string field.
   *
   * @minItems 1
   */
  enum?: string[];
  minimum?: number;
}
/**
 * How the runtime (Nuntissura/Handshake, src/backend/handshake_core) records this event, as its code was read at `checked`.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "RuntimeRecord".
 */
export interface RuntimeRecord {
  /**
   * The event type as serde writes the Rust enum variant (snake_case), as in a debug bundle's trace.jsonl: session_spawn_announce_back.
   */
  type_name: string;
  /**
   * The envelope event_type the runtime records when it differs from event_type (the runtime records trust_boundary.system_downgrade as `system` with payload.type naming it); the payload's `type` then selects this event.
   */
  record_type?: string;
  /**
   * With record_type, for a record whose payload has no `type`: the payload values that select this event, all of which must be equal (the runtime's failed finalization is a `system` record with component workflow_engine and a fixed message).
   */
  payload_match?: {
    [k: string]: string | undefined;
  };
  /**
   * The values the runtime writes in payload.event_id; default: [id]. Lists both where the specification's id and the code's differ.
   *
   * @minItems 1
   */
  payload_ids?: string[];
  /**
   * When the event names no session and no job id: the envelope field that holds its job id (llm_inference links to its job only through trace_id).
   */
  job_from?: "trace_id";
  /**
   * The runtime functions that record it.
   *
   * @minItems 1
   */
  emitters: {
    /**
     * Path under src/backend/handshake_core/.
     */
    file: string;
    function: string;
  }[];
  /**
   * The runtime commit these facts were checked against.
   */
  checked: string;
}
/**
 * registry/registry.yaml: the registry's vocabularies (severities, categories, detection sources, outcomes), the runtime rules entries may cite, and the engine's evaluation limits.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "RegistryMetadata".
 */
export interface RegistryMetadata {
  name: string;
  title: string;
  description: Markdown;
  /**
   * Severity levels, listed from least to most severe. The position is the rank.
   *
   * @minItems 2
   */
  severities: SeverityLevel[];
  /**
   * @minItems 1
   */
  categories: Category[];
  /**
   * @minItems 1
   */
  detection_sources: DetectionSource[];
  /**
   * Policy outcomes, listed from least to most strict. The position is the strictness used by tier ordering and by `sap diff`.
   *
   * @minItems 1
   */
  outcomes: Outcome[];
  /**
   * The runtime rules (invariants, trust rules, named anti-patterns, error codes) that entries cite in references.rules.
   *
   * @minItems 1
   */
  rules: RuntimeRule[];
  limits: EvaluationLimits;
}
export interface SeverityLevel {
  id: Token;
  title: string;
  description: string;
  /**
   * SARIF result level for findings of this severity.
   */
  sarif_level: "none" | "note" | "warning" | "error";
}
export interface Category {
  id: Token;
  title: string;
  description: string;
}
export interface DetectionSource {
  id: Token;
  title: string;
  description: string;
}
export interface Outcome {
  id: Token;
  title: string;
  description: string;
}
export interface RuntimeRule {
  id: RuleId;
  kind: "invariant" | "trust_rule" | "anti_pattern" | "error_code";
  title: string;
}
/**
 * Bounds every conforming engine enforces, so no trigger can stall evaluation and every engine agrees.
 */
export interface EvaluationLimits {
  /**
   * An event whose payload has a longer list fails its schema and is reported, not evaluated.
   */
  max_payload_list_items: number;
  /**
   * Longest list a trigger reads outside the event's payload (a session context list such as capability_grants or consent_receipts, a receipt's session_ids, a list param); its strings together are at most limits.max_line_bytes. The cost bound assumes both; an evaluation that would read a longer list is a trigger_error input finding instead.
   */
  max_context_list_items: number;
  /**
   * A CEL expression with more AST nodes is a validation error.
   */
  max_expression_nodes: number;
  /**
   * Worst-case cost of one evaluation of a CEL expression, in the units of SEMANTICS.md (Bounded cost), computed from the list and string bounds: a higher cost is a validation error.
   */
  max_expression_cost: number;
  /**
   * Events kept per window group; the oldest are dropped first and the drop is reported.
   */
  max_window_events: number;
  timestamp_tolerance: Duration;
  /**
   * Longest audit-log line accepted.
   */
  max_line_bytes: number;
}
/**
 * registry/retired.yaml: tombstones. An id listed here no longer applies; it is never reused and never removed from this file.
 *
 * This interface was referenced by `RegistrySchemaTypes`'s JSON-Schema
 * via the `definition` "RetiredFile".
 */
export interface RetiredFile {
  retired: RetiredEntry[];
}
export interface RetiredEntry {
  id: AntiPatternId;
  slug: Slug;
  title: string;
  retired_in: Version;
  reason: string;
  replaced_by?: AntiPatternId;
}
