import { canonicalJson } from "../canonical/canonical-json.js";
import { canonicalRegistry, contentHash } from "../canonical/canonical-registry.js";
import { errorMessage } from "../error-message.js";
import type { Param, Window } from "../generated/schema-types.js";
import type { LoadedEntry, LoadedEvent, LoadedRegistry } from "../model.js";
import { handshakeKernelProblems, type KernelProblem } from "./handshake-kernel-rules.js";
import {
  KERNEL_AUTHORITY_REFS,
  KERNEL_COVERAGE,
  KERNEL_FOLDED_STUB_ID,
  KERNEL_FR_REF_PREFIX,
  KERNEL_SCHEMA_ID,
  type KernelCoverage,
  type KernelDetection,
  type KernelDetectionSourceKind,
  type KernelDomain,
  type KernelEntry,
  type KernelPolicyOutcome,
  type KernelRegistry,
} from "./handshake-kernel-types.js";

/**
 * Our categories (registry.yaml) in the runtime's domains and coverage tags.
 * Every category must be here: an entry of an unmapped category fails the
 * export, and a test fails when registry.yaml gains a category this table lacks.
 *
 * Domains follow who in the runtime sees the violation: spawn trees,
 * announce-back, cascades, cross-session access, audit identity and crash
 * recovery are session orchestration (workflows.rs's `emit_session_*`, the
 * runtime's own sample files cross-workspace routing there); model calls and
 * lanes are the scheduler's; capability, consent, execution and install
 * decisions are capability-gate outcomes; message provenance is the trust
 * boundary. Coverage tags name the risk: spawn abuse, a boundary crossed without
 * provenance (messages, other sessions' data, unpinned code, unattributed
 * audit records), or authority used that was not granted (capabilities, cloud
 * consent, sandbox and approvals, unscheduled model calls, blind re-runs).
 */
export const CATEGORY_TO_KERNEL: Readonly<
  Record<string, { readonly domain: KernelDomain; readonly coverage: KernelCoverage }>
> = {
  "spawn-abuse": { domain: "SessionOrchestration", coverage: "SpawnAbuse" },
  "trust-boundary": { domain: "TrustBoundary", coverage: "TrustBoundaryViolation" },
  escalation: { domain: "CapabilityGate", coverage: "UnauthorizedEscalation" },
  consent: { domain: "CapabilityGate", coverage: "UnauthorizedEscalation" },
  execution: { domain: "CapabilityGate", coverage: "UnauthorizedEscalation" },
  isolation: { domain: "SessionOrchestration", coverage: "TrustBoundaryViolation" },
  scheduling: { domain: "Scheduler", coverage: "UnauthorizedEscalation" },
  audit: { domain: "SessionOrchestration", coverage: "TrustBoundaryViolation" },
  "supply-chain": { domain: "CapabilityGate", coverage: "TrustBoundaryViolation" },
  recovery: { domain: "SessionOrchestration", coverage: "UnauthorizedEscalation" },
};

/** Our detection sources (registry.yaml) as the runtime's DetectionSourceKind: one to one. */
export const DETECTION_SOURCE_TO_KERNEL: Readonly<Record<string, KernelDetectionSourceKind>> = {
  scheduler_check: "SchedulerCheck",
  trust_boundary_validation: "TrustBoundaryValidation",
  capability_gate_outcome: "CapabilityGateOutcome",
  session_lifecycle_record: "SessionLifecycleRecord",
};

/** Our outcomes (registry.yaml) as the runtime's PolicyOutcome: one to one. */
export const OUTCOME_TO_KERNEL: Readonly<Record<string, KernelPolicyOutcome>> = {
  downgrade: "Downgrade",
  require_consent: "RequireConsent",
  deny: "Deny",
  force_stop: "ForceStop",
};

/**
 * `SAP-001` → `sap.sap-001`. Derived from the id alone, never the slug: an id
 * is assigned once and never renamed or reused (retired.yaml), while a slug may
 * change in any minor release, so the runtime's key for an entry stays the same
 * for as long as the entry exists, and maps back to our id by upper-casing.
 */
export function kernelEntryId(id: string): string {
  if (!/^SAP-[0-9]+$/.test(id)) throw new Error(`${id} is not an anti-pattern id (SAP-NNN)`);
  return `sap.${id.toLowerCase()}`;
}

