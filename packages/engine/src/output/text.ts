import type { EvaluationResult, Finding } from "../types.js";

/** Findings grouped by session, sessions in the order of their first finding. */
export function groupBySession(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    let list = groups.get(finding.session_id);
    if (!list) {
      list = [];
      groups.set(finding.session_id, list);
    }
    list.push(finding);
  }
  return groups;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * The human report: findings grouped by session with their outcome tier, then
 * the input findings with their lines, then the notices, then one summary line
 * (naming the skipped runtime events when there are any). Deterministic:
 * no colour, no clock.
 */
export function formatText(result: EvaluationResult, source: string): string {
  const out: string[] = [];
  const groups = groupBySession(result.findings);
  for (const [session, findings] of groups) {
    out.push(`session ${session}  (${plural(findings.length, "finding")})`);
    for (const f of findings) {
      out.push(
        `  ${source}:${f.line}  ${f.anti_pattern_id}  ${f.severity}  ${f.outcome} (tier ${f.tier}, occurrence ${f.occurrence} per ${f.per} ${f.occurrence_key})  ${f.mode}`,
      );
      out.push(`      ${f.title}`);
      out.push(`      events: ${f.triggering_event_ids.join(", ")}  at ${f.timestamp}`);
      if (f.missing_source_events.length > 0) {
        out.push(`      missing source events: ${f.missing_source_events.join(", ")}`);
      }
    }
    out.push("");
  }
  if (result.input_findings.length > 0) {
    out.push(`input findings  (${result.input_findings.length})`);
    for (const f of result.input_findings) {
      const event = f.event_id === undefined ? "" : `  [${f.event_id}]`;
      out.push(`  ${source}:${f.line}  ${f.code}  ${f.message}${event}`);
    }
    out.push("");
  }
  for (const n of result.notices) out.push(`notice: ${n.message}`, "");
  const s = result.summary;
  const skipped =
    s.skipped_unknown_types > 0
      ? `, ${plural(s.skipped_unknown_types, "runtime event")} of types the registry does not read skipped`
      : "";
  out.push(
    `${plural(s.events, "event")} evaluated from ${plural(s.lines, "line")}${skipped}: ${plural(s.findings, "finding")} (${s.enforced} enforce, ${s.audited} audit), ${plural(s.input_findings, "input finding")}; registry ${result.registry.version} ${result.registry.hash}`,
  );
  return `${out.join("\n")}\n`;
}
