import {
  KERNEL_AUTHORITY_REFS,
  KERNEL_COVERAGE,
  KERNEL_DETECTION_SOURCE_KINDS,
  KERNEL_DOMAINS,
  KERNEL_ENTRY_ID_PREFIX,
  KERNEL_FOLDED_STUB_ID,
  KERNEL_FR_REF_PREFIX,
  KERNEL_POLICY_OUTCOMES,
  type KernelRegistry,
} from "./handshake-kernel-types.js";

/**
 * One rule of the runtime's `validate_session_anti_pattern_registry` that a
 * document breaks. `field` uses the validator's own field names
 * (`entries.entry_id`, `entries.detections.deterministic`, ...), so a problem
 * here names the error the runtime would report.
 */
export interface KernelProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * Every rule `validate_session_anti_pattern_registry` (session_anti_pattern_registry.rs,
 * commit 6519f4e2) checks, restated: non-blank strings (blank as Rust's
 * `str::trim` sees it: Unicode White_Space only), non-empty lists, a positive
 * version, the folded stub id and source ref, the five product authority refs,
 * unique `sap.*` entry ids, unique detection source ids per entry, deterministic
 * detections, `FR-EVT-SESSION-*` refs, and at least one entry per domain,
 * detection source kind, policy outcome and coverage tag. Empty when the
 * runtime would accept the document.
 */
export function handshakeKernelProblems(registry: KernelRegistry): KernelProblem[] {
  const problems: KernelProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const nonBlank = (field: string, value: string) => {
    if (isBlank(value)) add(field, "value must not be empty");
  };
  const nonEmpty = (field: string, list: readonly unknown[]) => {
    if (list.length === 0) add(field, "at least one value is required");
  };

  nonBlank("schema_id", registry.schema_id);
  nonBlank("registry_id", registry.registry_id);
  if (registry.version === 0) add("version", "registry version must be positive");
  nonEmpty("folded_stub_ids", registry.folded_stub_ids);
  nonEmpty("entries", registry.entries);
  nonEmpty("product_authority_refs", registry.product_authority_refs);
  nonEmpty("folded_source_refs", registry.folded_source_refs);
  if (!registry.folded_stub_ids.includes(KERNEL_FOLDED_STUB_ID))
    add("folded_stub_ids", `must contain ${KERNEL_FOLDED_STUB_ID}`);
  if (!registry.folded_source_refs.some((ref) => ref.includes(KERNEL_FOLDED_STUB_ID)))
    add("folded_source_refs", `a value must contain ${KERNEL_FOLDED_STUB_ID}`);
  for (const ref of KERNEL_AUTHORITY_REFS) {
    if (!registry.product_authority_refs.includes(ref))
      add("product_authority_refs", `must contain ${ref}`);
  }

  const entryIds = new Set<string>();
  for (const entry of registry.entries) {
    if (entryIds.has(entry.entry_id))
      add("entries.entry_id", `entry id ${entry.entry_id} is not unique`);
    entryIds.add(entry.entry_id);
    nonBlank("entries.entry_id", entry.entry_id);
    if (!entry.entry_id.startsWith(KERNEL_ENTRY_ID_PREFIX))
      add(
        "entries.entry_id",
        `${entry.entry_id} is outside the ${KERNEL_ENTRY_ID_PREFIX}* namespace`,
      );
    nonBlank("entries.title", entry.title);
    nonBlank("entries.severity", entry.severity);
    nonBlank("entries.trigger_condition", entry.trigger_condition);
    nonEmpty("entries.detections", entry.detections);
    nonEmpty("entries.coverage_tags", entry.coverage_tags);
    nonEmpty("entries.required_flight_recorder_refs", entry.required_flight_recorder_refs);

    const sourceIds = new Set<string>();
    for (const detection of entry.detections) {
      if (sourceIds.has(detection.source_id))
        add(
          "entries.detections.source_id",
          `${entry.entry_id}: detection source id ${detection.source_id} is not unique`,
        );
      sourceIds.add(detection.source_id);
      nonBlank("entries.detections.source_id", detection.source_id);
      nonBlank("entries.detections.signal_ref", detection.signal_ref);
      if (detection.deterministic !== true)
        add(
          "entries.detections.deterministic",
          `${entry.entry_id}: detections must be deterministic`,
        );
    }
    for (const ref of entry.required_flight_recorder_refs) {
      nonBlank("entries.required_flight_recorder_refs", ref);
      if (!ref.startsWith(KERNEL_FR_REF_PREFIX))
        add(
          "entries.required_flight_recorder_refs",
          `${entry.entry_id}: ${ref} does not start ${KERNEL_FR_REF_PREFIX}`,
        );
    }
  }

  for (const domain of KERNEL_DOMAINS) {
    if (!registry.entries.some((e) => e.domain === domain))
      add("entries.domain", `no entry covers the ${domain} domain`);
  }
  for (const kind of KERNEL_DETECTION_SOURCE_KINDS) {
    if (!registry.entries.some((e) => e.detections.some((d) => d.source_kind === kind)))
      add("entries.detections.source_kind", `no detection has source kind ${kind}`);
  }
  for (const outcome of KERNEL_POLICY_OUTCOMES) {
    if (!registry.entries.some((e) => e.policy_outcome === outcome))
      add("entries.policy_outcome", `no entry has policy outcome ${outcome}`);
  }
  for (const tag of KERNEL_COVERAGE) {
    if (!registry.entries.some((e) => e.coverage_tags.includes(tag)))
      add("entries.coverage_tags", `no entry has coverage tag ${tag}`);
  }
  return problems;
}

/** Blank as Rust's `str::trim().is_empty()` sees it (trim removes Unicode White_Space). */
function isBlank(value: string): boolean {
  return /^\p{White_Space}*$/u.test(value);
}