/**
 * A catalog event's flight recorder id in the `FR-EVT-SESSION-` namespace the
 * runtime's validator requires, one to one and reversible:
 * - the runtime's session family keeps its id, with `SESS-` spelt out as the
 *   runtime's own refs do: FR-EVT-SESS-SPAWN-001 → FR-EVT-SESSION-SPAWN-001,
 *   FR-EVT-SESS-SCHED-002 → FR-EVT-SESSION-SCHED-002, FR-EVT-SESS-004 →
 *   FR-EVT-SESSION-004;
 * - any other runtime event keeps its whole id after `FR-EVT-SESSION-EVT-`:
 *   FR-EVT-004 (capability_action) → FR-EVT-SESSION-EVT-004, FR-EVT-CLOUD-001 →
 *   FR-EVT-SESSION-EVT-CLOUD-001 (without the marker FR-EVT-004 and
 *   FR-EVT-SESS-004 would both read FR-EVT-SESSION-004);
 * - an event the registry proposes (origin other than `runtime`) gets
 *   `FR-EVT-SESSION-SAP-`: FR-EVT-SAP-MODEL-001 → FR-EVT-SESSION-SAP-MODEL-001
 *   (an id still without `SAP-` gets it), so a reader sees that the runtime
 *   does not record it yet.
 * Back: FR-EVT-SESSION-EVT-x → FR-EVT-x, FR-EVT-SESSION-SAP-x → FR-EVT-SAP-x,
 * else FR-EVT-SESSION-x → FR-EVT-SESS-x. A session-family id whose rest starts
 * `EVT-` or `SAP-` is refused, and toHandshakeKernelRegistry refuses any
 * collision left.
 */
export function kernelFlightRecorderRef(event: Pick<LoadedEvent, "id" | "origin">): string {
  if (!event.id.startsWith("FR-EVT-"))
    throw new Error(`event id ${event.id} is not a flight recorder id (FR-EVT-...)`);
  const rest = event.id.slice("FR-EVT-".length);
  if ((event.origin as string) !== "runtime")
    return `${KERNEL_FR_REF_PREFIX}SAP-${rest.startsWith("SAP-") ? rest.slice("SAP-".length) : rest}`;
  const family = ["SESSION-", "SESS-"].find((f) => rest.startsWith(f));
  if (family === undefined) return `${KERNEL_FR_REF_PREFIX}EVT-${rest}`;
  const tail = rest.slice(family.length);
  if (tail.startsWith("EVT-") || tail.startsWith("SAP-"))
    throw new Error(
      `runtime event ${event.id} would map into the FR-EVT-SESSION-${tail.slice(0, 4)} space of other events`,
    );
  return `${KERNEL_FR_REF_PREFIX}${tail}`;
}

/**
 * A release version as the runtime's positive `u32`: major × 1,000,000 +
 * minor × 1,000 + patch (0.1.0 → 1000, 1.2.3 → 1002003), so later releases
 * get larger numbers. Only plain X.Y.Z with minor and patch below 1000.
 */
export function kernelVersion(version: string): number {
  const match = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/.exec(version);
  if (!match) {
    throw new Error(
      `registry version ${JSON.stringify(version)} is not a release version (X.Y.Z); the runtime needs a positive integer version`,
    );
  }
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = major * 1_000_000 + minor * 1_000 + patch;
  if (minor >= 1000 || patch >= 1000 || value > 0xffff_ffff)
    throw new Error(`registry version ${version} does not fit the runtime's u32 version`);
  if (value === 0) throw new Error("registry version 0.0.0 is not a positive version");
  return value;
}

export interface HandshakeKernelOptions {
  /** The registry's release version (the registry package's version), X.Y.Z. */
  readonly version: string;
}

