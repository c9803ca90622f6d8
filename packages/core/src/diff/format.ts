import { type BumpOrNone, maxBump } from "./bump.js";
import type { Change } from "./change.js";
import type { RegistryDiff } from "./diff.js";

/**
 * `sap diff`'s text report: one line per change (subject, bump, kind, message),
 * then the summary; `verbose` adds each change's path and full before/after values.
 */
export function formatDiffText(diff: RegistryDiff, options: { verbose?: boolean } = {}): string {
  if (diff.changes.length === 0) return "No changes.\n";
  const w1 = Math.max(...diff.changes.map((c) => label(c).length));
  const w3 = Math.max(...diff.changes.map((c) => c.kind.length));
  const lines = diff.changes.map((c) => {
    const head = `${label(c).padEnd(w1)}  ${(c.error ? "ERROR" : c.bump).padEnd(5)}  ${c.kind.padEnd(w3)}  ${c.message}`;
    if (!options.verbose) return head;
    const detail = [`    at ${c.path}`];
    if (c.before !== undefined) detail.push(`    before: ${JSON.stringify(c.before)}`);
    if (c.after !== undefined) detail.push(`    after:  ${JSON.stringify(c.after)}`);
    return [head, ...detail].join("\n");
  });
  return `${lines.join("\n")}\n\n${summaryLine(diff)}\n`;
}

export function summaryLine(diff: RegistryDiff): string {
  const count = (b: BumpOrNone) => diff.changes.filter((c) => !c.error && c.bump === b).length;
  const parts = [
    diff.errors.length ? `${diff.errors.length} error${diff.errors.length === 1 ? "" : "s"}` : "",
    count("major") ? `${count("major")} major` : "",
    count("minor") ? `${count("minor")} minor` : "",
    count("patch") ? `${count("patch")} patch` : "",
  ].filter(Boolean);
  const n = diff.changes.length;
  return `${n} change${n === 1 ? "" : "s"} (${parts.join(", ")}). Required bump: ${diff.required}.`;
}

function label(c: Change): string {
  return c.scope === "entry" ? c.subject : c.scope === "event" ? `event ${c.subject}` : c.subject;
}

/**
 * The CHANGELOG section: one bullet per id (then per event type, then metadata)
 * with the largest bump and what changed. Empty string when nothing changed.
 */
export function formatDiffMarkdown(diff: RegistryDiff): string {
  if (diff.changes.length === 0) return "";
  const groups = new Map<string, Change[]>();
  for (const c of diff.changes) {
    const key = `${c.scope}\u0000${c.subject}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const sections: Record<Change["scope"], string[]> = { entry: [], event: [], registry: [] };
  for (const list of groups.values()) {
    const first = list[0];
    if (!first) continue;
    const bump = maxBump(list.map((c) => c.bump));
    const name = first.scope === "event" ? `\`${first.subject}\`` : `**${first.subject}**`;
    const text = [...new Set(list.map((c) => c.message))].join("; ");
    sections[first.scope].push(`- ${name} (${bump}): ${escapeMd(text)}`);
  }
  const out: string[] = [];
  if (sections.entry.length) out.push("Anti-pattern changes by id:", "", ...sections.entry, "");
  if (sections.event.length) out.push("Event catalog:", "", ...sections.event, "");
  if (sections.registry.length) out.push("Registry metadata:", "", ...sections.registry, "");
  return `${out.join("\n").trimEnd()}\n`;
}

function escapeMd(text: string): string {
  return text.replace(/([<>*`])/g, "\\$1");
}
