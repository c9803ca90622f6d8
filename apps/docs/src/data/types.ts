/**
 * The parts of the registry package's `registry.json` that the site reads.
 * The package is the source of truth; these types describe only what the pages
 * render, so an added field never breaks the site and a missing one fails the
 * load with a message (see `registry.ts`).
 */

export interface Described {
  id: string;
  title: string;
  description: string;
}

export interface Severity extends Described {
  sarif_level?: string;
}

export interface Rule {
  id: string;
  kind: string;
  title: string;
}

export interface PayloadField {
  type: string;
  description: string;
  optional?: boolean;
  enum?: string[];
  minimum?: number;
}

export interface EventDefinition {
  id: string;
  event_type: string;
  /** `runtime`: the Flight Recorder records it today; anything else: proposed by the registry. */
  origin: string;
  title: string;
  description: string;
  family: string;
  rules?: string[];
  session_field?: string;
  payload: Record<string, PayloadField>;
}

export interface DetectionSpec {
  source: string;
  events: string[];
  description?: string;
}

export interface WindowStep {
  on: string[];
  where?: CelByEvent;
}

/** A trigger expression: one for every event type, or one per event type. */
export type CelByEvent = string | Readonly<Record<string, string>>;

export interface TriggerWindow {
  kind: "count" | "distinct" | "sequence" | "absence";
  group_by: CelByEvent;
  span?: string;
  span_param?: string;
  where?: CelByEvent;
  distinct?: CelByEvent;
  steps?: WindowStep[];
  direction?: "after" | "before";
}

export interface Trigger {
  on: string[];
  condition: CelByEvent;
  window?: TriggerWindow;
}

export type ParamValue = string | number | boolean | string[];

export interface Param {
  type: string;
  default: ParamValue;
  min?: ParamValue;
  max?: ParamValue;
  unit?: string;
  description: string;
}

export interface Tier {
  outcome: string;
  from: number;
  within?: string;
  action: string;
}

export interface Enforcement {
  mode: "enforce" | "audit";
  per: "session" | "root_session" | "window_key";
  tiers: Tier[];
}

export interface Evidence {
  /** One list for every event type ending a finding, or one list per event type. */
  record?: string[] | Record<string, string[]>;
  source_events: { event_type: string; or_event_types?: string[]; why: string }[];
}

export interface Link {
  title: string;
  url: string;
}

export interface ExampleEvent {
  event_id: string;
  event_type: string;
  timestamp: string;
  session_id: string;
  payload: Record<string, unknown>;
}

export interface ExpectedFinding {
  outcome: string;
  events?: string[];
}

export interface Example {
  name: string;
  description?: string;
  params?: Record<string, unknown>;
  events: ExampleEvent[];
  expect?: ExpectedFinding[];
}

/** registry.json's derived `coverage` of an entry (`sap coverage`). */
export interface Coverage {
  runs_on_runtime: boolean;
  /** Proposed event types it waits for, sorted; empty when it runs. */
  missing_events: string[];
}

export interface AntiPattern {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  category: string;
  tags?: string[];
  severity: string;
  status: "experimental" | "stable" | "deprecated";
  replaced_by?: string;
  detection: DetectionSpec[];
  trigger: Trigger;
  params: Record<string, Param>;
  enforcement: Enforcement;
  evidence: Evidence;
  references: { rules: string[]; links?: Link[] };
  examples: { trigger: Example[]; no_trigger: Example[] };
  coverage: Coverage;
}

export interface RetiredEntry {
  id: string;
  slug: string;
  title: string;
  retired_in: string;
  reason: string;
  replaced_by?: string;
}

export interface Registry {
  name: string;
  title: string;
  description: string;
  version: string;
  content_hash: string;
  severities: Severity[];
  categories: Described[];
  detection_sources: Described[];
  outcomes: Described[];
  rules: Rule[];
  limits?: Record<string, unknown>;
  environment?: unknown;
  events: EventDefinition[];
  anti_patterns: AntiPattern[];
  retired: RetiredEntry[];
  history?: unknown;
}