/** The registry cannot be written as the runtime's type: every reason, one per line. */
export class HandshakeKernelExportError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      `the registry cannot be exported as the Handshake kernel registry:\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
    this.name = "HandshakeKernelExportError";
    this.problems = problems;
  }
}

/**
 * The registry as the Handshake runtime's `SessionAntiPatternRegistryV1`
 * (session_anti_pattern_registry.rs, commit 6519f4e2): one entry per live
 * entry, sorted by entry id. Pure: reads only `registry` and `options`.
 *
 * - entry_id: kernelEntryId; title: ours; severity: our severity id upper-cased
 *   (the runtime's sample writes `HIGH`).
 * - domain and coverage_tags: CATEGORY_TO_KERNEL; detections: one per detection
 *   source (DETECTION_SOURCE_TO_KERNEL), source_id our source id, signal_ref
 *   the event types it watches, deterministic (every trigger is CEL on event
 *   time, evaluated identically by every engine).
 * - policy_outcome: the first tier's outcome (OUTCOME_TO_KERNEL); the runtime
 *   keeps one outcome per entry, and tier 1 is what a first occurrence gets.
 * - trigger_condition: our trigger as text (events, window, condition, param
 *   defaults), plus the mode when the entry only audits or is deprecated.
 * - required_flight_recorder_refs: kernelFlightRecorderRef of every event the
 *   trigger (`on`, window steps) and the evidence (source events and their
 *   alternatives) use, proposed ones included, sorted.
 *
 * Throws HandshakeKernelExportError with every problem when an entry cannot be
 * mapped, two events would share a ref, or the result breaks a rule of the
 * runtime's validator (handshakeKernelProblems).
 */
export function toHandshakeKernelRegistry(
  registry: LoadedRegistry,
  options: HandshakeKernelOptions,
): KernelRegistry {
  const problems: string[] = [];
  let version = 0;
  try {
    version = kernelVersion(options.version);
  } catch (error) {
    problems.push(errorMessage(error));
  }

  const refOwners = new Map<string, string>();
  const refOf = (entryId: string, eventType: string): string | undefined => {
    const event = registry.events.get(eventType);
    if (!event) {
      problems.push(`${entryId}: event type ${eventType} is not in the catalog`);
      return undefined;
    }
    let ref: string;
    try {
      ref = kernelFlightRecorderRef(event);
    } catch (error) {
      problems.push(`${entryId}: ${errorMessage(error)}`);
      return undefined;
    }
    const owner = refOwners.get(ref);
    if (owner === undefined) refOwners.set(ref, event.id);
    else if (owner !== event.id) {
      const clash = `${[owner, event.id].sort(compare).join(" and ")} both map to ${ref}`;
      if (!problems.includes(clash)) problems.push(clash);
    }
    return ref;
  };

  const entries: KernelEntry[] = [];
  for (const entry of registry.entries) {
    const mapped = kernelEntry(entry, problems, refOf);
    if (mapped) entries.push(mapped);
  }
  entries.sort((a, b) => compare(a.entry_id, b.entry_id));
  if (problems.length > 0) throw new HandshakeKernelExportError(problems);

  const hash =
    registry.machineOnly?.declaredContentHash ?? contentHash(canonicalRegistry(registry));
  const document: KernelRegistry = {
    schema_id: KERNEL_SCHEMA_ID,
    registry_id: registry.meta.name,
    version,
    folded_stub_ids: [KERNEL_FOLDED_STUB_ID],
    entries,
    product_authority_refs: [...KERNEL_AUTHORITY_REFS],
    folded_source_refs: [
      `.GOV/task_packets/stubs/${KERNEL_FOLDED_STUB_ID}.contract.json`,
      `${registry.meta.name}@${options.version}#${hash}`,
    ],
  };
  const broken = handshakeKernelProblems(document);
  if (broken.length > 0) throw new HandshakeKernelExportError(broken.map(problemText));
  return document;
}

/** The document as written: canonical JSON (sorted keys, 2-space indent, trailing newline). */
export function handshakeKernelJson(document: KernelRegistry): string {
  return canonicalJson(document);
}

function problemText(problem: KernelProblem): string {
  return `the runtime's validator would refuse ${problem.field}: ${problem.message}`;
}

