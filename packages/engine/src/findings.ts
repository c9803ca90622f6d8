import type { EvidenceRecord, LoadedEvent } from "@handshake/sap-core";
import { recordFieldsFor } from "@handshake/sap-core";
import { formatTimestamp } from "./input/timestamp.js";
import type { EntryRuntime } from "./runtime.js";
import type { TierChoice } from "./state/occurrences.js";
import type { DetectionEvent, Finding } from "./types.js";
import type { WindowEvent } from "./windows/window-event.js";

/** What the engine knows when a trigger fires. */
export interface FindingInput {
  readonly runtime: EntryRuntime;
  readonly registryVersion: string;
  readonly registryHash: string;
  /** The triggering events, oldest first. */
  readonly events: readonly WindowEvent[];
  readonly occurrenceKey: string;
  readonly choice: TierChoice;
  readonly missing: readonly string[];
  /** JSON payload of the event the condition was evaluated with (the last triggering event). */
  readonly payload: Readonly<Record<string, unknown>>;
  readonly eventType: string;
  readonly eventSpec: LoadedEvent | undefined;
  readonly outcomes: readonly string[];
}

/** A payload value as evidence text: strings as they are, numbers and bools printed, lists and maps as JSON. */
export function evidenceText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  return JSON.stringify(value);
}

/**
 * `details` of the detection event: each `evidence.record` field of the event
 * the condition saw, as text (absent optional fields as ""). Fields the event
 * type does not have are left out.
 */
export function evidenceDetails(
  record: EvidenceRecord | undefined,
  spec: LoadedEvent | undefined,
  payload: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const details: Record<string, string> = {};
  if (!record || !spec) return details;
  for (const field of [...recordFieldsFor(record, spec.event_type)].sort()) {
    if (spec.payload[field] === undefined) continue;
    details[field] = evidenceText(payload[field]);
  }
  return details;
}

/** The finding and its `anti_pattern.detected` evidence event. */
export function buildFinding(input: FindingInput): Finding {
  const { runtime: rt, events, choice } = input;
  const { entry } = rt;
  const last = events[events.length - 1] as WindowEvent;
  const timestamp = formatTimestamp(last.timeMs);
  const triggeringIds = events.map((e) => e.id);
  const evidence: DetectionEvent = {
    event_id: `sap:${entry.id}:${input.occurrenceKey}:${choice.occurrence}`,
    event_type: "anti_pattern.detected",
    timestamp,
    session_id: last.sessionId,
    payload: {
      session_id: last.sessionId,
      anti_pattern_id: entry.id,
      registry_version: input.registryVersion,
      registry_hash: input.registryHash,
      severity: entry.severity,
      outcome: choice.outcome,
      tier: choice.tier,
      occurrence: choice.occurrence,
      mode: rt.mode,
      triggering_event_ids: triggeringIds,
      params_hash: rt.paramsHash,
      details: evidenceDetails(entry.evidence.record, input.eventSpec, input.payload),
    },
  };
  return {
    anti_pattern_id: entry.id,
    title: entry.title,
    severity: entry.severity,
    outcome: choice.outcome,
    tier: choice.tier,
    occurrence: choice.occurrence,
    per: entry.enforcement.per,
    occurrence_key: input.occurrenceKey,
    mode: rt.mode,
    session_id: last.sessionId,
    timestamp,
    line: last.line,
    triggering_event_ids: triggeringIds,
    triggering_lines: events.map((e) => e.line),
    registry_version: input.registryVersion,
    registry_hash: input.registryHash,
    params: rt.paramsJson,
    params_hash: rt.paramsHash,
    missing_source_events: input.missing,
    evidence,
  };
}
