/**
 * Release history from registry.json's `history`: the registry package's
 * `RegistryHistory` (written by the versioning tooling), turned into releases
 * with their changes by id. Absent history is normal for an unreleased
 * registry: the pages then say "history not available".
 */
import {
  compareVersions,
  type HistoryStep,
  type RegistryHistory,
} from "@handshake/session-anti-patterns";

export interface Change {
  /** The anti-pattern id the change concerns; absent for a catalog or metadata change. */
  id?: string;
  kind: string;
  bump?: string;
  text: string;
}

export interface Release {
  version: string;
  bump?: string;
  changes: Change[];
}

/** Releases newest first, or undefined when the registry ships no history. */
export function normalizeHistory(history: RegistryHistory | undefined): Release[] | undefined {
  if (history === undefined) return undefined;
  const map = new Map<string, Release>();
  for (const { version, bump } of history.releases) {
    map.set(version, { version, changes: [], ...(bump !== "none" ? { bump } : {}) });
  }
  const at = (version: string): Release => {
    const release = map.get(version) ?? { version, changes: [] };
    map.set(version, release);
    return release;
  };
  const addSteps = (steps: readonly HistoryStep[], id: string | undefined, prefix: string) => {
    for (const step of steps) {
      for (const change of step.changes) {
        at(step.version).changes.push({
          kind: change.kind,
          text: `${prefix}${change.message || change.path}`,
          ...(id !== undefined ? { id } : {}),
          bump: change.bump,
        });
      }
    }
  };
  for (const [id, idHistory] of Object.entries(history.ids)) {
    at(idHistory.introduced).changes.push({ id, kind: "introduced", text: "" });
    addSteps(idHistory.steps, id, "");
  }
  for (const [subject, steps] of Object.entries(history.registry)) {
    addSteps(steps, undefined, `${subject}: `);
  }
  return [...map.values()].sort((a, b) => compareVersions(b.version, a.version));
}

/** The releases that changed `id`, newest first, with only that id's changes. */
export function historyOf(
  releases: Release[],
  id: string,
): { version: string; changes: Change[] }[] {
  return releases
    .map((release) => ({
      version: release.version,
      changes: release.changes.filter((change) => change.id === id),
    }))
    .filter((release) => release.changes.length > 0);
}

/** The oldest release that names `id`, taken as the one that introduced it. */
export function introducedIn(releases: Release[], id: string): string | undefined {
  const touched = historyOf(releases, id);
  return touched.at(-1)?.version;
}
