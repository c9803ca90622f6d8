/** Small, pure formatting helpers shared by pages (unit-tested in test/format.test.ts). */
import { entryUrl, eventUrl, ruleUrl } from "./links.ts";

/** Milliseconds of an offset from the first event, as `+1.5 s` or `+2 min 3 s`. */
export function formatOffset(ms: number): string {
  const sign = ms < 0 ? "−" : "+";
  const abs = Math.abs(ms);
  if (abs < 60_000) {
    const seconds = abs / 1000;
    return `${sign}${Number.isInteger(seconds) ? seconds : seconds.toFixed(seconds < 10 ? 1 : 0)} s`.replace(
      /\.0 s$/,
      " s",
    );
  }
  const totalSeconds = Math.round(abs / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0) parts.push(`${minutes} min`);
  if (seconds > 0) parts.push(`${seconds} s`);
  return `${sign}${parts.join(" ")}`;
}

/** Time offsets of example events from the first one, in milliseconds. */
export function offsetsFromFirst(timestamps: string[]): number[] {
  const first = timestamps.length > 0 ? Date.parse(timestamps[0] as string) : 0;
  return timestamps.map((timestamp) => Date.parse(timestamp) - first);
}

/** A param value as the YAML author wrote it (`60s`, `12`, `[a, b]`). */
export function formatValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => formatValue(item)).join(", ")}]`;
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  return JSON.stringify(value);
}

/** A payload as `key: value` pairs, strings unquoted unless they need quotes. */
export function payloadPairs(payload: Record<string, unknown>): { key: string; value: string }[] {
  return Object.entries(payload).map(([key, value]) => ({
    key,
    value:
      typeof value === "string"
        ? /^[\w.:/@-]+$/.test(value)
          ? value
          : JSON.stringify(value)
        : JSON.stringify(value),
  }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface LinkTargets {
  entryIds: ReadonlySet<string>;
  ruleIds: ReadonlySet<string>;
  eventTypes: ReadonlySet<string>;
}

/**
 * Links the registry's names in rendered Markdown: event types (`session.spawn_requested`,
 * plain or in code) to their event pages, rule ids (INV-SPAWN-001, TRUST-001, AP-006) to
 * the rules page and SAP ids to their entries. Leaves existing links and code blocks alone.
 */
export function linkifyHtml(html: string, targets: LinkTargets): string {
  const names = [...targets.ruleIds, ...targets.entryIds, ...targets.eventTypes].sort(
    (a, b) => b.length - a.length,
  );
  const idPattern =
    names.length === 0
      ? undefined
      : new RegExp(`(?<![\\w-])(${names.map(escapeRegExp).join("|")})(?![\\w-])`, "g");
  const hrefOf = (name: string): string | undefined => {
    if (targets.eventTypes.has(name)) return eventUrl(name);
    if (targets.entryIds.has(name)) return entryUrl(name);
    if (targets.ruleIds.has(name)) return ruleUrl(name);
    return undefined;
  };
  const parts = html.split(/(<[^>]*>)/);
  let inLink = 0;
  let inPre = 0;
  const out: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    if (part.startsWith("<")) {
      if (/^<a[\s>]/i.test(part)) inLink++;
      else if (/^<\/a>/i.test(part)) inLink = Math.max(0, inLink - 1);
      else if (/^<pre[\s>]/i.test(part)) inPre++;
      else if (/^<\/pre>/i.test(part)) inPre = Math.max(0, inPre - 1);
      if (inLink === 0 && inPre === 0 && /^<code>$/i.test(part) && parts[index + 2] === "</code>") {
        const text = parts[index + 1] as string;
        const href = hrefOf(text);
        if (href !== undefined) {
          out.push(`<a href="${href}"><code>${text}</code></a>`);
          index += 2;
          continue;
        }
      }
      out.push(part);
      continue;
    }
    if (inLink > 0 || inPre > 0 || idPattern === undefined) {
      out.push(part);
      continue;
    }
    out.push(
      part.replace(idPattern, (name) => {
        const href = hrefOf(name);
        return href === undefined ? name : `<a href="${href}">${name}</a>`;
      }),
    );
  }
  return out.join("");
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Plain text (a summary, a tier action) as HTML with the registry's names linked. */
export function linkifyText(text: string, targets: LinkTargets): string {
  return linkifyHtml(escapeHtml(text), targets);
}
