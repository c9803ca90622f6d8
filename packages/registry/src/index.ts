/**
 * @handshake/session-anti-patterns: the session anti-pattern registry as typed
 * data. Every export is tree-shakable; the package has no runtime dependencies.
 */
export type { AuditEvent } from "./audit-event.js";
export {
  type DetectorContext,
  type DetectorModule,
  type DetectorResult,
  type DetectorSummary,
  notImplemented,
  runDetectors,
  summarizeResults,
} from "./detector.js";
export type {
  DeepReadonly,
  EntryCoverage,
  EntryData,
  EntryExamples,
  Machine,
  RegistryJson,
  RetiredData,
} from "./entry-data.js";
export * from "./generated/entries.js";
export * from "./generated/events.js";
export {
  type ChangesBetween,
  changesBetween,
  compareVersions,
  type HistoryBump,
  type HistoryChange,
  type HistoryStep,
  type IdChanges,
  type IdHistory,
  type RegistryHistory,
  type ReleaseSummary,
  releaseChanges,
} from "./generated/history-query.js";
export type * as Schema from "./generated/schema-types.js";
export * from "./generated/vocabulary.js";
export { changesSince, history } from "./history.js";
export {
  type Entry,
  type EntryFilter,
  findEntry,
  findRetired,
  getEntry,
  isAntiPatternId,
  listEntries,
  type Resolution,
  type RetiredEntry,
  resolveEntry,
  severityRank,
} from "./query.js";
