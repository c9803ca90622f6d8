export { canonicalJson, sortKeysDeep } from "./canonical/canonical-json.js";
export type {
  CanonicalEntry,
  CanonicalEvent,
  CanonicalRegistry,
} from "./canonical/canonical-registry.js";
export { canonicalRegistry, contentHash } from "./canonical/canonical-registry.js";
export { registryFromCanonical } from "./canonical/from-canonical.js";
export {
  type MachineRegistryJson,
  PROSE_MARKER,
  type ProseDocument,
  withProse,
} from "./canonical/prose-merge.js";
export {
  machineHash,
  PROSE_PATHS,
  type SplitRegistry,
  splitProse,
} from "./canonical/prose-split.js";
export type { CelClass } from "./cel/cel-class.js";
export { payloadTypeName } from "./cel/cel-types.js";
export {
  type CelError,
  type CheckedProgram,
  type CheckResult,
  checkedProgram,
} from "./cel/checked-program.js";
export { type EnvironmentRead, environmentRead } from "./cel/context-read.js";
export { type CostEstimate, estimateCost, type FieldRead } from "./cel/cost/estimate.js";
export { CostBoundError, costGuard } from "./cel/cost/guard.js";
export type { CostLimits } from "./cel/cost/sizes.js";
export { type BoundProblem, expressionBounds } from "./cel/expression-bounds.js";
export { capabilityAxis, capabilityCovers } from "./cel/functions.js";
export { re2, re2Matches, re2Problem } from "./cel/re2.js";
export { celObject, createTriggerEnvironment } from "./cel/trigger-environment.js";
export type { TriggerExpression } from "./cel/trigger-expressions.js";
export { findingEventTypes, triggerExpressions } from "./cel/trigger-expressions.js";
export { paramsToCel, payloadToCel, payloadValueToCel } from "./cel/values.js";
export { type EntryCoverage, entryCoverage } from "./coverage/entry-coverage.js";
export type { Diagnostic } from "./diagnostic.js";
export { formatDiagnostic, sortDiagnostics } from "./diagnostic.js";
export * from "./diff/index.js";
export { durationToMs, isDuration, parseDuration } from "./duration.js";
export { errorMessage } from "./error-message.js";
export type { PayloadProblem } from "./events/payload-problems.js";
export { payloadProblems } from "./events/payload-problems.js";
export { recordEntries, recordFieldsFor } from "./evidence/record.js";
export {
  CATEGORY_TO_KERNEL,
  DETECTION_SOURCE_TO_KERNEL,
  HandshakeKernelExportError,
  type HandshakeKernelOptions,
  handshakeKernelJson,
  kernelEntryId,
  kernelFlightRecorderRef,
  kernelVersion,
  OUTCOME_TO_KERNEL,
  toHandshakeKernelRegistry,
  triggerText,
} from "./export/handshake-kernel.js";
export type { KernelProblem } from "./export/handshake-kernel-rules.js";
export { handshakeKernelProblems } from "./export/handshake-kernel-rules.js";
export * from "./export/handshake-kernel-types.js";
export type * from "./generated/schema-types.js";
export type {
  CelByEvent,
  EvidenceRecord,
  PayloadField,
  RuntimeRecord,
} from "./generated/schema-types.js";
export { loadRegistry } from "./load/load-registry.js";
export type { LoadedEnforcement, LoadedEntry, LoadedEvent, LoadedRegistry } from "./model.js";
export { paramValueProblem } from "./params/param-value.js";
export { rules } from "./rules/index.js";
export type {
  FileRule,
  InternalRule,
  RegistryRule,
  Rule,
  RuleMeta,
  SchemaRule,
} from "./rules/rule.js";
export { validateRegistry } from "./validate.js";
