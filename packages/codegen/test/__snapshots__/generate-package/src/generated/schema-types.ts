// @generated: do not edit by hand.
// Generator: @handshake/sap-codegen (sap generate)
// Source: registry/schema/*.schema.json (json-schema-to-typescript)
// Regenerate: pnpm sap generate
// The shapes of the registry's authoring files, exported as the `Schema` namespace.

export type AntiPatternId = string
export type Slug = string
export type Markdown = string
export type Token = string
export type EventType = string
export type CelByEvent = (CelExpression | {
[k: string]: CelExpression | undefined
})
export type CelExpression = string
export type Duration = string
export type ParamName = string
export type EvidenceRecord = (FieldNames | {
[k: string]: FieldNames | undefined
})
export type FieldName = string
export type FieldNames = FieldName[]
export type RuleId = string
export type Version = string

export interface RegistrySchemaTypes {
AntiPatternEntry?: AntiPatternEntry
TriggerEnvironment?: TriggerEnvironment
EventCatalogFile?: EventCatalogFile
RegistryMetadata?: RegistryMetadata
RetiredFile?: RetiredFile
}
export interface AntiPatternEntry {
id: AntiPatternId
slug: Slug
title: string
summary: string
description: Markdown
category: Token
tags?: Token[]
severity: Token
status: ("experimental" | "stable" | "deprecated")
replaced_by?: AntiPatternId
detection: DetectionSpec[]
trigger: Trigger
params: {
[k: string]: Param | undefined
}
enforcement: Enforcement
evidence: Evidence
references: References
examples: Examples
}
export interface DetectionSpec {
source: Token
events: EventType[]
description?: string
}
export interface Trigger {
on: EventType[]
condition: CelByEvent
window?: Window
}
export interface Window {
kind: ("count" | "distinct" | "sequence" | "absence")
group_by: CelByEvent
span?: Duration
span_param?: ParamName
where?: CelByEvent
distinct?: CelByEvent
steps?: WindowStep[]
direction?: ("after" | "before")
}
export interface WindowStep {
on: EventType[]
where?: CelByEvent
}
export interface Param {
type: ("int" | "double" | "bool" | "string" | "duration" | "string_list")
default: unknown
min?: unknown
max?: unknown
unit?: string
description: string
}
export interface Enforcement {
mode?: ("enforce" | "audit")
per?: ("session" | "root_session" | "window_key")
tiers: Tier[]
}
export interface Tier {
outcome: Token
from: number
within?: Duration
action: string
}
export interface Evidence {
record?: EvidenceRecord
source_events: EvidenceSourceEvent[]
}
export interface EvidenceSourceEvent {
event_type: EventType
or_event_types?: EventType[]
why: string
}
export interface References {
rules: RuleId[]
links?: Link[]
}
export interface Link {
title: string
url: string
}
export interface Examples {
trigger: TriggerExample[]
no_trigger: NoTriggerExample[]
}
export interface TriggerExample {
name: string
description?: string
params?: {

}
events: ExampleEvent[]
expect: ExpectedFinding[]
}
export interface ExampleEvent {
event_id: string
event_type: EventType
timestamp: string
session_id: string
payload: {

}
}
export interface ExpectedFinding {
outcome: Token
events?: string[]
}
export interface NoTriggerExample {
name: string
description: string
params?: {

}
events: ExampleEvent[]
}
export interface TriggerEnvironment {
description: string
types: {
[k: string]: EnvironmentType | undefined
}
variables: {
[k: string]: EnvironmentVariable | undefined
}
functions: EnvironmentFunction[]
}
export interface EnvironmentType {
description: string
fields: {
[k: string]: EnvironmentField | undefined
}
}
export interface EnvironmentField {
type: string
description: string
built_from?: EventType[]
}
export interface EnvironmentVariable {
type: string
description: string
available: ("always" | "windowed")
}
export interface EnvironmentFunction {
signature: string
description: string
}
export interface EventCatalogFile {
family: string
title: string
description?: string
events: EventDefinition[]
}
export interface EventDefinition {
id: string
event_type: EventType
origin: ("runtime" | "proposed")
title: string
description: string
rules?: RuleId[]
session_field?: FieldName
payload: {
[k: string]: PayloadField | undefined
}
runtime?: RuntimeRecord
}
export interface PayloadField {
type: ("string" | "int" | "double" | "bool" | "timestamp" | "string_list" | "string_map" | "json")
description: string
optional?: boolean
enum?: string[]
minimum?: number
}
export interface RuntimeRecord {
type_name: string
record_type?: string
payload_match?: {
[k: string]: string | undefined
}
payload_ids?: string[]
job_from?: "trace_id"
emitters: {
file: string
function: string
}[]
checked: string
}
export interface RegistryMetadata {
name: string
title: string
description: Markdown
severities: SeverityLevel[]
categories: Category[]
detection_sources: DetectionSource[]
outcomes: Outcome[]
rules: RuntimeRule[]
limits: EvaluationLimits
}
export interface SeverityLevel {
id: Token
title: string
description: string
sarif_level: ("none" | "note" | "warning" | "error")
}
export interface Category {
id: Token
title: string
description: string
}
export interface DetectionSource {
id: Token
title: string
description: string
}
export interface Outcome {
id: Token
title: string
description: string
}
export interface RuntimeRule {
id: RuleId
kind: ("invariant" | "trust_rule" | "anti_pattern" | "error_code")
title: string
}
export interface EvaluationLimits {
max_payload_list_items: number
max_context_list_items: number
max_expression_nodes: number
max_expression_cost: number
max_window_events: number
timestamp_tolerance: Duration
max_line_bytes: number
}
export interface RetiredFile {
retired: RetiredEntry[]
}
export interface RetiredEntry {
id: AntiPatternId
slug: Slug
title: string
retired_in: Version
reason: string
replaced_by?: AntiPatternId
}
