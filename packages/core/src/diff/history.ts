import { type Bump, compareVersions, maxBump } from "./bump.js";
import type { Change } from "./change.js";
import { diffRegistries } from "./diff.js";
import type {
  HistoryChange,
  HistoryStep,
  IdHistory,
  RegistryHistory,
  ReleaseSummary,
} from "./history-query.js";
import type { ReleaseSnapshot } from "./releases.js";

/**
 * The per-id history from the release snapshots (any order; sorted by version
 * here): for every id the release that introduced it, and each later release
 * that changed it with what changed. Pure: diffs consecutive snapshots.
 * The registry package embeds the result as `registry.json`'s `history`.
 */
export function buildHistory(
  snapshots: readonly Pick<ReleaseSnapshot, "version" | "content_hash" | "registry">[],
): RegistryHistory {
  const sorted = [...snapshots].sort((a, b) => compareVersions(a.version, b.version));
  const releases: ReleaseSummary[] = [];
  const ids = new Map<string, { introduced?: string; retired?: string; steps: HistoryStep[] }>();
  const registry = new Map<string, HistoryStep[]>();
  let previous: unknown = null;
  for (const snap of sorted) {
    const diff = diffRegistries(previous, snap.registry);
    releases.push({ version: snap.version, bump: diff.required, content_hash: snap.content_hash });
    for (const changes of groupBySubject(diff.changes)) {
      const first = changes[0];
      if (!first) continue;
      const subject = first.subject;
      const step: HistoryStep = {
        version: snap.version,
        bump: maxBump(changes.map((c) => c.bump)) as Bump,
        changes: changes.map(toHistoryChange),
      };
      if (first.scope !== "entry") {
        const key = first.scope === "event" ? `event ${subject}` : subject;
        registry.set(key, [...(registry.get(key) ?? []), step]);
        continue;
      }
      const h = ids.get(subject) ?? { steps: [] };
      const kinds = new Set(changes.map((c) => c.kind));
      if (kinds.has("entry.added") || kinds.has("tombstone.added")) h.introduced ??= snap.version;
      else h.steps.push(step);
      if (kinds.has("entry.retired") || kinds.has("tombstone.added")) h.retired = snap.version;
      ids.set(subject, h);
    }
    previous = snap.registry;
  }
  const out: { [id: string]: IdHistory } = {};
  for (const id of [...ids.keys()].sort()) {
    const h = ids.get(id);
    if (!h) continue;
    out[id] = {
      introduced: h.introduced ?? sorted[0]?.version ?? "0.0.0",
      ...(h.retired !== undefined ? { retired: h.retired } : {}),
      steps: h.steps,
    };
  }
  const reg: { [subject: string]: HistoryStep[] } = {};
  for (const k of [...registry.keys()].sort()) reg[k] = registry.get(k) ?? [];
  return { releases, ids: out, registry: reg };
}

function toHistoryChange(c: Change): HistoryChange {
  return { kind: c.kind, bump: c.bump, path: c.path, message: c.message };
}

function groupBySubject(changes: readonly Change[]): Change[][] {
  const out = new Map<string, Change[]>();
  for (const c of changes) {
    const key = `${c.scope}\u0000${c.subject}`;
    out.set(key, [...(out.get(key) ?? []), c]);
  }
  return [...out.values()];
}
