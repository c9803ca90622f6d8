import type { LoadedEntry, LoadedRegistry } from "@handshake/sap-core";
import type { EvaluationResult, Finding, InputFinding, Notice } from "../types.js";

/** Where the reference site publishes one page per anti-pattern. */
export const DOCS_BASE_URI = "https://handshake.dev/session-anti-patterns/";

/** The docs page of an entry: `.../anti-patterns/sap-006/`. */
export function helpUri(id: string): string {
  return `${DOCS_BASE_URI}anti-patterns/${id.toLowerCase()}/`;
}

type SarifLevel = "none" | "note" | "warning" | "error";

/** `delegation-storm` -> `DelegationStorm` (SARIF rule names are identifiers). */
function ruleName(slug: string): string {
  return slug
    .split("-")
    .map((part) => (part.length > 0 ? `${part[0]?.toUpperCase()}${part.slice(1)}` : part))
    .join("");
}

function levelOf(registry: LoadedRegistry, severity: string): SarifLevel {
  return registry.meta.severities.find((s) => s.id === severity)?.sarif_level ?? "warning";
}

function reportingDescriptor(
  registry: LoadedRegistry,
  entry: LoadedEntry,
): Record<string, unknown> {
  return {
    id: entry.id,
    name: ruleName(entry.slug),
    shortDescription: { text: entry.title },
    // A registry read from a machine registry.json has no prose: the title stands in.
    fullDescription: { text: entry.summary ?? entry.title },
    help:
      entry.description === undefined
        ? { text: entry.summary ?? entry.title }
        : { text: entry.summary ?? entry.title, markdown: entry.description },
    helpUri: helpUri(entry.id),
    defaultConfiguration: { level: levelOf(registry, entry.severity) },
    properties: {
      severity: entry.severity,
      category: entry.category,
      status: entry.status,
      mode: entry.status === "experimental" ? "audit" : entry.enforcement.mode,
      tags: [...new Set([entry.category, ...(entry.tags ?? [])])],
    },
  };
}

function location(uri: string, line: number): Record<string, unknown> {
  return {
    physicalLocation: {
      artifactLocation: { uri, index: 0 },
      region: { startLine: line },
    },
  };
}

function result(
  registry: LoadedRegistry,
  ruleIndex: ReadonlyMap<string, number>,
  uri: string,
  f: Finding,
): Record<string, unknown> {
  const events = f.triggering_event_ids.join(", ");
  return {
    ruleId: f.anti_pattern_id,
    ruleIndex: ruleIndex.get(f.anti_pattern_id) ?? -1,
    kind: "fail",
    // An audit-mode finding is recorded, not applied: report it as a note.
    level: f.mode === "audit" ? "note" : levelOf(registry, f.severity),
    message: {
      text: `${f.anti_pattern_id} ${f.title}: ${f.outcome} (tier ${f.tier}, occurrence ${f.occurrence}, ${f.mode}) in session ${f.session_id}; triggering events ${events}.`,
    },
    locations: [
      {
        ...location(uri, f.line),
        logicalLocations: [{ name: f.session_id, kind: "session" }],
      },
    ],
    relatedLocations: f.triggering_event_ids.map((id, i) => ({
      id: i,
      ...location(uri, f.triggering_lines[i] ?? f.line),
      message: { text: `triggering event ${id}` },
    })),
    partialFingerprints: { "sapFinding/v1": f.evidence.event_id },
    properties: {
      outcome: f.outcome,
      tier: f.tier,
      occurrence: f.occurrence,
      per: f.per,
      occurrence_key: f.occurrence_key,
      mode: f.mode,
      session_id: f.session_id,
      timestamp: f.timestamp,
      triggering_event_ids: f.triggering_event_ids,
      params: f.params,
      params_hash: f.params_hash,
      missing_source_events: f.missing_source_events,
      evidence: f.evidence,
    },
  };
}

function noticeNotification(n: Notice): Record<string, unknown> {
  return { level: "note", descriptor: { id: n.code }, message: { text: n.message } };
}

function notification(uri: string, f: InputFinding): Record<string, unknown> {
  return {
    level: "error",
    descriptor: { id: f.code },
    message: { text: f.message },
    locations: [location(uri, f.line)],
    properties: {
      ...(f.event_id === undefined ? {} : { event_id: f.event_id }),
      ...(f.event_type === undefined ? {} : { event_type: f.event_type }),
      ...(f.session_id === undefined ? {} : { session_id: f.session_id }),
      ...(f.anti_pattern_id === undefined ? {} : { anti_pattern_id: f.anti_pattern_id }),
    },
  };
}

/**
 * SARIF 2.1.0: one run, one reportingDescriptor per live entry (in id order),
 * one result per finding located at the log line of its last triggering event,
 * input findings as tool execution notifications (level error), notices as
 * notifications of level note. `uri` names the log.
 */
export function toSarif(
  registry: LoadedRegistry,
  evaluation: EvaluationResult,
  uri: string,
): Record<string, unknown> {
  const ruleIndex = new Map(registry.entries.map((e, i) => [e.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "sap",
            fullName: "sap eval (session anti-pattern registry)",
            informationUri: DOCS_BASE_URI,
            version: evaluation.registry.version,
            rules: registry.entries.map((e) => reportingDescriptor(registry, e)),
          },
        },
        invocations: [
          {
            executionSuccessful: evaluation.input_findings.length === 0,
            toolExecutionNotifications: [
              ...evaluation.input_findings.map((f) => notification(uri, f)),
              ...evaluation.notices.map(noticeNotification),
            ],
          },
        ],
        artifacts: [{ location: { uri } }],
        results: evaluation.findings.map((f) => result(registry, ruleIndex, uri, f)),
        properties: {
          registry_version: evaluation.registry.version,
          registry_hash: evaluation.registry.hash,
          summary: evaluation.summary,
        },
      },
    ],
  };
}

/** The SARIF log as text, two-space indented, one trailing newline. */
export function formatSarif(
  registry: LoadedRegistry,
  evaluation: EvaluationResult,
  uri: string,
): string {
  return `${JSON.stringify(toSarif(registry, evaluation, uri), null, 2)}\n`;
}