function kernelEntry(
  entry: LoadedEntry,
  problems: string[],
  refOf: (entryId: string, eventType: string) => string | undefined,
): KernelEntry | undefined {
  let entryId: string;
  try {
    entryId = kernelEntryId(entry.id);
  } catch (error) {
    problems.push(errorMessage(error));
    return undefined;
  }
  const category = CATEGORY_TO_KERNEL[entry.category];
  if (!category)
    problems.push(
      `${entry.id}: category ${entry.category} has no runtime domain (add it to CATEGORY_TO_KERNEL)`,
    );
  const firstOutcome = entry.enforcement.tiers[0]?.outcome;
  const outcome = firstOutcome === undefined ? undefined : OUTCOME_TO_KERNEL[firstOutcome];
  if (!outcome)
    problems.push(`${entry.id}: first tier outcome ${String(firstOutcome)} has no PolicyOutcome`);

  const watched = new Map<string, Set<string>>();
  for (const detection of entry.detection) {
    const set = watched.get(detection.source) ?? new Set<string>();
    for (const type of detection.events) set.add(type);
    watched.set(detection.source, set);
  }
  const detections: KernelDetection[] = [];
  for (const [source, events] of watched) {
    const kind = DETECTION_SOURCE_TO_KERNEL[source];
    if (!kind) {
      problems.push(`${entry.id}: detection source ${source} has no DetectionSourceKind`);
      continue;
    }
    detections.push({
      source_id: source,
      source_kind: kind,
      signal_ref: [...events].sort(compare).join(","),
      deterministic: true,
    });
  }
  detections.sort((a, b) => compare(a.source_id, b.source_id));

  const used = new Set<string>(entry.trigger.on);
  for (const step of entry.trigger.window?.steps ?? []) for (const type of step.on) used.add(type);
  for (const source of entry.evidence.source_events) {
    used.add(source.event_type);
    for (const type of source.or_event_types ?? []) used.add(type);
  }
  const refs = new Set<string>();
  for (const type of used) {
    const ref = refOf(entry.id, type);
    if (ref !== undefined) refs.add(ref);
  }

  if (!category || !outcome) return undefined;
  return {
    entry_id: entryId,
    title: entry.title,
    domain: category.domain,
    severity: entry.severity.toUpperCase(),
    trigger_condition: triggerText(entry),
    detections,
    policy_outcome: outcome,
    coverage_tags: KERNEL_COVERAGE.filter((tag) => tag === category.coverage),
    required_flight_recorder_refs: [...refs].sort(compare),
  };
}

/**
 * Our trigger as one line of text: `on ...; window ...; condition ...; params ...`,
 * then the mode when the entry only audits or is deprecated. A per-event-type
 * expression map reads `{type: expr, ...}`.
 */
export function triggerText(entry: LoadedEntry): string {
  const { trigger } = entry;
  const parts = [`on ${trigger.on.join(", ")}`];
  if (trigger.window) parts.push(`window ${windowText(trigger.window, entry.params)}`);
  parts.push(`condition ${expressionText(trigger.condition)}`);
  const params = Object.keys(entry.params)
    .sort(compare)
    .map((name) => `${name} = ${paramText(entry.params[name])}`);
  if (params.length > 0) parts.push(`params ${params.join(", ")}`);
  if (entry.status === "deprecated")
    parts.push(
      `deprecated${entry.replaced_by ? `, replaced by ${kernelEntryId(entry.replaced_by)}` : ""}`,
    );
  if (entry.enforcement.mode === "audit")
    parts.push(`mode audit (${entry.status}: findings are recorded, not enforced)`);
  return parts.join("; ");
}

function windowText(window: Window, params: LoadedEntry["params"]): string {
  const span =
    window.span ??
    (window.span_param === undefined
      ? "its span"
      : `params.${window.span_param} (default ${paramText(params[window.span_param])})`);
  const direction = window.direction === undefined ? "" : ` ${window.direction}`;
  let text = `${window.kind}${direction}, grouped by ${expressionText(window.group_by)}, within ${span}`;
  if (window.distinct !== undefined) text += `, distinct ${expressionText(window.distinct)}`;
  if (window.where !== undefined) text += `, where ${expressionText(window.where)}`;
  const steps = window.steps ?? [];
  if (steps.length > 0) {
    const names =
      window.kind === "absence" ? ["anchor", "expected"] : steps.map((_, i) => `step ${i + 1}`);
    text += `: ${steps
      .map(
        (step, i) =>
          `${names[i] ?? `step ${i + 1}`} on ${step.on.join(", ")}${step.where === undefined ? "" : ` where ${expressionText(step.where)}`}`,
      )
      .join(", then ")}`;
  }
  return text;
}

/** A CEL expression, or a map of one expression per event type (`{type: expr, ...}`, sorted). */
function expressionText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object") {
    const pairs = Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => compare(a, b))
      .map(([type, expr]) => `${type}: ${expressionText(expr)}`);
    return `{${pairs.join(", ")}}`;
  }
  return JSON.stringify(value) ?? String(value);
}

function paramText(param: Param | undefined): string {
  if (!param) return "?";
  const value =
    typeof param.default === "string" && param.type !== "string"
      ? param.default
      : JSON.stringify(param.default);
  return param.unit ? `${value} ${param.unit}` : value;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
