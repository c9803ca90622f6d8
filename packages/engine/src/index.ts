export type { ParamOverrides } from "./compile/params.js";
export {
  effectiveParams,
  ParamsError,
  paramOverrideProblems,
  paramsHash,
} from "./compile/params.js";
export type {
  CompiledTriggers,
  CompileOptions,
  EntryPrograms,
  TriggerKind,
} from "./compile/programs.js";
export { compileTriggers, TriggerCompileError } from "./compile/programs.js";
export type { EngineOptions } from "./engine.js";
export { Engine } from "./engine.js";
export type { InputOptions, StreamOptions } from "./evaluate.js";
export {
  evaluateEvents,
  evaluateRuntimeRecords,
  evaluateStream,
  evaluateText,
} from "./evaluate.js";
export type { ExampleCheck } from "./examples.js";
export { checkExamples } from "./examples.js";
export { API_EVENT_LIMIT, apiDumpNotice, orderApiArray } from "./input/api-array.js";
export type { EventForm } from "./input/event-form.js";
export { isRuntimeEnvelope } from "./input/event-form.js";
export type { InputFormat } from "./input/input-format.js";
export { INPUT_FORMATS } from "./input/input-format.js";
export { jobPseudoSession, tracePseudoSession } from "./input/job-sessions.js";
export type { LineHandler } from "./input/lines.js";
export { LineSplitter, splitStream } from "./input/lines.js";
export type { EventSpec, PayloadFieldSpec } from "./input/payload-validator.js";
export { PayloadValidator } from "./input/payload-validator.js";
export { formatTimestamp, parseRuntimeTimestamp, parseTimestamp } from "./input/timestamp.js";
export { formatJson, JSON_FORMAT } from "./output/json.js";
export { DOCS_BASE_URI, formatSarif, helpUri, toSarif } from "./output/sarif.js";
export { formatText, groupBySession } from "./output/text.js";
export type {
  AbsenceAfterRuntime,
  AbsenceBeforeRuntime,
  CountRuntime,
  EntryRuntime,
  SequenceRuntime,
  StatelessRuntime,
} from "./runtime.js";
export { createEntryRuntime, registryHash, retentionSpan } from "./runtime.js";
export type {
  AnchorState,
  EngineCounters,
  EngineSnapshot,
  EntryState,
  WindowState,
} from "./snapshot.js";
export { registryMachineHash, SNAPSHOT_FORMAT, SnapshotError } from "./snapshot.js";
export type { ReceiptState, SessionState, SessionsState } from "./state/session-snapshot.js";
export type {
  DetectionEvent,
  EvaluationResult,
  EvaluationSummary,
  Finding,
  InputFinding,
  InputFindingCode,
  Notice,
} from "./types.js";
