// The registry diff, its semver classification, changesets checks, release
// snapshots and the per-id history (DESIGN.md "Versioning").
export type { Bump, BumpOrNone, SemVer } from "./bump.js";
export {
  applyBump,
  bumpBetween,
  bumpRank,
  compareVersions,
  isBump,
  isVersion,
  maxBump,
  parseVersion,
} from "./bump.js";
export type { Change, ChangeScope } from "./change.js";
export type { ChangesetCheck, PendingChangeset } from "./changesets.js";
export { checkChangesets, parseChangeset, requestedBump } from "./changesets.js";
export type { RegistryDiff } from "./diff.js";
export { diffRegistries } from "./diff.js";
export { formatDiffMarkdown, formatDiffText, summaryLine } from "./format.js";
export { buildHistory } from "./history.js";
export type {
  ChangesBetween,
  HistoryBump,
  HistoryChange,
  HistoryStep,
  IdChanges,
  IdHistory,
  RegistryHistory,
  ReleaseSummary,
} from "./history-query.js";
export { changesBetween, releaseChanges } from "./history-query.js";
export type { ChangeKind, EntryStatus, PolicyRow } from "./policy.js";
export { bumpFor, POLICY, policyFor, renderPolicyTable } from "./policy.js";
export type { ReleaseSnapshot } from "./releases.js";
export {
  parseSnapshot,
  readReleaseSnapshots,
  releaseHistory,
  serializeSnapshot,
  snapshotContentHash,
  snapshotFileName,
} from "./releases.js";
export { HISTORY_QUERY_SOURCE_FILE, PROSE_MERGE_SOURCE_FILE } from "./source-files.js";
